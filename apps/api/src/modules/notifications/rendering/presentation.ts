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

/** Keys that lead, in this order, when present in `data`; other values follow. */
const LEADING_KEYS = [
  'objective',
  'staleness',
  'stalenessSeconds',
  'status',
  'port',
  'portName',
  'threshold',
  'lastDataAt',
  'lastUpdatedAt',
  'errorMessage',
  'error',
  'consumerTeam',
  'purpose',
  'version',
  'verdict',
  'reason',
  'expiresAt',
];
const MAX_FACTS = 10;
const MAX_VALUE_LENGTH = 300;
const SECONDS_SUFFIX = 'Seconds';

/** `consumerTeam` -> `Consumer team`; `stalenessSeconds` -> `Staleness` (the value says the unit). */
export function humanise(key: string): string {
  const base =
    key.endsWith(SECONDS_SUFFIX) && key.length > SECONDS_SUFFIX.length ? key.slice(0, -SECONDS_SUFFIX.length) : key;
  const words = base
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_.-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** 42 s, 15 min, 3 h 5 min, 2 d 4 h: how people say an age or a threshold. */
export function humanDuration(totalSeconds: number): string {
  const seconds = Math.round(Math.abs(totalSeconds));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
  const days = Math.floor(hours / 24);
  return hours % 24 === 0 ? `${days} d` : `${days} d ${hours % 24} h`;
}

/** Identifiers are for machines: left out of what people read. */
function isIdentifierKey(key: string): boolean {
  return key === 'id' || /Id$/.test(key);
}

function scalarText(key: string, value: unknown): string | null {
  if (typeof value === 'number' && key.endsWith(SECONDS_SUFFIX)) return humanDuration(value);
  if (typeof value === 'string') return value.length > 0 ? value : null;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

/**
 * A value as one line: scalars as they are (`…Seconds` as a duration), an object by its
 * `name`, or else as `label value · label value` of its scalar fields. Lists are left out.
 */
function valueText(key: string, value: unknown): string | null {
  const scalar = scalarText(key, value);
  if (scalar !== null || value === null || typeof value !== 'object' || Array.isArray(value))
    return scalar?.slice(0, MAX_VALUE_LENGTH) ?? null;
  const record = value as Record<string, unknown>;
  if (typeof record.name === 'string' && record.name !== '') return record.name.slice(0, MAX_VALUE_LENGTH);
  const parts = Object.entries(record)
    .filter(([field]) => !isIdentifierKey(field))
    .map(([field, item]) => {
      const text = scalarText(field, item);
      return text === null ? null : `${humanise(field).toLowerCase()} ${text}`;
    })
    .filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(' · ').slice(0, MAX_VALUE_LENGTH) : null;
}

/**
 * The facts people read: the product first, then the values of `data` (leading keys first).
 * Machine receivers get the whole of `data` as JSON instead.
 */
export function factsOf(notification: StoredNotification): Fact[] {
  const facts: Fact[] = [];
  if (notification.product) facts.push({ label: 'Product', value: notification.product.name });
  const keys = Object.keys(notification.data).filter((key) => !isIdentifierKey(key));
  const ordered = [
    ...LEADING_KEYS.filter((key) => keys.includes(key)),
    ...keys.filter((key) => !LEADING_KEYS.includes(key)),
  ];
  for (const key of ordered) {
    if (facts.length >= MAX_FACTS) break;
    const value = valueText(key, notification.data[key]);
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
