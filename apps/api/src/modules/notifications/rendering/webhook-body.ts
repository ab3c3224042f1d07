import type { StoredNotification } from '../notification-types';
import { linkOf } from './presentation';

/** The JSON a WEBHOOK channel receives; documented field by field in docs/notifications.md. */
export interface WebhookBody {
  readonly id: string;
  readonly type: StoredNotification['type'];
  readonly idempotencyKey: string;
  readonly occurredAt: string;
  readonly team: { readonly id: string; readonly slug: string };
  readonly title: string;
  readonly summary: string;
  readonly link: string | null;
  readonly product: StoredNotification['product'] | null;
  readonly data: Record<string, unknown>;
}

export function webhookBody(
  deliveryId: string,
  notification: StoredNotification,
  team: { id: string; slug: string },
  portalUrl: string,
): WebhookBody {
  return {
    id: deliveryId,
    type: notification.type,
    idempotencyKey: notification.idempotencyKey,
    occurredAt: notification.occurredAt,
    team: { id: team.id, slug: team.slug },
    title: notification.title,
    summary: notification.summary,
    link: linkOf(notification, portalUrl),
    product: notification.product ?? null,
    data: notification.data,
  };
}
