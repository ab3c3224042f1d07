import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { SCHEMA_DRIFT_INTERVAL_MS, SCHEMA_DRIFT_SCHEDULER_ID, schemaRegistryDriftJob } from '@tessera/contracts';
import { QueueService } from '../../infra/queue/queue.service';

/** Upserts the drift scan's schedule at worker boot; every replica may do so safely. */
@Injectable()
export class SchemaDriftScheduler implements OnApplicationBootstrap {
  constructor(private readonly queues: QueueService) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queues.schedule(schemaRegistryDriftJob, SCHEMA_DRIFT_SCHEDULER_ID, SCHEMA_DRIFT_INTERVAL_MS, {});
  }
}
