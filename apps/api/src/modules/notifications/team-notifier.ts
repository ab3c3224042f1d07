import type { TransactionClient } from '../audit/audit.service';

/** What features tell teams about; the channel renderers know each type. */
export type TeamNotificationType =
  | 'incident.breached'
  | 'incident.check_failed'
  | 'incident.reminder'
  | 'incident.recovered'
  | 'subscription.requested'
  | 'subscription.approved'
  | 'subscription.rejected'
  | 'subscription.revoked'
  | 'subscription.expiring'
  | 'subscription.expired'
  | 'schema.version.published'
  | 'channel.disabled'
  | 'channel.test';

export interface TeamNotification {
  readonly teamId: string;
  readonly type: TeamNotificationType;
  /**
   * One per transition (`incident:<id>:breached`, `incident:<id>:reminder:3`): with the channel
   * it keys the delivery, so a retried caller never notifies twice, and it is sent as the
   * Idempotency-Key header so receivers can drop repeats.
   */
  readonly idempotencyKey: string;
  /** One line a person reads first ("orders.placed is stale: 42 min behind, objective 15 min"). */
  readonly title: string;
  /** A few sentences with the detail. */
  readonly summary: string;
  /** Where to act, in the portal. */
  readonly link?: string;
  readonly product?: { readonly id: string; readonly slug: string; readonly name: string };
  /** Structured detail for machine receivers (webhook JSON). */
  readonly data: Readonly<Record<string, unknown>>;
}

/**
 * How features notify a team through every enabled channel it owns. `notify` writes the
 * deliveries in the caller's transaction (so a rolled-back change notifies nobody and a
 * committed one is never lost); the worker sends them after commit, with retries.
 */
export abstract class TeamNotifier {
  abstract notify(transaction: TransactionClient, notification: TeamNotification): Promise<void>;
}
