import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AuthorizationService } from '../authorization/authorization.service';
import type { RequestContext } from '../identity/actor';
import { recordChannelChange } from './channel-audit';
import { ChannelAccess } from './channel-access';
import { toDelivery } from './channel.mapper';
import { ChannelsRepository } from './channels.repository';
import { DeliveriesRepository } from './deliveries.repository';
import type { SendTestNotificationCommand } from './dto/channel-actions.inputs';
import type { Delivery } from './models/delivery.model';
import { toStoredNotification } from './notification-types';
import { notificationsError } from './notifications.errors';

/** "Send test notification": one delivery through one channel, sent by the worker like any other. */
@Injectable()
export class TestNotificationService {
  constructor(
    private readonly authorization: AuthorizationService,
    private readonly access: ChannelAccess,
    private readonly channels: ChannelsRepository,
    private readonly deliveries: DeliveriesRepository,
    private readonly audit: AuditService,
  ) {}

  async send(request: RequestContext, input: SendTestNotificationCommand): Promise<Delivery> {
    this.authorization.assert(request.actor, 'catalog.write');
    return this.channels.transaction(async (tx) => {
      const row = await this.access.lockForChange(tx, request.actor, input.channelId);
      if (!row.enabled)
        throw notificationsError('CHANNEL_DISABLED', undefined, [
          { path: 'channelId', message: 'the channel is disabled' },
        ]);
      const team = await this.channels.findTeam(row.teamId, tx);
      const teamName = team?.name ?? 'your';
      const notification = toStoredNotification(
        {
          teamId: row.teamId,
          type: 'channel.test',
          // Every test is its own notification: pressing the button twice sends twice.
          idempotencyKey: `channel:${row.id}:test:${randomUUID()}`,
          title: `Test notification for "${row.name}"`,
          summary: `This is a test of the ${teamName} team's notification channel "${row.name}". If you can read this, the channel works.`,
          link: team ? `/teams/${team.slug}/settings` : undefined,
          data: { channelId: row.id, channelName: row.name, kind: row.kind },
        },
        new Date(),
      );
      const delivery = await this.deliveries.insertForChannel(tx, row.id, notification);
      await recordChannelChange(this.audit, tx, request, 'notification_channel.test', row, null, {
        deliveryId: delivery.id,
      });
      return toDelivery(delivery);
    });
  }
}
