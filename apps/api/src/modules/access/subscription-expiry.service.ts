import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { expiringNotice } from './subscription-notices';
import { nextStatus } from './subscription-rules';
import { SubscriptionTransitions, systemRequest, type LockedSubscription } from './subscription-transitions';
import { SubscriptionsRepository } from './subscriptions.repository';

const DAY_MS = 24 * 60 * 60 * 1000;
const BATCH = 200;

/**
 * Expiry, enforced by the scheduled `access.expire-subscriptions` job: consumers are warned
 * once per expiry date (ACCESS_EXPIRY_WARNING_DAYS ahead), and subscriptions whose date passed
 * become EXPIRED with their grants turned to REVOKE. Subscriptions to a product that was
 * retired end too: REVOKED by the system, the consumer told why, the grants removed (a retired
 * product's data is no longer maintained, and nobody can request it again). Each subscription
 * is its own transaction, so one failure does not hold back the rest.
 */
@Injectable()
export class SubscriptionExpiry {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: SubscriptionsRepository,
    private readonly transitions: SubscriptionTransitions,
  ) {}

  /** Returns how many were warned and the grants to remove (of expired and retired subscriptions). */
  async run(requestId: string, now = new Date()): Promise<{ warned: number; grantIds: string[] }> {
    const warnBefore = new Date(now.getTime() + this.config.access.expiryWarningDays * DAY_MS);
    let warned = 0;
    for (const id of await this.repository.idsToWarn(now, warnBefore, BATCH)) {
      if (await this.warn(id, now)) warned += 1;
    }
    const grantIds: string[] = [];
    for (const id of await this.repository.idsToExpire(now, BATCH)) {
      grantIds.push(...(await this.expire(id, now, requestId)));
    }
    for (const id of await this.repository.idsOfRetiredProducts(BATCH)) {
      grantIds.push(...(await this.endRetired(id, requestId)));
    }
    return { warned, grantIds };
  }

  private warn(id: string, now: Date): Promise<boolean> {
    return this.repository.transaction(async (tx) => {
      const locked = await this.transitions.lock(tx, id);
      const subscription = locked?.subscription;
      // Read again under the lock: a renewal or a revocation may have come first.
      if (!locked || !subscription || subscription.status !== 'APPROVED' || subscription.expiryWarnedAt !== null)
        return false;
      if (subscription.expiresAt === null || subscription.expiresAt <= now) return false;
      const updated = await this.repository.update(tx, id, { expiryWarnedAt: now });
      await this.transitions.notify(
        tx,
        expiringNotice(this.transitions.subject(updated, locked.port, locked.consumerTeam)),
      );
      return true;
    });
  }

  /** APPROVED past its date -> EXPIRED. */
  private expire(id: string, now: Date, requestId: string): Promise<string[]> {
    return this.endIf(id, requestId, ({ subscription }) => {
      if (subscription.status !== 'APPROVED' || subscription.expiresAt === null || subscription.expiresAt > now)
        return null;
      nextStatus(subscription.status, 'expire');
      return { status: 'EXPIRED', reason: `Expired on ${subscription.expiresAt.toISOString()}` };
    });
  }

  /** PENDING or APPROVED on a RETIRED product -> REVOKED. */
  private endRetired(id: string, requestId: string): Promise<string[]> {
    return this.endIf(id, requestId, ({ subscription, port }) => {
      if (port.product.status !== 'RETIRED') return null;
      if (subscription.status !== 'PENDING' && subscription.status !== 'APPROVED') return null;
      nextStatus(subscription.status, 'revoke');
      return { status: 'REVOKED', reason: `The data product ${port.product.name} was retired` };
    });
  }

  /**
   * Ends a subscription as the system, when `ending` (asked again under the lock: a renewal or
   * a revocation may have come first) says how. Returns the grants to remove; the caller
   * enqueues them after commit.
   */
  private endIf(
    id: string,
    requestId: string,
    ending: (locked: LockedSubscription) => { status: 'EXPIRED' | 'REVOKED'; reason: string } | null,
  ): Promise<string[]> {
    return this.repository.transaction(async (tx) => {
      const locked = await this.transitions.lock(tx, id);
      const decided = locked ? ending(locked) : null;
      if (!locked || !decided) return [];
      const { grantIds } = await this.transitions.end(tx, systemRequest(requestId), locked, {
        ...decided,
        endedById: null,
        notifyOwners: false,
      });
      return grantIds;
    });
  }
}
