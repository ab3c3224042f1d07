import { Injectable } from '@nestjs/common';
import type { TransactionClient } from '../audit/audit.service';
import { AuthorizationService } from '../authorization/authorization.service';
import type { RequestContext } from '../identity/actor';
import { accessError } from './access.errors';
import type {
  ApproveSubscriptionCommand,
  RejectSubscriptionCommand,
  RequestAccessCommand,
  RequestSubscriptionRenewalCommand,
  RevokeSubscriptionCommand,
} from './dto/subscription.inputs';
import { GrantJobs } from './grant-jobs';
import { isProvisionedKind } from './grant-spec';
import type { AccessSubscription } from './models/subscription.model';
import { toSubscription, viewOf } from './subscription.mapper';
import { decidedNotice, requestedNotice } from './subscription-notices';
import {
  approvedAtOnce,
  assertRenewable,
  decisionEvent,
  expiryFor,
  nextStatus,
  renewedExpiry,
} from './subscription-rules';
import { SubscriptionTransitions, systemRequest, type LockedSubscription } from './subscription-transitions';
import { SubscriptionsRepository } from './subscriptions.repository';

const OPEN_ACCESS_REASON =
  'Approved automatically: the product is open to all teams (OPEN access, PUBLIC or INTERNAL data)';
const subscriptionNotFound = () => accessError('SUBSCRIPTION_NOT_FOUND');

interface Outcome {
  readonly subscription: AccessSubscription;
  /** Grants whose provisioning jobs are enqueued once the transaction has committed. */
  readonly grantIds: readonly string[];
}

/**
 * The subscription workflow: request, decide (approve or reject, first requests and renewals
 * alike), revoke, renew. Each use case is one transaction holding the transition, its grant
 * rows, the subscriber count, the audit event (and its outbox event) and the notifications;
 * provisioning jobs are enqueued after commit.
 */
@Injectable()
export class SubscriptionsService {
  constructor(
    private readonly authorization: AuthorizationService,
    private readonly repository: SubscriptionsRepository,
    private readonly transitions: SubscriptionTransitions,
    private readonly grantJobs: GrantJobs,
  ) {}

  async requestAccess(request: RequestContext, input: RequestAccessCommand): Promise<AccessSubscription> {
    const { actor } = request;
    this.authorization.assert(actor, 'subscription.request', { consumerTeamId: input.consumerTeamId });
    return this.afterCommit(
      this.repository.transaction(async (tx) => {
        const portNotFound = () =>
          accessError('OUTPUT_PORT_NOT_FOUND', undefined, [{ path: 'portId', message: 'no such output port' }]);
        const port = await this.repository.findPort(input.portId, tx);
        if (!port) throw portNotFound();
        const { product } = port;
        this.authorization.assertVisible(
          actor,
          'product.read',
          { teamId: product.teamId, status: product.status },
          portNotFound,
        );
        if (product.teamId === input.consumerTeamId)
          throw accessError('SUBSCRIPTION_OWN_PRODUCT', undefined, [
            { path: 'consumerTeamId', message: 'owns the product' },
          ]);
        this.authorization.assert(actor, 'subscription.request', {
          teamId: product.teamId,
          consumerTeamId: input.consumerTeamId,
        });
        if (product.status !== 'PUBLISHED') throw accessError('SUBSCRIPTION_PRODUCT_UNAVAILABLE');
        if (!isProvisionedKind(port.kind)) throw accessError('SUBSCRIPTION_PORT_NOT_PROVISIONABLE');
        const consumerTeam = await this.repository.findTeam(input.consumerTeamId, tx);
        if (!consumerTeam) throw accessError('TEAM_NOT_FOUND');
        await this.repository.lockProduct(tx, product.id);

        const requested = await this.repository.create(tx, {
          portId: port.id,
          consumerTeamId: consumerTeam.id,
          requestedById: actor.userId,
          purpose: input.purpose,
          durationDays: input.durationDays,
          status: 'PENDING',
        });
        await this.transitions.audit(tx, request, 'subscription.request', null, requested, port);
        const locked: LockedSubscription = { subscription: requested, port, consumerTeam };
        if (!approvedAtOnce(product)) {
          await this.transitions.notify(
            tx,
            requestedNotice(this.transitions.subject(requested, port, consumerTeam), null),
          );
          return { subscription: toSubscription(viewOf(requested, port)), grantIds: [] };
        }
        // The open-access rule decides, not the requester: the approval is audited as SYSTEM.
        return this.approve(tx, systemRequest(request.requestId), locked, {
          decidedById: null,
          reason: OPEN_ACCESS_REASON,
        });
      }),
    );
  }

