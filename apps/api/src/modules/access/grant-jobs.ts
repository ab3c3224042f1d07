import { Injectable, Logger } from '@nestjs/common';
import { provisionGrantJob } from '@tessera/contracts';
import { QueueService } from '../../infra/queue/queue.service';

/**
 * Enqueues provisioning for grants, after the transaction that changed them committed. One
 * queued or running job per grant at a time (BullMQ deduplication; a request arriving while
 * one runs is kept and runs after it), and every job reads the grant's desired state afresh,
 * so a request that was deduplicated away loses nothing.
 */
@Injectable()
export class GrantJobs {
  private readonly logger = new Logger('GrantJobs');

  constructor(private readonly queues: QueueService) {}

  /** Never fails the caller: a grant whose job could not be enqueued is found by the reconciliation sweep. */
  async enqueue(grantIds: readonly string[]): Promise<void> {
    for (const grantId of grantIds) {
      try {
        await this.queues.enqueue(
          provisionGrantJob,
          { grantId },
          {
            deduplication: { id: `grant:${grantId}`, keepLastIfActive: true },
            removeOnComplete: 1000,
            removeOnFail: 5000,
          },
        );
      } catch (error) {
        this.logger.warn(`could not enqueue provisioning of grant ${grantId}, the sweep will: ${String(error)}`);
      }
    }
  }
}
