import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { JOB_DEFINITIONS, type JobDefinition } from '@tessera/contracts';
import { infrastructureModules } from './app.module';
import type { AppConfig } from './config/app-config';
import { JOB_DEFINITIONS_TOKEN, JOB_PROCESSORS, type JobProcessor } from './infra/queue/job-processor';
import { WorkerHost } from './infra/queue/worker-host';
import { AccessWorkerModule } from './modules/access/access-worker.module';
import { ExpireSubscriptionsProcessor } from './modules/access/expire-subscriptions.processor';
import { ProvisionGrantProcessor } from './modules/access/provision-grant.processor';
import { ReconcileGrantsProcessor } from './modules/access/reconcile-grants.processor';
import { EventsWorkerModule } from './modules/events/events-worker.module';
import { FreshnessCheckProcessor } from './modules/freshness/freshness-check.processor';
import { FreshnessRetentionProcessor } from './modules/freshness/freshness-retention.processor';
import { FreshnessWorkerModule } from './modules/freshness/freshness-worker.module';
import { DeliverProcessor } from './modules/notifications/delivery/deliver.processor';
import { SweepProcessor } from './modules/notifications/delivery/sweep.processor';
import { NotificationsWorkerModule } from './modules/notifications/notifications-worker.module';
import { PlatformWorkerModule } from './modules/platform/platform-worker.module';
import { WorkerHeartbeatProcessor } from './modules/platform/worker-heartbeat.processor';
import { SchemaDriftProcessor } from './modules/schemas/schema-drift.processor';
import { SchemasWorkerModule } from './modules/schemas/schemas-worker.module';

/** Every processor the worker runs; each feature module exports its own. */
const PROCESSORS: readonly Type<JobProcessor>[] = [
  WorkerHeartbeatProcessor,
  SchemaDriftProcessor,
  DeliverProcessor,
  SweepProcessor,
  FreshnessCheckProcessor,
  FreshnessRetentionProcessor,
  ProvisionGrantProcessor,
  ReconcileGrantsProcessor,
  ExpireSubscriptionsProcessor,
];

export interface WorkerModuleOptions {
  /** Overrides for tests: the declared jobs, and the processors that serve them. */
  readonly definitions?: readonly JobDefinition[];
  readonly processors?: readonly Type<JobProcessor>[];
}

/** The background worker process: the same code base, running BullMQ processors. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, options: WorkerModuleOptions = {}): DynamicModule {
    const processors = options.processors ?? PROCESSORS;
    return {
      module: WorkerModule,
      imports: [
        ...infrastructureModules(config),
        PlatformWorkerModule,
        EventsWorkerModule,
        SchemasWorkerModule,
        NotificationsWorkerModule,
        FreshnessWorkerModule,
        AccessWorkerModule,
      ],
      providers: [
        { provide: JOB_DEFINITIONS_TOKEN, useValue: options.definitions ?? JOB_DEFINITIONS },
        ...processors.filter((processor) => !PROCESSORS.includes(processor)),
        { provide: JOB_PROCESSORS, inject: [...processors], useFactory: (...instances: JobProcessor[]) => instances },
        WorkerHost,
      ],
    };
  }
}
