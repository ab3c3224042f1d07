import { Injectable } from '@nestjs/common';
import {
  Prisma,
  type AccessMode,
  type Classification,
  type Grant,
  type PortKind,
  type ProductStatus,
  type Subscription,
  type Team,
  type User,
} from '../../generated/prisma/client';
import type { PageRequest } from '../../infra/graphql/pagination';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { TransactionClient } from '../audit/audit.service';
import { accessError } from './access.errors';
import {
  pageClauses,
  parentColumn,
  parentCondition,
  statusCondition,
  SUBSCRIPTION_COLUMNS,
  SUBSCRIPTION_VIEW_COLUMNS,
  SUBSCRIPTIONS_FROM,
  whereAll,
  type SubscriptionParent,
} from './subscription-lists.sql';

export type SubscriptionRow = Subscription;
/** A subscription as lists and lookups read it: with its product and the product's owning team. */
export type SubscriptionView = SubscriptionRow & { productId: string; ownerTeamId: string };
export type GrantRow = Grant;

/** The port a subscription is for, with what the rules need of its product. */
export interface PortWithProduct {
  readonly id: string;
  readonly name: string;
  readonly kind: PortKind;
  readonly location: Prisma.JsonValue;
  readonly product: {
    readonly id: string;
    readonly slug: string;
    readonly name: string;
    readonly teamId: string;
    readonly status: ProductStatus;
    readonly accessMode: AccessMode;
    readonly classification: Classification;
  };
}

export type SubscriptionData = Pick<
  Prisma.SubscriptionUncheckedCreateInput,
  | 'portId'
  | 'consumerTeamId'
  | 'requestedById'
  | 'purpose'
  | 'durationDays'
  | 'status'
  | 'decidedById'
  | 'decidedAt'
  | 'decisionReason'
  | 'expiresAt'
>;

export type SubscriptionChange = Pick<
  Prisma.SubscriptionUncheckedUpdateInput,
  | 'status'
  | 'decidedById'
  | 'decidedAt'
  | 'decisionReason'
  | 'expiresAt'
  | 'expiryWarnedAt'
  | 'renewalRequestedAt'
  | 'renewalDays'
  | 'endedById'
  | 'endedAt'
  | 'endReason'
>;

export interface SubscriptionListQuery {
  readonly statuses: readonly string[] | null;
  readonly page: PageRequest;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

const PORT_WITH_PRODUCT = {
  id: true,
  name: true,
  kind: true,
  location: true,
  product: {
    select: { id: true, slug: true, name: true, teamId: true, status: true, accessMode: true, classification: true },
  },
} satisfies Prisma.OutputPortSelect;

/** Subscriptions, their grants, and the counters they feed. The only Prisma user of the API side of access. */
@Injectable()
export class SubscriptionsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Runs a transition, its grant changes, audit event and notifications in one transaction. */
  transaction<T>(work: (tx: TransactionClient) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(work);
  }

  findById(id: string, tx?: TransactionClient): Promise<SubscriptionRow | null> {
    return (tx ?? this.prisma).subscription.findUnique({ where: { id } });
  }

  findViewsByIds(ids: readonly string[]): Promise<SubscriptionView[]> {
    return this.prisma.$queryRaw<SubscriptionView[]>`
      SELECT ${SUBSCRIPTION_VIEW_COLUMNS} FROM ${SUBSCRIPTIONS_FROM} WHERE s.id = ANY(${[...ids]}::uuid[])`;
  }

  /** Reads the subscription and locks it until the transaction ends: transitions apply one at a time. */
  async lockById(tx: TransactionClient, id: string): Promise<SubscriptionRow | null> {
    const rows = await tx.$queryRaw<SubscriptionRow[]>`
      SELECT ${SUBSCRIPTION_COLUMNS} FROM subscriptions s WHERE s.id = ${id}::uuid FOR UPDATE`;
    return rows[0] ?? null;
  }

