import { Module } from '@nestjs/common';
import { SchemaDriftProcessor } from './schema-drift.processor';
import { SchemaDriftScheduler } from './schema-drift.scheduler';
import { SchemaDriftService } from './schema-drift.service';
import { SCHEMA_CORE_IMPORTS, SCHEMA_CORE_PROVIDERS } from './schemas.module';

/** The schemas feature in the worker: the scheduled registry drift scan. */
@Module({
  imports: SCHEMA_CORE_IMPORTS,
  providers: [...SCHEMA_CORE_PROVIDERS, SchemaDriftService, SchemaDriftProcessor, SchemaDriftScheduler],
  exports: [SchemaDriftProcessor],
})
export class SchemasWorkerModule {}
