import type { TeamNotificationType } from '../team-notifier';
import type { StoredNotification } from '../notification-types';

/** How each kind of notification introduces itself in Slack and email. */
export interface Presentation {
  readonly emoji: string;
  readonly label: string;
}

export const PRESENTATION: Readonly<Record<TeamNotificationType, Presentation>> = {
  'incident.breached': { emoji: '🔴', label: 'Freshness objective breached' },
  'incident.check_failed': { emoji: '⚠️', label: 'Freshness check failing' },
  'incident.reminder': { emoji: '⏰', label: 'Incident still open' },
  'incident.recovered': { emoji: '✅', label: 'Freshness recovered' },
  'subscription.requested': { emoji: '📥', label: 'Access requested' },
  'subscription.approved': { emoji: '✅', label: 'Access approved' },
  'subscription.rejected': { emoji: '⛔', label: 'Access request rejected' },
  'subscription.revoked': { emoji: '🚫', label: 'Access revoked' },
  'subscription.expiring': { emoji: '⏳', label: 'Access expiring soon' },
  'subscription.expired': { emoji: '⌛', label: 'Access expired' },
  'schema.version.published': { emoji: '🧬', label: 'New schema version published' },
  'channel.disabled': { emoji: '🔕', label: 'Notification channel disabled' },
  'channel.test': { emoji: '🧪', label: 'Test notification' },
};

/** One labelled value shown beside the summary (Slack fields, email lines). */
export interface Fact {
  readonly label: string;
  readonly value: string;
}

/** Keys that lead, in this order, when present in `data`; other scalar values follow. */
const LEADING_KEYS = [
  'objective',
  'staleness',
  'status',
  'port',
  'threshold',
  'lastUpdatedAt',
  'error',
  'consumerTeam',
  'purpose',
  'version',
  'reason',
  'expiresAt',
];
const MAX_FACTS = 10;
const MAX_VALUE_LENGTH = 300;

/** `consumerTeam` -> `Consumer team`. */
export function humanise(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_.-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function scalarText(value: unknown): string | null {
  if (typeof value === 'string') return value.length > 0 ? value.slice(0, MAX_VALUE_LENGTH) : null;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

/**
 * The facts people read: the product first, then the scalar values of `data` (nested
 * objects and lists are for machine receivers, which get the whole of `data` as JSON).
 */
export function factsOf(notification: StoredNotification): Fact[] {
  const facts: Fact[] = [];
  if (notification.product) facts.push({ label: 'Product', value: notification.product.name });
  const keys = Object.keys(notification.data);
  const ordered = [
    ...LEADING_KEYS.filter((key) => keys.includes(key)),
    ...keys.filter((key) => !LEADING_KEYS.includes(key)),
  ];
  for (const key of ordered) {
    if (facts.length >= MAX_FACTS) break;
    const value = scalarText(notification.data[key]);
    if (value !== null) facts.push({ label: humanise(key), value });
  }
  return facts;
}

/** An absolute link into the portal: the notification's own (relative ones resolved), else the product's page. */
export function linkOf(notification: StoredNotification, portalUrl: string): string | null {
  if (notification.link) {
    if (/^https?:\/\//.test(notification.link)) return notification.link;
    return `${portalUrl}${notification.link.startsWith('/') ? '' : '/'}${notification.link}`;
  }
  if (notification.product) return `${portalUrl}/products/${encodeURIComponent(notification.product.slug)}`;
  return null;
}
