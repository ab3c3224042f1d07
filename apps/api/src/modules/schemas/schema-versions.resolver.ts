import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../identity/actor';
import { CurrentRequest } from '../identity/request-context.decorator';
import { ZodValidationPipe } from '../products/dto/validation';
import {
  AttachRegistrySubjectInput,
  attachRegistrySubjectSchema,
  type AttachRegistrySubjectCommand,
} from './dto/attach-registry-subject.input';
import { CompareSchemaVersionsArgs, compareSchemaVersionsSchema } from './dto/compare-schema-versions.args';
import {
  PublishSchemaVersionInput,
  publishSchemaVersionSchema,
  type PublishSchemaVersionCommand,
} from './dto/publish-schema-version.input';
import {
  SetPortCompatibilityModeInput,
  setPortCompatibilityModeSchema,
  type SetPortCompatibilityModeCommand,
} from './dto/set-port-compatibility-mode.input';
import {
  AttachRegistrySubjectPayload,
  PublishSchemaVersionPayload,
  SchemaVersionComparison,
  SetPortCompatibilityModePayload,
} from './models/payloads.model';
import { SchemaField, SchemaVersion } from './models/schema-version.model';
import { PortSchemaSettingsService } from './port-schema-settings.service';
import { RegistryImportService } from './registry-import.service';
import { SchemaComparisonService } from './schema-comparison.service';
import { SchemaPublishingService } from './schema-publishing.service';
import { toSchemaChange, toSchemaVersion } from './schema-version.mapper';

/** Schema versions: publishing (with dry runs), port compatibility modes, registry import, comparison. */
@Resolver(() => SchemaVersion)
export class SchemaVersionsResolver {
  constructor(
    private readonly publishing: SchemaPublishingService,
    private readonly settings: PortSchemaSettingsService,
    private readonly imports: RegistryImportService,
    private readonly comparison: SchemaComparisonService,
  ) {}

  @Mutation(() => PublishSchemaVersionPayload, {
    description:
      "Publishes a schema version of an output port (or a dry run): refused with SCHEMA_INCOMPATIBLE when it breaks the port's compatibility mode, unless it comes with a new major contract version or a team owner overrides it.",
  })
  async publishSchemaVersion(
    @CurrentRequest() request: RequestContext,
    @Args(
      'input',
      { type: () => PublishSchemaVersionInput, description: 'The schema and how to publish it.' },
      new ZodValidationPipe(publishSchemaVersionSchema),
    )
    input: PublishSchemaVersionCommand,
  ): Promise<PublishSchemaVersionPayload> {
    const outcome = await this.publishing.publish(request, input);
    return {
      ...outcome,
      changes: outcome.changes.map(toSchemaChange),
      impact: [...outcome.impact],
      schemaVersion: outcome.schemaVersion ? toSchemaVersion(outcome.schemaVersion) : null,
    };
  }

  @Mutation(() => SetPortCompatibilityModePayload, {
    description: "Sets an output port's compatibility mode (team owners), in its registry subject too.",
  })
  async setPortCompatibilityMode(
    @CurrentRequest() request: RequestContext,
    @Args(
      'input',
      { type: () => SetPortCompatibilityModeInput, description: 'The port and its new mode.' },
      new ZodValidationPipe(setPortCompatibilityModeSchema),
    )
    input: SetPortCompatibilityModeCommand,
  ): Promise<SetPortCompatibilityModePayload> {
    return { outputPort: await this.settings.setCompatibilityMode(request, input) };
  }

  @Mutation(() => AttachRegistrySubjectPayload, {
    description: "Attaches a registry subject to a Kafka output port, importing the subject's version history.",
  })
  async attachRegistrySubject(
    @CurrentRequest() request: RequestContext,
    @Args(
      'input',
      { type: () => AttachRegistrySubjectInput, description: 'The port and the subject.' },
      new ZodValidationPipe(attachRegistrySubjectSchema),
    )
    input: AttachRegistrySubjectCommand,
  ): Promise<AttachRegistrySubjectPayload> {
    const result = await this.imports.attachSubject(request, input);
    return { ...result, importedVersions: result.imported.map(toSchemaVersion) };
  }

  @Query(() => SchemaVersionComparison, {
    description:
      "Compares two schema versions of a port field by field; NOT_FOUND when the port's product is hidden or a version does not exist.",
  })
  compareSchemaVersions(
    @CurrentRequest() request: RequestContext,
    @Args(new ZodValidationPipe(compareSchemaVersionsSchema)) args: CompareSchemaVersionsArgs,
  ): Promise<SchemaVersionComparison> {
    return this.comparison.compare(request.actor, args);
  }

  @ResolveField(() => [SchemaField], {
    description: 'The fields of the schema as a table: nested records, objects and messages below their parent.',
  })
  fields(@Parent() version: SchemaVersion): SchemaField[] {
    return this.comparison.fieldsOf(version);
  }
}