  findPort(portId: string, tx?: TransactionClient): Promise<PortWithProduct | null> {
    return (tx ?? this.prisma).outputPort.findUnique({ where: { id: portId }, select: PORT_WITH_PRODUCT });
  }

  /**
   * Locks the product first, in every transition: its subscriber count is recomputed later in
   * the same transaction, and under the lock that count sees every committed transition.
   */
  async lockProduct(tx: TransactionClient, productId: string): Promise<void> {
    await tx.$queryRaw`SELECT id FROM data_products WHERE id = ${productId}::uuid FOR UPDATE`;
  }

  findTeam(id: string, tx?: TransactionClient): Promise<Team | null> {
    return (tx ?? this.prisma).team.findUnique({ where: { id } });
  }

  async create(tx: TransactionClient, data: SubscriptionData): Promise<SubscriptionRow> {
    try {
      return await tx.subscription.create({ data });
    } catch (error) {
      // The partial unique index subscriptions_one_live_per_team: one PENDING or APPROVED per team and port.
      if (isUniqueViolation(error))
        throw accessError('SUBSCRIPTION_EXISTS', undefined, [{ path: 'portId', message: 'already subscribed' }]);
      throw error;
    }
  }

  update(tx: TransactionClient, id: string, data: SubscriptionChange): Promise<SubscriptionRow> {
    return tx.subscription.update({ where: { id }, data });
  }

  /** The grant an approval asks for; the provisioning job makes it real after commit. */
  createGrant(tx: TransactionClient, subscriptionId: string, portKind: PortKind): Promise<GrantRow> {
    return tx.grant.create({ data: { subscriptionId, portKind, desired: 'GRANT', status: 'PENDING' } });
  }

  /** Turns the subscription's grants to REVOKE; returns the ones the job must now remove. */
  async requestRevocation(tx: TransactionClient, subscriptionId: string): Promise<string[]> {
    const grants = await tx.grant.findMany({
      where: { subscriptionId, desired: 'GRANT' },
      select: { id: true },
    });
    if (grants.length === 0) return [];
    await tx.grant.updateMany({
      where: { id: { in: grants.map((grant) => grant.id) } },
      data: { desired: 'REVOKE', status: 'PENDING', attempts: 0, lastError: null, lastErrorCode: null },
    });
    return grants.map((grant) => grant.id);
  }

  /** Approved subscriptions across the product's ports; the popularity sort reads it. */
  async refreshSubscriberCount(tx: TransactionClient, productId: string): Promise<void> {
    await tx.$executeRaw`
      UPDATE data_products d SET subscriber_count = (
        SELECT count(*)::int FROM subscriptions s JOIN output_ports o ON o.id = s.port_id
        WHERE o.product_id = d.id AND s.status = 'APPROVED')
      WHERE d.id = ${productId}::uuid`;
  }

  /** The viewer's own subscriptions: those of every team given. */
  async listOfTeams(teamIds: readonly string[], query: SubscriptionListQuery): Promise<SubscriptionView[]> {
    const { after, orderBy, limit } = pageClauses(query.page);
    const conditions = [
      Prisma.sql`s.consumer_team_id = ANY(${[...teamIds]}::uuid[])`,
      ...statusCondition(query.statuses),
    ];
    if (after) conditions.push(after);
    return this.prisma.$queryRaw<SubscriptionView[]>`
      SELECT ${SUBSCRIPTION_VIEW_COLUMNS} FROM ${SUBSCRIPTIONS_FROM} WHERE ${whereAll(conditions)} ORDER BY ${orderBy} LIMIT ${limit}`;
  }

