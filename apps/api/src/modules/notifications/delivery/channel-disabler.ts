import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service';
import { ANONYMOUS } from '../../identity/actor';
import { recordChannelChange } from '../channel-audit';
import { channelSnapshot } from '../channel.mapper';
import { ChannelsRepository } from '../channels.repository';
import { DeliveriesRepository, type DeliveryToSend } from '../deliveries.repository';
import { TeamNotifier } from '../team-notifier';

/**
 * A receiver answered 410 Gone: in one transaction the delivery is DEAD, the channel is
 * disabled with the reason, the change is audited (by the system), and the team is told
 * through its other enabled channels (the disabled one no longer counts).
 */
@Injectable()
export class ChannelDisabler {
  constructor(
    private readonly channels: ChannelsRepository,
    private readonly deliveries: DeliveriesRepository,
    private readonly notifier: TeamNotifier,
    private readonly audit: AuditService,
  ) {}

  async disableGone(
    delivery: DeliveryToSend,
    outcome: { statusCode: number; error: string },
    jobId: string,
  ): Promise<void> {
    const { channel } = delivery;
    const at = new Date();
    const reason = `The receiver answered ${outcome.statusCode} Gone at ${at.toISOString()}; enable the channel again once it is fixed.`;
    await this.deliveries.transaction(async (tx) => {
      await this.deliveries.markFailed(
        delivery.id,
        { statusCode: outcome.statusCode, error: outcome.error, at },
        'DEAD',
        tx,
      );
      if (!(await this.channels.disableIfEnabled(tx, channel.id, reason))) return;
      const after = { ...channel, enabled: false, disabledReason: reason };
      await recordChannelChange(
        this.audit,
        tx,
        { actor: ANONYMOUS, requestId: `job:${jobId}` },
        'notification_channel.disable',
        channel,
        channelSnapshot(channel),
        channelSnapshot(after),
      );
      await this.notifier.notify(tx, {
        teamId: channel.teamId,
        type: 'channel.disabled',
        idempotencyKey: `channel:${channel.id}:disabled:${delivery.id}`,
        title: `Notification channel "${channel.name}" was disabled`,
        summary: `The ${channel.kind} channel "${channel.name}" answered ${outcome.statusCode} Gone, so Tessera stopped sending through it. Notifications reach you through your other channels until it is enabled again.`,
        link: `/teams/${channel.team.slug}/settings`,
        data: {
          channelId: channel.id,
          channelName: channel.name,
          kind: channel.kind,
          reason,
          statusCode: outcome.statusCode,
        },
      });
    });
  }
}
