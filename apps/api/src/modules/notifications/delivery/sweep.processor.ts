import { Injectable, Logger } from '@nestjs/common';
import { notificationSweepJob } from '@tessera/contracts';
import type { JobProcessor } from '../../../infra/queue/job-processor';
import { DeliveriesRepository, type DeliveryKey } from '../deliveries.repository';
import { DeliveryQueue } from './delivery-queue';

const BATCH = 500;
/** Deliveries younger than this belong to the dispatcher; the sweep looks at older ones. */
const MIN_AGE_MS = 30_000;
/** Bounds one sweep's work; the next sweep continues. */
const MAX_CHECKED = 10_000;

/** Job states in which the job will still run; any other state means it must be enqueued again. */
const LIVE_STATES = new Set(['waiting', 'active', 'delayed', 'prioritized', 'waiting-children']);

/**
 * The safety net: every unfinished delivery that has no live job gets one. That covers a
 * worker dying between commit and enqueue, a missed NOTIFY, Redis losing its data, and a job
 * BullMQ failed for stalling too often while the row was never finished. Repeating it is
 * harmless: job id = delivery id, and the processor skips finished deliveries.
 */
@Injectable()
export class SweepProcessor implements JobProcessor<Record<string, never>> {
  readonly definition = notificationSweepJob;
  private readonly logger = new Logger('NotificationSweep');

  constructor(
    private readonly deliveries: DeliveriesRepository,
    private readonly queue: DeliveryQueue,
  ) {}

  async process(): Promise<{ checked: number; requeued: number }> {
    const untouchedSince = new Date(Date.now() - MIN_AGE_MS);
    let after: DeliveryKey | null = null;
    let checked = 0;
    let requeued = 0;
    while (checked < MAX_CHECKED) {
      const page = await this.deliveries.unfinishedIds(BATCH, untouchedSince, after);
      for (const { id } of page) {
        const state = await this.queue.jobState(id);
        if (LIVE_STATES.has(state)) continue;
        // A completed or failed job whose delivery is unfinished: its end was never recorded.
        if (state !== 'unknown') await this.queue.removeJob(id);
        await this.queue.enqueue([id]);
        requeued += 1;
      }
      checked += page.length;
      if (page.length < BATCH) break;
      after = page.at(-1)!;
    }
    if (requeued > 0) this.logger.warn(`re-enqueued ${requeued} unfinished deliveries without a live job`);
    return { checked, requeued };
  }
}
