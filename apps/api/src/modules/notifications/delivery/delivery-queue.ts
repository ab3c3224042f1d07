import { Inject, Injectable } from '@nestjs/common';
import { notificationDeliverJob } from '@tessera/contracts';
import type { AppConfig } from '../../../config/app-config';
import { APP_CONFIG } from '../../../config/config.module';
import { QueueService } from '../../../infra/queue/queue.service';

/** Jitter as a share of each backoff delay: a burst of failures does not retry in lockstep. */
const BACKOFF_JITTER = 0.5;

/** Enqueues delivery jobs: job id = delivery id, so enqueueing one twice is a no-op. */
@Injectable()
export class DeliveryQueue {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queues: QueueService,
  ) {}

  async enqueue(deliveryIds: readonly string[]): Promise<void> {
    const { maxAttempts, retryDelayMs } = this.config.notifications;
    await Promise.all(
      deliveryIds.map((deliveryId) =>
        this.queues.enqueue(
          notificationDeliverJob,
          { deliveryId },
          {
            jobId: deliveryId,
            attempts: maxAttempts,
            backoff: { type: 'exponential', delay: retryDelayMs, jitter: BACKOFF_JITTER },
            removeOnComplete: { age: 3_600, count: 1_000 },
            removeOnFail: { age: 7 * 86_400, count: 5_000 },
          },
        ),
      ),
    );
  }

  /** The BullMQ state of a delivery's job ('unknown' when there is none). */
  jobState(deliveryId: string): Promise<string> {
    return this.queues.queue(notificationDeliverJob.queue).getJobState(deliveryId);
  }

  /** Removes a finished job, so the delivery can be enqueued again under the same id. */
  async removeJob(deliveryId: string): Promise<void> {
    await this.queues.queue(notificationDeliverJob.queue).remove(deliveryId);
  }
}
