import type { ChannelRow } from './channels.repository';
import { displayedUrl, readSettings } from './channel-settings';
import type { DeliveryRow } from './deliveries.repository';
import type { Delivery } from './models/delivery.model';
import type { NotificationChannel } from './models/notification-channel.model';

function dateOrNull(value: string | undefined): Date | null {
  return value ? new Date(value) : null;
}

export function toNotificationChannel(row: ChannelRow): NotificationChannel {
  const settings = readSettings(row.kind, row.settings);
  return {
    id: row.id,
    teamId: row.teamId,
    name: row.name,
    kind: row.kind,
    url: displayedUrl(settings),
    recipients: settings.kind === 'EMAIL' ? [...settings.to] : null,
    enabled: row.enabled,
    disabledReason: row.disabledReason,
    signingSecretCreatedAt: settings.kind === 'WEBHOOK' ? dateOrNull(settings.secretCreatedAt) : null,
    previousSecretExpiresAt:
      settings.kind === 'WEBHOOK' &&
      settings.previousSecretExpiresAt &&
      new Date(settings.previousSecretExpiresAt) > new Date()
        ? new Date(settings.previousSecretExpiresAt)
        : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** What the audit log keeps of a channel: never a secret, and a Slack URL only as displayed. */
export function channelSnapshot(row: ChannelRow): Record<string, unknown> {
  const channel = toNotificationChannel(row);
  return {
    id: channel.id,
    teamId: channel.teamId,
    name: channel.name,
    kind: channel.kind,
    url: channel.url,
    recipients: channel.recipients,
    enabled: channel.enabled,
    disabledReason: channel.disabledReason,
  };
}

export function toDelivery(row: DeliveryRow): Delivery {
  const payload = row.payload as { title?: unknown } | null;
  return {
    id: row.id,
    eventType: row.eventType,
    title: typeof payload?.title === 'string' ? payload.title : row.eventType,
    idempotencyKey: row.idempotencyKey,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    lastStatusCode: row.lastStatusCode,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    deliveredAt: row.deliveredAt,
  };
}
