import { z } from 'zod';
import type { TeamNotification, TeamNotificationType } from './team-notifier';

/** Every TeamNotificationType, as a value; the check below fails to compile if the two drift. */
export const TEAM_NOTIFICATION_TYPES = [
  'incident.breached',
  'incident.check_failed',
  'incident.reminder',
  'incident.recovered',
  'subscription.requested',
  'subscription.approved',
  'subscription.rejected',
  'subscription.revoked',
  'subscription.expiring',
  'subscription.expired',
  'schema.version.published',
  'channel.disabled',
  'channel.test',
] as const satisfies readonly TeamNotificationType[];

type Missing = Exclude<TeamNotificationType, (typeof TEAM_NOTIFICATION_TYPES)[number]>;
const everyTypeListed: [Missing] extends [never] ? true : Missing = true;
void everyTypeListed;

/**
 * A notification as stored in `deliveries.payload` (one copy per channel) and read back by
 * the worker: the TeamNotification plus when it happened. Rendering happens at delivery.
 */
export const storedNotificationSchema = z.object({
  teamId: z.guid(),
  type: z.enum(TEAM_NOTIFICATION_TYPES),
  idempotencyKey: z.string().min(1).max(500),
  title: z.string().min(1).max(500),
  summary: z.string().max(10_000),
  link: z.string().max(2_000).optional(),
  product: z.object({ id: z.string(), slug: z.string(), name: z.string() }).optional(),
  data: z.record(z.string(), z.unknown()),
  occurredAt: z.iso.datetime(),
});

export type StoredNotification = z.infer<typeof storedNotificationSchema>;

export function toStoredNotification(notification: TeamNotification, occurredAt: Date): StoredNotification {
  return storedNotificationSchema.parse({
    teamId: notification.teamId,
    type: notification.type,
    idempotencyKey: notification.idempotencyKey,
    title: notification.title,
    summary: notification.summary,
    link: notification.link,
    product: notification.product,
    // Dates and other values become plain JSON now, as the receiver will see them.
    data: JSON.parse(JSON.stringify(notification.data ?? {})) as Record<string, unknown>,
    occurredAt: occurredAt.toISOString(),
  });
}
