import { accessError } from './access.errors';

/**
 * The subscription state machine and the rules around it, as pure functions so the service,
 * the expiry job and the unit tests share one definition.
 *
 *   PENDING  --approve-->  APPROVED  --revoke-->  REVOKED
 *   PENDING  --reject--->  REJECTED  APPROVED --expire--> EXPIRED
 *   PENDING  --revoke--->  REVOKED   (the consumer withdraws, or the owners close it)
 *   APPROVED --requestRenewal / approveRenewal / rejectRenewal--> APPROVED (expiry moves on approval)
 *
 * REJECTED, REVOKED and EXPIRED are final: a team that wants access again sends a new request.
 */
export const SUBSCRIPTION_STATUSES = ['PENDING', 'APPROVED', 'REJECTED', 'REVOKED', 'EXPIRED'] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

export type SubscriptionEvent =
  'approve' | 'reject' | 'revoke' | 'expire' | 'requestRenewal' | 'approveRenewal' | 'rejectRenewal';

const TRANSITIONS: Readonly<Record<SubscriptionStatus, Partial<Record<SubscriptionEvent, SubscriptionStatus>>>> = {
  PENDING: { approve: 'APPROVED', reject: 'REJECTED', revoke: 'REVOKED' },
  APPROVED: {
    revoke: 'REVOKED',
    expire: 'EXPIRED',
    requestRenewal: 'APPROVED',
    approveRenewal: 'APPROVED',
    rejectRenewal: 'APPROVED',
  },
  REJECTED: {},
  REVOKED: {},
  EXPIRED: {},
};

/** The status after `event`, or SUBSCRIPTION_INVALID_TRANSITION naming both. */
export function nextStatus(current: SubscriptionStatus, event: SubscriptionEvent): SubscriptionStatus {
  const next = TRANSITIONS[current][event];
  if (next === undefined) {
    throw accessError('SUBSCRIPTION_INVALID_TRANSITION', `A ${current} subscription cannot ${describeEvent(event)}`);
  }
  return next;
}

function describeEvent(event: SubscriptionEvent): string {
  switch (event) {
    case 'approve':
      return 'be approved';
    case 'reject':
      return 'be rejected';
    case 'revoke':
      return 'be revoked';
    case 'expire':
      return 'expire';
    case 'requestRenewal':
      return 'be renewed';
    case 'approveRenewal':
      return 'have a renewal approved';
    case 'rejectRenewal':
      return 'have a renewal rejected';
  }
}

/** What a decision by the owners acts on: the first request, or a renewal of an approved subscription. */
export function decisionEvent(
  subscription: { status: SubscriptionStatus; renewalRequestedAt: Date | null },
  decision: 'approve' | 'reject',
): SubscriptionEvent {
  if (subscription.status === 'APPROVED' && subscription.renewalRequestedAt !== null) {
    return decision === 'approve' ? 'approveRenewal' : 'rejectRenewal';
  }
  return decision;
}

/** Open products with PUBLIC or INTERNAL data need nobody's approval (DESIGN: access mode OPEN). */
export function approvedAtOnce(product: { accessMode: string; classification: string }): boolean {
  return (
    product.accessMode === 'OPEN' && (product.classification === 'PUBLIC' || product.classification === 'INTERNAL')
  );
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The expiry of a subscription approved at `now` for `days`; null days means it never expires. */
export function expiryFor(now: Date, days: number | null): Date | null {
  return days === null ? null : new Date(now.getTime() + days * DAY_MS);
}

/**
 * A renewal adds its days to what is left, so renewing early never shortens the access; a
 * subscription renewed after its date passed (the expiry job had not run yet) starts from now.
 */
export function renewedExpiry(expiresAt: Date, now: Date, days: number): Date {
  const from = Math.max(expiresAt.getTime(), now.getTime());
  return new Date(from + days * DAY_MS);
}

/** Whether a consumer can still ask to renew: approved, with an expiry that has not passed. */
export function assertRenewable(subscription: { status: SubscriptionStatus; expiresAt: Date | null }, now: Date): Date {
  nextStatus(subscription.status, 'requestRenewal');
  if (subscription.expiresAt === null) throw accessError('SUBSCRIPTION_NOT_EXPIRING');
  if (subscription.expiresAt.getTime() <= now.getTime()) {
    throw accessError('SUBSCRIPTION_INVALID_TRANSITION', 'The subscription has expired; request access again');
  }
  return subscription.expiresAt;
}
