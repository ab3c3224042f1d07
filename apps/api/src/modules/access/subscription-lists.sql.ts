import { Prisma } from '../../generated/prisma/client';
import type { CursorKey, PageRequest } from '../../infra/graphql/pagination';
import { accessError } from './access.errors';

/**
 * SQL for lists of subscriptions, newest first: a consumer team's subscriptions, an owning
 * team's inbox of open requests, a port's subscribers, and the viewer's own. Every list reads
 * `subscriptions s` joined to its port `o` and product `p`, and pages by (created_at, id).
 */

/** Every column of a subscription, named as Prisma names them, so raw and Prisma reads share one row type. */
export const SUBSCRIPTION_COLUMNS = Prisma.sql`
  s.id::text AS "id", s.port_id::text AS "portId", s.consumer_team_id::text AS "consumerTeamId",
  s.requested_by_id::text AS "requestedById", s.purpose, s.duration_days AS "durationDays",
  s.status::text AS "status", s.decided_by_id::text AS "decidedById", s.decided_at AS "decidedAt",
  s.decision_reason AS "decisionReason", s.expires_at AS "expiresAt", s.expiry_warned_at AS "expiryWarnedAt",
  s.renewal_requested_at AS "renewalRequestedAt", s.renewal_days AS "renewalDays",
  s.ended_by_id::text AS "endedById", s.ended_at AS "endedAt", s.end_reason AS "endReason",
  s.created_at AS "createdAt", s.updated_at AS "updatedAt"`;

/** A subscription with its product and owning team, which every reader's access check needs. */
export const SUBSCRIPTION_VIEW_COLUMNS = Prisma.sql`${SUBSCRIPTION_COLUMNS}, o.product_id::text AS "productId", p.team_id::text AS "ownerTeamId"`;

export const SUBSCRIPTIONS_FROM = Prisma.sql`subscriptions s JOIN output_ports o ON o.id = s.port_id JOIN data_products p ON p.id = o.product_id`;

/** Lists nested under a parent, read for many parents in one statement. */
export type SubscriptionParent = 'consumerTeam' | 'ownerInbox' | 'port';

/** An owner's inbox: first requests waiting for a decision, and renewals of approved ones. */
const OPEN_REQUEST = Prisma.sql`(s.status = 'PENDING' OR (s.status = 'APPROVED' AND s.renewal_requested_at IS NOT NULL))`;

export function parentCondition(parent: SubscriptionParent, parentId: Prisma.Sql): Prisma.Sql {
  switch (parent) {
    case 'consumerTeam':
      return Prisma.sql`s.consumer_team_id = ${parentId}`;
    case 'port':
      return Prisma.sql`s.port_id = ${parentId}`;
    case 'ownerInbox':
      return Prisma.sql`p.team_id = ${parentId} AND ${OPEN_REQUEST}`;
  }
}

export function parentColumn(parent: SubscriptionParent): Prisma.Sql {
  return parent === 'consumerTeam'
    ? Prisma.sql`s.consumer_team_id`
    : parent === 'port'
      ? Prisma.sql`s.port_id`
      : Prisma.sql`p.team_id`;
}

export function statusCondition(statuses: readonly string[] | null): Prisma.Sql[] {
  return statuses && statuses.length > 0 ? [Prisma.sql`s.status = ANY(${[...statuses]}::"SubscriptionStatus"[])`] : [];
}

export function cursorOf(row: { createdAt: Date; id: string }): CursorKey {
  return ['CREATED_AT', row.createdAt.toISOString(), row.id];
}

function readCursor(cursor: CursorKey, path: string): { at: string; id: string } {
  const [order, at, id] = cursor;
  if (
    cursor.length !== 3 ||
    order !== 'CREATED_AT' ||
    typeof at !== 'string' ||
    Number.isNaN(Date.parse(at)) ||
    typeof id !== 'string' ||
    !/^[0-9a-f-]{36}$/i.test(id)
  ) {
    throw accessError('INVALID_CURSOR', undefined, [{ path, message: 'not a cursor of this list' }]);
  }
  return { at, id };
}

/** ORDER BY, the keyset condition and the LIMIT (one extra row tells whether more follow). */
export function pageClauses(page: PageRequest): { after: Prisma.Sql | null; orderBy: Prisma.Sql; limit: number } {
  const forward = page.direction === 'forward';
  const orderBy = forward ? Prisma.sql`s.created_at DESC, s.id DESC` : Prisma.sql`s.created_at ASC, s.id ASC`;
  if (page.cursor === null) return { after: null, orderBy, limit: page.limit + 1 };
  const key = readCursor(page.cursor, forward ? 'after' : 'before');
  const after = forward
    ? Prisma.sql`(s.created_at, s.id) < (${key.at}::timestamptz, ${key.id}::uuid)`
    : Prisma.sql`(s.created_at, s.id) > (${key.at}::timestamptz, ${key.id}::uuid)`;
  return { after, orderBy, limit: page.limit + 1 };
}

export function whereAll(conditions: readonly Prisma.Sql[]): Prisma.Sql {
  return conditions.length === 0 ? Prisma.sql`TRUE` : Prisma.join(conditions, ' AND ');
}
