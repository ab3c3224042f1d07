import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { NOTIFICATION_SWEEP_SCHEDULER_ID, notificationSweepJob } from '@tessera/contracts';
import { QueueService } from '../../../infra/queue/queue.service';

/** How often the sweep runs across all workers (one job scheduler, whatever the replica count). */
export const SWEEP_INTERVAL_MS = 15_000;

/** Upserts the sweep's schedule at worker boot; every replica may do so safely. */
@Injectable()
export class SweepScheduler implements OnApplicationBootstrap {
  constructor(private readonly queues: QueueService) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queues.schedule(notificationSweepJob, NOTIFICATION_SWEEP_SCHEDULER_ID, SWEEP_INTERVAL_MS, {});
  }
}