  async countOfTeams(teamIds: readonly string[], statuses: readonly string[] | null): Promise<number> {
    const conditions = [Prisma.sql`s.consumer_team_id = ANY(${[...teamIds]}::uuid[])`, ...statusCondition(statuses)];
    const rows = await this.prisma.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS "count" FROM ${SUBSCRIPTIONS_FROM} WHERE ${whereAll(conditions)}`;
    return rows[0]?.count ?? 0;
  }

  /** One page per parent (team, inbox or port), for many of them in one statement. */
  async listPerParent(
    parent: SubscriptionParent,
    parentIds: readonly string[],
    query: SubscriptionListQuery,
  ): Promise<(SubscriptionView & { parentId: string })[]> {
    const { after, orderBy, limit } = pageClauses(query.page);
    const conditions = [parentCondition(parent, Prisma.sql`parent.id`), ...statusCondition(query.statuses)];
    if (after) conditions.push(after);
    const rows = await this.prisma.$queryRaw<(SubscriptionView & { parentId: string; position: number })[]>`
      SELECT parent.id::text AS "parentId", page.* FROM unnest(${[...parentIds]}::uuid[]) WITH ORDINALITY AS parent(id, ordinal)
      CROSS JOIN LATERAL (
        SELECT ${SUBSCRIPTION_VIEW_COLUMNS}, (row_number() OVER (ORDER BY ${orderBy}))::int AS "position"
        FROM ${SUBSCRIPTIONS_FROM} WHERE ${whereAll(conditions)} ORDER BY ${orderBy} LIMIT ${limit}
      ) AS page
      ORDER BY parent.ordinal, page."position"`;
    return rows.map(({ position: _position, ...row }) => row);
  }

  async countPerParent(
    parent: SubscriptionParent,
    parentIds: readonly string[],
    statuses: readonly string[] | null,
  ): Promise<Map<string, number>> {
    const column = parentColumn(parent);
    const conditions = [
      parentCondition(parent, Prisma.sql`ANY(${[...parentIds]}::uuid[])`),
      ...statusCondition(statuses),
    ];
    const rows = await this.prisma.$queryRaw<{ parentId: string; count: number }[]>`
      SELECT ${column}::text AS "parentId", count(*)::int AS "count" FROM ${SUBSCRIPTIONS_FROM}
      WHERE ${whereAll(conditions)} GROUP BY ${column}`;
    return new Map(rows.map((row) => [row.parentId, row.count]));
  }

  grantsOfSubscriptions(subscriptionIds: readonly string[]): Promise<GrantRow[]> {
    return this.prisma.grant.findMany({
      where: { subscriptionId: { in: [...subscriptionIds] } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  /** Approved subscriptions expiring before `warnBefore` whose consumers were not warned yet. */
  async idsToWarn(now: Date, warnBefore: Date, limit: number): Promise<string[]> {
    const rows = await this.prisma.subscription.findMany({
      where: { status: 'APPROVED', expiryWarnedAt: null, expiresAt: { gt: now, lte: warnBefore } },
      select: { id: true },
      orderBy: { expiresAt: 'asc' },
      take: limit,
    });
    return rows.map((row) => row.id);
  }

  /** Approved subscriptions whose expiry has passed. */
  async idsToExpire(now: Date, limit: number): Promise<string[]> {
    const rows = await this.prisma.subscription.findMany({
      where: { status: 'APPROVED', expiresAt: { lte: now } },
      select: { id: true },
      orderBy: { expiresAt: 'asc' },
      take: limit,
    });
    return rows.map((row) => row.id);
  }

  /** Live (pending or approved) subscriptions to ports of RETIRED products. */
  async idsOfRetiredProducts(limit: number): Promise<string[]> {
    const rows = await this.prisma.subscription.findMany({
      where: { status: { in: ['PENDING', 'APPROVED'] }, port: { product: { status: 'RETIRED' } } },
      select: { id: true },
      orderBy: { createdAt: 'asc' },
      take: limit,
    });
    return rows.map((row) => row.id);
  }

  teamsByIds(ids: readonly string[]): Promise<Team[]> {
    return this.prisma.team.findMany({ where: { id: { in: [...ids] } } });
  }

  usersByIds(ids: readonly string[]): Promise<User[]> {
    return this.prisma.user.findMany({ where: { id: { in: [...ids] } } });
  }
}
