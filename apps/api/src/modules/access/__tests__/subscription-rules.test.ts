import { describe, expect, it } from 'vitest';
import {
  approvedAtOnce,
  assertRenewable,
  decisionEvent,
  expiryFor,
  nextStatus,
  renewedExpiry,
  SUBSCRIPTION_STATUSES,
  type SubscriptionEvent,
  type SubscriptionStatus,
} from '../subscription-rules';

const DAY = 24 * 60 * 60 * 1000;
const now = new Date('2026-11-28T12:00:00.000Z');

function refusal(run: () => unknown): { reason?: string; category?: string } {
  try {
    run();
  } catch (error) {
    return error as { reason?: string; category?: string };
  }
  throw new Error('expected a refusal');
}

describe('the subscription state machine', () => {
  const allowed: [SubscriptionStatus, SubscriptionEvent, SubscriptionStatus][] = [
    ['PENDING', 'approve', 'APPROVED'],
    ['PENDING', 'reject', 'REJECTED'],
    ['PENDING', 'revoke', 'REVOKED'],
    ['APPROVED', 'revoke', 'REVOKED'],
    ['APPROVED', 'expire', 'EXPIRED'],
    ['APPROVED', 'requestRenewal', 'APPROVED'],
    ['APPROVED', 'approveRenewal', 'APPROVED'],
    ['APPROVED', 'rejectRenewal', 'APPROVED'],
  ];

  it.each(allowed)('lets %s take %s to %s', (from, event, to) => {
    expect(nextStatus(from, event)).toBe(to);
  });

  const events: SubscriptionEvent[] = [
    'approve',
    'reject',
    'revoke',
    'expire',
    'requestRenewal',
    'approveRenewal',
    'rejectRenewal',
  ];
  const refused = SUBSCRIPTION_STATUSES.flatMap((from) =>
    events
      .filter((event) => !allowed.some(([status, allowedEvent]) => status === from && allowedEvent === event))
      .map((event) => [from, event] as const),
  );

  it.each(refused)('refuses %s -> %s with SUBSCRIPTION_INVALID_TRANSITION', (from, event) => {
    expect(refusal(() => nextStatus(from, event))).toMatchObject({
      reason: 'SUBSCRIPTION_INVALID_TRANSITION',
      category: 'INVALID_TRANSITION',
    });
  });

  it('keeps REJECTED, REVOKED and EXPIRED final', () => {
    expect(refused.filter(([from]) => from === 'REVOKED')).toHaveLength(events.length);
    expect(refused.filter(([from]) => from === 'EXPIRED')).toHaveLength(events.length);
    expect(refused.filter(([from]) => from === 'REJECTED')).toHaveLength(events.length);
  });
});

describe('what an owner decision acts on', () => {
  it('decides a first request while PENDING', () => {
    expect(decisionEvent({ status: 'PENDING', renewalRequestedAt: null }, 'approve')).toBe('approve');
  });

  it('decides the renewal of an approved subscription that asked for one', () => {
    expect(decisionEvent({ status: 'APPROVED', renewalRequestedAt: now }, 'approve')).toBe('approveRenewal');
    expect(decisionEvent({ status: 'APPROVED', renewalRequestedAt: now }, 'reject')).toBe('rejectRenewal');
  });

  it('leaves an approved subscription without a renewal to be refused', () => {
    const event = decisionEvent({ status: 'APPROVED', renewalRequestedAt: null }, 'approve');
    expect(() => nextStatus('APPROVED', event)).toThrow('cannot be approved');
  });
});

describe('the open-access rule', () => {
  it.each([
    ['OPEN', 'PUBLIC', true],
    ['OPEN', 'INTERNAL', true],
    ['OPEN', 'CONFIDENTIAL', false],
    ['OPEN', 'RESTRICTED', false],
    ['APPROVAL_REQUIRED', 'PUBLIC', false],
    ['APPROVAL_REQUIRED', 'INTERNAL', false],
  ])('approves %s %s at once: %s', (accessMode, classification, expected) => {
    expect(approvedAtOnce({ accessMode, classification })).toBe(expected);
  });
});

describe('expiry and renewal dates', () => {
  it('starts the expiry at approval, or sets none', () => {
    expect(expiryFor(now, 30)?.getTime()).toBe(now.getTime() + 30 * DAY);
    expect(expiryFor(now, null)).toBeNull();
  });

  it('adds renewed days to what is left, or to now once the date has passed', () => {
    const inFiveDays = new Date(now.getTime() + 5 * DAY);
    expect(renewedExpiry(inFiveDays, now, 30).getTime()).toBe(now.getTime() + 35 * DAY);
    const yesterday = new Date(now.getTime() - DAY);
    expect(renewedExpiry(yesterday, now, 30).getTime()).toBe(now.getTime() + 30 * DAY);
  });

  it('lets an approved subscription with a future expiry ask to renew, and nothing else', () => {
    const later = new Date(now.getTime() + DAY);
    expect(assertRenewable({ status: 'APPROVED', expiresAt: later }, now)).toBe(later);
    expect(refusal(() => assertRenewable({ status: 'APPROVED', expiresAt: null }, now)).reason).toBe(
      'SUBSCRIPTION_NOT_EXPIRING',
    );
    expect(refusal(() => assertRenewable({ status: 'APPROVED', expiresAt: now }, now)).reason).toBe(
      'SUBSCRIPTION_INVALID_TRANSITION',
    );
    expect(refusal(() => assertRenewable({ status: 'PENDING', expiresAt: later }, now)).reason).toBe(
      'SUBSCRIPTION_INVALID_TRANSITION',
    );
  });
});
