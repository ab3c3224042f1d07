import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AuthorizationService } from '../authorization/authorization.service';
import type { RequestContext } from '../identity/actor';
import { AlertOptInsRepository } from './alert-opt-ins.repository';
import type { SetFreshnessAlertsCommand } from './dto/set-freshness-alerts.input';
import { freshnessError } from './freshness.errors';

const subscriptionNotFound = () => freshnessError('SUBSCRIPTION_NOT_FOUND');

/**
 * A consumer team chooses to hear about the freshness incidents of a port it subscribes to.
 * The opt-in belongs to the subscription: alerts flow while it is APPROVED, and it ends with it.
 */
@Injectable()
export class AlertOptInsService {
  constructor(
    private readonly authorization: AuthorizationService,
    private readonly optIns: AlertOptInsRepository,
    private readonly audit: AuditService,
  ) {}

  async setAlerts(
    request: RequestContext,
    input: SetFreshnessAlertsCommand,
  ): Promise<{ subscriptionId: string; enabled: boolean }> {
    this.authorization.assert(request.actor, 'catalog.write');
    return this.optIns.transaction(async (tx) => {
      const subscription = await this.optIns.lockSubscription(tx, input.subscriptionId);
      if (!subscription) throw subscriptionNotFound();
      // Visible to the consumer and the owning team only; anyone else sees NOT_FOUND.
      this.authorization.assertVisible(
        request.actor,
        'subscription.read',
        { teamId: subscription.ownerTeamId, consumerTeamId: subscription.consumerTeamId },
        subscriptionNotFound,
      );
      this.authorization.assert(request.actor, 'freshness.optIn', { consumerTeamId: subscription.consumerTeamId });
      if (input.enabled && !['PENDING', 'APPROVED'].includes(subscription.status))
        throw freshnessError('SUBSCRIPTION_ENDED');
      if (subscription.optedIn === input.enabled) return { subscriptionId: subscription.id, enabled: input.enabled };
      if (input.enabled) await this.optIns.optIn(tx, subscription.id);
      else await this.optIns.optOut(tx, subscription.id);
      await this.audit.record(tx, request, {
        action: input.enabled ? 'freshness_alerts.opt_in' : 'freshness_alerts.opt_out',
        entityType: 'subscription',
        entityId: subscription.id,
        teamId: subscription.consumerTeamId,
        before: { freshnessAlerts: subscription.optedIn },
        after: { freshnessAlerts: input.enabled },
      });
      return { subscriptionId: subscription.id, enabled: input.enabled };
    });
  }
}