  async approveSubscription(request: RequestContext, input: ApproveSubscriptionCommand): Promise<AccessSubscription> {
    this.authorization.assert(request.actor, 'catalog.write');
    return this.afterCommit(
      this.repository.transaction(async (tx) => {
        const locked = await this.lockFor(tx, request, input.id, 'subscription.decide');
        const event = decisionEvent(locked.subscription, 'approve');
        nextStatus(locked.subscription.status, event);
        const decision = { decidedById: request.actor.userId, reason: input.reason };
        return event === 'approve'
          ? this.approve(tx, request, locked, decision)
          : this.approveRenewal(tx, request, locked, decision);
      }),
    );
  }

  async rejectSubscription(request: RequestContext, input: RejectSubscriptionCommand): Promise<AccessSubscription> {
    this.authorization.assert(request.actor, 'catalog.write');
    return this.afterCommit(
      this.repository.transaction(async (tx) => {
        const locked = await this.lockFor(tx, request, input.id, 'subscription.decide');
        const { subscription: before, port, consumerTeam } = locked;
        const event = decisionEvent(before, 'reject');
        nextStatus(before.status, event);
        const renewal = event === 'rejectRenewal' ? { requestedAt: before.renewalRequestedAt! } : null;
        const now = new Date();
        const after = renewal
          ? await this.repository.update(tx, before.id, { renewalRequestedAt: null, renewalDays: null })
          : await this.repository.update(tx, before.id, {
              status: 'REJECTED',
              decidedById: request.actor.userId,
              decidedAt: now,
              decisionReason: input.reason,
              endedAt: now,
            });
        await this.transitions.audit(
          tx,
          request,
          renewal ? 'subscription.renewal_reject' : 'subscription.reject',
          before,
          after,
          port,
        );
        const subject = this.transitions.subject({ ...after, decisionReason: input.reason }, port, consumerTeam);
        await this.transitions.notify(tx, decidedNotice(subject, 'rejected', renewal));
        return { subscription: toSubscription(viewOf(after, port)), grantIds: [] };
      }),
    );
  }

  /** Owners revoke; the consumer team may also withdraw (pending) or give up (approved) its own access. */
  async revokeSubscription(request: RequestContext, input: RevokeSubscriptionCommand): Promise<AccessSubscription> {
    this.authorization.assert(request.actor, 'catalog.write');
    return this.afterCommit(
      this.repository.transaction(async (tx) => {
        const locked = await this.lockFor(tx, request, input.id, 'subscription.revoke');
        nextStatus(locked.subscription.status, 'revoke');
        const byOwners = this.authorization.allows(request.actor, 'subscription.decide', {
          teamId: locked.port.product.teamId,
        });
        const { subscription, grantIds } = await this.transitions.end(tx, request, locked, {
          status: 'REVOKED',
          endedById: request.actor.userId,
          reason: input.reason,
          notifyOwners: !byOwners,
        });
        return { subscription: toSubscription(viewOf(subscription, locked.port)), grantIds };
      }),
    );
  }

