import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AuthorizationService } from '../authorization/authorization.service';
import type { RequestContext } from '../identity/actor';
import { recordChannelChange } from './channel-audit';
import { ChannelAccess } from './channel-access';
import { ChannelSecrets, newSigningSecret, rotate } from './channel-secrets';
import { readSettings } from './channel-settings';
import { channelSnapshot, toNotificationChannel } from './channel.mapper';
import { ChannelsRepository } from './channels.repository';
import type { ChannelIdCommand, DisableChannelCommand, RotateChannelSecretCommand } from './dto/channel-actions.inputs';
import type { NotificationChannel } from './models/notification-channel.model';
import type { RotateChannelSecretPayload } from './models/payloads.model';
import { notificationsError } from './notifications.errors';

const HOUR_MS = 3_600_000;

/** Turning channels on and off, and rotating a webhook's signing secret. */
@Injectable()
export class ChannelStateService {
  constructor(
    private readonly authorization: AuthorizationService,
    private readonly access: ChannelAccess,
    private readonly channels: ChannelsRepository,
    private readonly secrets: ChannelSecrets,
    private readonly audit: AuditService,
  ) {}

  /** Enabling an enabled channel changes nothing and records nothing. */
  async enable(request: RequestContext, input: ChannelIdCommand): Promise<NotificationChannel> {
    this.authorization.assert(request.actor, 'catalog.write');
    return this.channels.transaction(async (tx) => {
      const row = await this.access.lockForChange(tx, request.actor, input.id);
      if (row.enabled) return toNotificationChannel(row);
      const updated = await this.channels.update(tx, row.id, { enabled: true, disabledReason: null });
      await recordChannelChange(
        this.audit,
        tx,
        request,
        'notification_channel.enable',
        updated,
        channelSnapshot(row),
        channelSnapshot(updated),
      );
      return toNotificationChannel(updated);
    });
  }

  /** A disabled channel gets no new deliveries, and those still queued for it are dropped. */
  async disable(request: RequestContext, input: DisableChannelCommand): Promise<NotificationChannel> {
    this.authorization.assert(request.actor, 'catalog.write');
    return this.channels.transaction(async (tx) => {
      const row = await this.access.lockForChange(tx, request.actor, input.id);
      if (!row.enabled) return toNotificationChannel(row);
      const updated = await this.channels.update(tx, row.id, {
        enabled: false,
        disabledReason: input.reason ?? 'Disabled by a member of the team',
      });
      await recordChannelChange(
        this.audit,
        tx,
        request,
        'notification_channel.disable',
        updated,
        channelSnapshot(row),
        channelSnapshot(updated),
      );
      return toNotificationChannel(updated);
    });
  }

  /**
   * A new signing secret, returned once. The replaced one keeps signing beside it until the
   * overlap ends (both signatures are sent), so receivers can switch without missing a beat.
   */
  async rotateSecret(request: RequestContext, input: RotateChannelSecretCommand): Promise<RotateChannelSecretPayload> {
    this.authorization.assert(request.actor, 'catalog.write');
    return this.channels.transaction(async (tx) => {
      const row = await this.access.lockForChange(tx, request.actor, input.channelId);
      const settings = readSettings(row.kind, row.settings);
      if (settings.kind !== 'WEBHOOK' || row.secrets === null)
        throw notificationsError('CHANNEL_HAS_NO_SECRET', undefined, [
          { path: 'channelId', message: `a ${row.kind} channel has no signing secret` },
        ]);
      const now = new Date();
      const signingSecret = newSigningSecret();
      const overlapEndsAt = input.overlapHours > 0 ? new Date(now.getTime() + input.overlapHours * HOUR_MS) : null;
      const secrets = overlapEndsAt
        ? rotate(this.secrets.open(row.id, row.secrets), signingSecret, overlapEndsAt)
        : { current: signingSecret };
      const { kind: _kind, previousSecretExpiresAt: _previous, ...stored } = settings;
      const updated = await this.channels.update(tx, row.id, {
        secrets: this.secrets.seal(row.id, secrets),
        settings: {
          ...stored,
          secretCreatedAt: now.toISOString(),
          ...(overlapEndsAt ? { previousSecretExpiresAt: overlapEndsAt.toISOString() } : {}),
        },
      });
      await recordChannelChange(this.audit, tx, request, 'notification_channel.rotate_secret', updated, null, {
        secretCreatedAt: now.toISOString(),
        previousSecretExpiresAt: overlapEndsAt?.toISOString() ?? null,
      });
      return {
        notificationChannel: toNotificationChannel(updated),
        signingSecret,
        previousSecretExpiresAt: overlapEndsAt,
      };
    });
  }
}
