import type { Grant } from './models/subscription.model';
import type { AccessSubscription } from './models/subscription.model';
import type { GrantRow, PortWithProduct, SubscriptionRow, SubscriptionView } from './subscriptions.repository';

/** A view of a row changed in a transition: the port it was locked with says whose product it is. */
export function viewOf(row: SubscriptionRow, port: PortWithProduct): SubscriptionView {
  return { ...row, productId: port.product.id, ownerTeamId: port.product.teamId };
}

export function toSubscription(row: SubscriptionView): AccessSubscription {
  return {
    id: row.id,
    status: row.status,
    purpose: row.purpose,
    durationDays: row.durationDays,
    requestedAt: row.createdAt,
    decidedAt: row.decidedAt,
    decisionReason: row.decisionReason,
    expiresAt: row.expiresAt,
    renewalRequestedAt: row.renewalRequestedAt,
    renewalDays: row.renewalDays,
    endedAt: row.endedAt,
    endReason: row.endReason,
    updatedAt: row.updatedAt,
    portId: row.portId,
    productId: row.productId,
    ownerTeamId: row.ownerTeamId,
    consumerTeamId: row.consumerTeamId,
    requestedById: row.requestedById,
    decidedById: row.decidedById,
    endedById: row.endedById,
  };
}

export function toGrant(row: GrantRow): Grant {
  return {
    id: row.id,
    portKind: row.portKind,
    desired: row.desired === 'REVOKE' ? 'REVOKE' : 'GRANT',
    status: row.status,
    records: Array.isArray(row.records) ? (row.records as Record<string, unknown>[]) : [],
    attempts: row.attempts,
    lastError: row.lastError,
    lastErrorCode: row.lastErrorCode,
    lastAttemptAt: row.lastAttemptAt,
    lastVerifiedAt: row.lastVerifiedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
