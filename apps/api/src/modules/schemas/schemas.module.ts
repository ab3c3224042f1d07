import { Module } from '@nestjs/common';
import { ConnectionsModule } from '../connections/connections.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OutputPortSchemaResolver } from './output-port-schema.resolver';
import { PortSchemaSettingsService } from './port-schema-settings.service';
import { PortRegistries } from './registry/port-registries';
import { RegistryHistoryImporter } from './registry/registry-history.importer';
import { SchemaRegistration } from './registry/schema-registration';
import { RegistryImportService } from './registry-import.service';
import { SchemaComparisonService } from './schema-comparison.service';
import { SchemaPortAccess } from './schema-port-access';
import { SchemaPublishingService } from './schema-publishing.service';
import { SchemaVersionRecorder } from './schema-version.recorder';
import { SchemaLoaders } from './schema.loaders';
import { SchemaVersionsResolver } from './schema-versions.resolver';
import { SchemasRepository } from './schemas.repository';

/** What the API and the worker share: recording versions and reading port registries. */
export const SCHEMA_CORE_PROVIDERS = [
  SchemasRepository,
  PortRegistries,
  SchemaVersionRecorder,
  RegistryHistoryImporter,
];

/** Registries are found through the connections module; subscribers are told through notifications. */
export const SCHEMA_CORE_IMPORTS = [ConnectionsModule, NotificationsModule];

/**
 * Schema versions of output ports: publishing under breaking-change governance, registry
 * integration and import, comparison, and the schema fields of OutputPort. The engine
 * (./compatibility) is plain functions. See docs/schema-versions.md.
 */
@Module({
  imports: SCHEMA_CORE_IMPORTS,
  providers: [
    ...SCHEMA_CORE_PROVIDERS,
    SchemaPortAccess,
    SchemaRegistration,
    SchemaPublishingService,
    PortSchemaSettingsService,
    RegistryImportService,
    SchemaComparisonService,
    SchemaLoaders,
    OutputPortSchemaResolver,
    SchemaVersionsResolver,
  ],
})
export class SchemasModule {}
