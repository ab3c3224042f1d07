import { Injectable, Logger } from '@nestjs/common';
import { notificationDeliverJob, type PayloadOf } from '@tessera/contracts';
import { UnrecoverableError, type Job } from 'bullmq';
import type { JobProcessor } from '../../../infra/queue/job-processor';
import { DeliveriesRepository } from '../deliveries.repository';
import { storedNotificationSchema } from '../notification-types';
import { ChannelDisabler } from './channel-disabler';
import { ChannelSender } from './channel-sender';
import type { SendOutcome } from './send-outcome';

type DeliverPayload = PayloadOf<typeof notificationDeliverJob>;

/** What one run of the job did; the job's return value, for operators. */
export type DeliverResult = 'delivered' | 'gone' | 'already-finished' | 'channel-removed' | 'channel-disabled';

/**
 * One attempt at one delivery. Every step is safe to repeat: a finished delivery is never
 * sent again, and the row is the truth about attempts. Failures throw so BullMQ retries with
 * exponential backoff and jitter; the last one (or a refused URL) leaves the delivery DEAD
 * with its error and status code.
 */
@Injectable()
export class DeliverProcessor implements JobProcessor<DeliverPayload> {
  readonly definition = notificationDeliverJob;
  private readonly logger = new Logger('Notifications');

  constructor(
    private readonly deliveries: DeliveriesRepository,
    private readonly sender: ChannelSender,
    private readonly disabler: ChannelDisabler,
  ) {}

  async process({ deliveryId }: DeliverPayload, job: Job): Promise<DeliverResult> {
    const delivery = await this.deliveries.findToSend(deliveryId);
    if (!delivery) return 'channel-removed';
    if (delivery.status === 'DELIVERED' || delivery.status === 'DEAD') return 'already-finished';
    if (!delivery.channel.enabled) {
      await this.deliveries.markAbandoned(
        delivery.id,
        `not sent: the channel was disabled (${delivery.channel.disabledReason ?? 'no reason given'})`,
      );
      return 'channel-disabled';
    }
    const notification = storedNotificationSchema.safeParse(delivery.payload);
    if (!notification.success) {
      await this.deliveries.markAbandoned(delivery.id, `unreadable notification: ${notification.error.message}`);
      throw new UnrecoverableError(`delivery ${delivery.id} has an unreadable notification`);
    }

    const outcome = await this.sender.send(delivery, notification.data).catch((error: unknown): SendOutcome => ({
      kind: 'failed',
      statusCode: null,
      error: error instanceof Error ? error.message : String(error),
    }));
    const at = new Date();
    switch (outcome.kind) {
      case 'delivered':
        await this.deliveries.markDelivered(delivery.id, { statusCode: outcome.statusCode, error: null, at });
        return 'delivered';
      case 'gone':
        await this.disabler.disableGone(delivery, outcome, String(job.id));
        this.logger.warn(`channel ${delivery.channel.id} answered 410 Gone and was disabled`);
        return 'gone';
      case 'refused':
        await this.deliveries.markFailed(delivery.id, { statusCode: null, error: outcome.error, at }, 'DEAD');
        throw new UnrecoverableError(outcome.error);
      case 'failed': {
        const last = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
        await this.deliveries.markFailed(
          delivery.id,
          { statusCode: outcome.statusCode, error: outcome.error, at },
          last ? 'DEAD' : 'RETRYING',
        );
        throw new Error(outcome.error);
      }
    }
  }
}
