import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { workerHeartbeatJob } from '@tessera/contracts';
import { QueueService } from '../../infra/queue/queue.service';
import { HEARTBEAT_INTERVAL_MS, HEARTBEAT_SCHEDULER_ID } from './worker-heartbeat';

/** Upserts the heartbeat schedule at worker boot; every replica may do so safely. */
@Injectable()
export class WorkerHeartbeatScheduler implements OnApplicationBootstrap {
  constructor(private readonly queues: QueueService) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queues.schedule(workerHeartbeatJob, HEARTBEAT_SCHEDULER_ID, HEARTBEAT_INTERVAL_MS, {});
  }
}