  /**
   * The consumer asks for more days before the expiry. Under the open-access rule the renewal
   * is granted at once; otherwise it waits in the owners' inbox (approveSubscription /
   * rejectSubscription decide it). Asking again replaces the days asked for.
   */
  async requestRenewal(request: RequestContext, input: RequestSubscriptionRenewalCommand): Promise<AccessSubscription> {
    this.authorization.assert(request.actor, 'catalog.write');
    return this.afterCommit(
      this.repository.transaction(async (tx) => {
        const locked = await this.lockFor(tx, request, input.id, 'subscription.renew');
        const { subscription: before, port, consumerTeam } = locked;
        const now = new Date();
        assertRenewable(before, now);
        const after = await this.repository.update(tx, before.id, {
          renewalRequestedAt: now,
          renewalDays: input.durationDays,
        });
        await this.transitions.audit(tx, request, 'subscription.renewal_request', before, after, port);
        const renewing: LockedSubscription = { subscription: after, port, consumerTeam };
        if (approvedAtOnce(port.product)) {
          return this.approveRenewal(tx, systemRequest(request.requestId), renewing, {
            decidedById: null,
            reason: OPEN_ACCESS_REASON,
          });
        }
        const subject = this.transitions.subject(after, port, consumerTeam);
        await this.transitions.notify(tx, requestedNotice(subject, { requestedAt: now }));
        return { subscription: toSubscription(viewOf(after, port)), grantIds: [] };
      }),
    );
  }

  /** PENDING -> APPROVED: the expiry starts now, the grant is asked for, the count goes up. */
  private async approve(
    tx: TransactionClient,
    request: RequestContext,
    locked: LockedSubscription,
    decision: { decidedById: string | null; reason: string | null },
  ): Promise<Outcome> {
    const { subscription: before, port, consumerTeam } = locked;
    const now = new Date();
    const after = await this.repository.update(tx, before.id, {
      status: 'APPROVED',
      decidedById: decision.decidedById,
      decidedAt: now,
      decisionReason: decision.reason,
      expiresAt: expiryFor(now, before.durationDays),
    });
    const grant = await this.repository.createGrant(tx, after.id, port.kind);
    await this.repository.refreshSubscriberCount(tx, port.product.id);
    await this.transitions.audit(tx, request, 'subscription.approve', before, after, port);
    await this.transitions.notify(
      tx,
      decidedNotice(this.transitions.subject(after, port, consumerTeam), 'approved', null),
    );
    return { subscription: toSubscription(viewOf(after, port)), grantIds: [grant.id] };
  }

  /** A renewal moves the expiry on by the days asked for; the consumer is warned again before the new date. */
  private async approveRenewal(
    tx: TransactionClient,
    request: RequestContext,
    locked: LockedSubscription,
    decision: { decidedById: string | null; reason: string | null },
  ): Promise<Outcome> {
    const { subscription: before, port, consumerTeam } = locked;
    const now = new Date();
    const renewal = { requestedAt: before.renewalRequestedAt ?? now };
    const after = await this.repository.update(tx, before.id, {
      expiresAt: renewedExpiry(before.expiresAt ?? now, now, before.renewalDays ?? 0),
      expiryWarnedAt: null,
      renewalRequestedAt: null,
      renewalDays: null,
      decidedById: decision.decidedById,
      decidedAt: now,
      decisionReason: decision.reason,
    });
    await this.transitions.audit(tx, request, 'subscription.renewal_approve', before, after, port);
    const subject = this.transitions.subject(after, port, consumerTeam);
    await this.transitions.notify(tx, decidedNotice(subject, 'approved', renewal));
    return { subscription: toSubscription(viewOf(after, port)), grantIds: [] };
  }

  /**
   * Locks the subscription for a transition. Anyone but its two teams and admins gets
   * SUBSCRIPTION_NOT_FOUND, as if it did not exist; its teams get FORBIDDEN for the
   * transitions that belong to the other side.
   */
  private async lockFor(
    tx: TransactionClient,
    request: RequestContext,
    id: string,
    action: 'subscription.decide' | 'subscription.revoke' | 'subscription.renew',
  ): Promise<LockedSubscription> {
    const locked = await this.transitions.lock(tx, id);
    if (!locked) throw subscriptionNotFound();
    const resource = { teamId: locked.port.product.teamId, consumerTeamId: locked.subscription.consumerTeamId };
    this.authorization.assertVisible(request.actor, 'subscription.read', resource, subscriptionNotFound);
    this.authorization.assert(request.actor, action, resource);
    return locked;
  }

  private async afterCommit(work: Promise<Outcome>): Promise<AccessSubscription> {
    const { subscription, grantIds } = await work;
    await this.grantJobs.enqueue(grantIds);
    return subscription;
  }
}
