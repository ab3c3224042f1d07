import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import type { Team } from '../../generated/prisma/client';
import { AuditService, type TransactionClient } from '../audit/audit.service';
import { ANONYMOUS, type RequestContext } from '../identity/actor';
import { TeamNotifier, type TeamNotification } from '../notifications/team-notifier';
import { expiredNotice, revokedNotice, type NoticeSubject } from './subscription-notices';
import {
  SubscriptionsRepository,
  type PortWithProduct,
  type SubscriptionChange,
  type SubscriptionRow,
} from './subscriptions.repository';

/** A subscription locked for a transition, with its port (and product) and consumer team. */
export interface LockedSubscription {
  readonly subscription: SubscriptionRow;
  readonly port: PortWithProduct;
  readonly consumerTeam: Team;
}

/**
 * Who acts when nobody does: the open-access rule approving at once, the expiry job. The
 * audit log records such changes with actor type SYSTEM (no user, no token).
 */
export function systemRequest(requestId: string): RequestContext {
  return { actor: ANONYMOUS, requestId };
}

/** What the audit log keeps of a subscription. */
function snapshot(row: SubscriptionRow, port: PortWithProduct): Record<string, unknown> {
  return {
    portId: row.portId,
    productId: port.product.id,
    consumerTeamId: row.consumerTeamId,
    status: row.status,
    purpose: row.purpose,
    durationDays: row.durationDays,
    decidedById: row.decidedById,
    decisionReason: row.decisionReason,
    expiresAt: row.expiresAt,
    renewalRequestedAt: row.renewalRequestedAt,
    renewalDays: row.renewalDays,
    endedById: row.endedById,
    endReason: row.endReason,
  };
}

/**
 * The steps every subscription transition shares, inside the transition's transaction: the
 * locks, the audit event (which writes the outbox event too), the subscriber count and the
 * notifications. Used by the subscriptions service and by the expiry job alike.
 */
@Injectable()
export class SubscriptionTransitions {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: SubscriptionsRepository,
    private readonly auditService: AuditService,
    private readonly notifier: TeamNotifier,
  ) {}

  /**
   * Locks the product, then the subscription (always in that order, so transitions and the
   * expiry job never deadlock), and reads what a transition needs. Null when it is gone.
   */
  async lock(tx: TransactionClient, id: string): Promise<LockedSubscription | null> {
    const found = await this.repository.findById(id, tx);
    if (!found) return null;
    const port = await this.repository.findPort(found.portId, tx);
    if (!port) return null;
    await this.repository.lockProduct(tx, port.product.id);
    const subscription = await this.repository.lockById(tx, id);
    const consumerTeam = subscription && (await this.repository.findTeam(subscription.consumerTeamId, tx));
    if (!subscription || !consumerTeam) return null;
    return { subscription, port, consumerTeam };
  }

  async audit(
    tx: TransactionClient,
    request: RequestContext,
    action: string,
    before: SubscriptionRow | null,
    after: SubscriptionRow,
    port: PortWithProduct,
  ): Promise<void> {
    await this.auditService.record(tx, request, {
      action,
      entityType: 'subscription',
      entityId: after.id,
      // The owning team governs who reads its data, so the decision is in its history.
      teamId: port.product.teamId,
      before: before && snapshot(before, port),
      after: snapshot(after, port),
    });
  }

  notify(tx: TransactionClient, notification: TeamNotification): Promise<void> {
    return this.notifier.notify(tx, notification);
  }

  subject(subscription: SubscriptionRow, port: PortWithProduct, consumerTeam: Team): NoticeSubject {
    return {
      subscription,
      port: { id: port.id, name: port.name },
      product: port.product,
      consumerTeam: { id: consumerTeam.id, slug: consumerTeam.slug, name: consumerTeam.name },
      portalUrl: this.config.portalUrl,
    };
  }

  /**
   * Revocation and expiry: the subscription ends, its grants turn to REVOKE (the caller
   * enqueues their jobs after commit), the count drops, the consumer team is told. Returns
   * the subscription as it is now and the grants to remove.
   */
  async end(
    tx: TransactionClient,
    request: RequestContext,
    locked: LockedSubscription,
    ending: { status: 'REVOKED' | 'EXPIRED'; endedById: string | null; reason: string; notifyOwners: boolean },
  ): Promise<{ subscription: SubscriptionRow; grantIds: string[] }> {
    const { subscription: before, port, consumerTeam } = locked;
    const change: SubscriptionChange = {
      status: ending.status,
      endedById: ending.endedById,
      endedAt: new Date(),
      endReason: ending.reason,
      renewalRequestedAt: null,
      renewalDays: null,
    };
    const after = await this.repository.update(tx, before.id, change);
    const grantIds = await this.repository.requestRevocation(tx, before.id);
    if (before.status === 'APPROVED') await this.repository.refreshSubscriberCount(tx, port.product.id);
    await this.audit(
      tx,
      request,
      ending.status === 'REVOKED' ? 'subscription.revoke' : 'subscription.expire',
      before,
      after,
      port,
    );
    const subject = this.subject(after, port, consumerTeam);
    if (ending.status === 'EXPIRED') {
      await this.notify(tx, expiredNotice(subject));
    } else {
      await this.notify(tx, revokedNotice(subject, consumerTeam.id));
      if (ending.notifyOwners) await this.notify(tx, revokedNotice(subject, port.product.teamId));
    }
    return { subscription: after, grantIds };
  }
}
