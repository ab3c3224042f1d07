import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import type { Team, User } from '../../generated/prisma/client';
import type { GraphqlContext } from '../../infra/graphql/loader-registry';
import { buildConnection, toPageRequest, type ConnectionShape } from '../../infra/graphql/pagination';
import { AuthorizationService } from '../authorization/authorization.service';
import type { Resource } from '../authorization/policy';
import { teamIdsOf, type Actor } from '../identity/actor';
import { requestContextOf } from '../identity/request-context.decorator';
import { isId } from '../products/dto/validation';
import { accessError } from './access.errors';
import type { SubscriptionsArgs } from './dto/subscriptions.args';
import type { Grant, AccessSubscription } from './models/subscription.model';
import { cursorOf, type SubscriptionParent } from './subscription-lists.sql';
import { toGrant, toSubscription } from './subscription.mapper';
import { SubscriptionsRepository, type SubscriptionView } from './subscriptions.repository';

function byId<Row extends { id: string }>(rows: readonly Row[]): Map<string, Row> {
  return new Map(rows.map((row) => [row.id, row]));
}

function groupBy<Row>(rows: readonly Row[], keyOf: (row: Row) => string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const group = groups.get(keyOf(row));
    if (group) group.push(row);
    else groups.set(keyOf(row), [row]);
  }
  return groups;
}

export function subscriptionResource(row: { ownerTeamId: string; consumerTeamId: string }): Resource {
  return { teamId: row.ownerTeamId, consumerTeamId: row.consumerTeamId };
}

/**
 * The read side of subscriptions: request-scoped DataLoaders, so a page of teams with their
 * subscriptions, grants and consumer teams costs the same statements as one team. A
 * subscription is readable by its two teams and admins only; the list fields check that for
 * their parent before anything is read.
 */
@Injectable()
export class SubscriptionLoaders {
  constructor(
    private readonly authorization: AuthorizationService,
    private readonly repository: SubscriptionsRepository,
  ) {}

  actorOf(context: GraphqlContext): Actor {
    return requestContextOf(context).actor;
  }

  /** Subscriptions by id; null when missing or not readable by the viewer. */
  readable(context: GraphqlContext): DataLoader<string, SubscriptionView | null> {
    const actor = this.actorOf(context);
    return context.loaders.get('access.readableSubscriptionById', async (ids: readonly string[]) => {
      const rows = byId(await this.repository.findViewsByIds(ids));
      return ids.map((id) => {
        const row = rows.get(id);
        return row && this.authorization.allows(actor, 'subscription.read', subscriptionResource(row)) ? row : null;
      });
    });
  }

  /** The `subscription` query: NOT_FOUND for a missing subscription and for one of other teams alike. */
  async subscription(context: GraphqlContext, id: string): Promise<AccessSubscription> {
    this.authorization.assert(this.actorOf(context), 'catalog.read');
    const row = isId(id) ? await this.readable(context).load(id) : null;
    if (!row) throw accessError('SUBSCRIPTION_NOT_FOUND');
    return toSubscription(row);
  }

  grantsOf(context: GraphqlContext): DataLoader<string, Grant[]> {
    return context.loaders.get('access.grantsBySubscriptionId', async (ids: readonly string[]) => {
      const groups = groupBy(await this.repository.grantsOfSubscriptions(ids), (row) => row.subscriptionId);
      return ids.map((id) => (groups.get(id) ?? []).map(toGrant));
    });
  }

  team(context: GraphqlContext): DataLoader<string, Team | null> {
    return context.loaders.get('access.teamById', async (ids: readonly string[]) => {
      const rows = byId(await this.repository.teamsByIds(ids));
      return ids.map((id) => rows.get(id) ?? null);
    });
  }

  user(context: GraphqlContext): DataLoader<string, User | null> {
    return context.loaders.get('access.userById', async (ids: readonly string[]) => {
      const rows = byId(await this.repository.usersByIds(ids));
      return ids.map((id) => rows.get(id) ?? null);
    });
  }

  /** The subscriptions of every team the viewer belongs to (as consumer). */
  async mine(context: GraphqlContext, args: SubscriptionsArgs): Promise<ConnectionShape<AccessSubscription>> {
    const actor = this.actorOf(context);
    this.authorization.assert(actor, 'catalog.read');
    const page = toPageRequest(args);
    const teamIds = teamIdsOf(actor);
    const statuses = args.statuses ?? null;
    const rows = teamIds.length === 0 ? [] : await this.repository.listOfTeams(teamIds, { statuses, page });
    return buildConnection(rows, page, {
      cursorOf,
      countTotal: () => (teamIds.length === 0 ? Promise.resolve(0) : this.repository.countOfTeams(teamIds, statuses)),
      toNode: toSubscription,
    });
  }

  /**
   * A team's subscriptions, a team's inbox or a port's subscribers, or null when the viewer may
   * not read that list (`resource` says whose it is). The pages of every parent in the
   * response that ask with the same arguments are read in one statement, their counts in another.
   */
  async listOf(
    context: GraphqlContext,
    parent: SubscriptionParent,
    parentId: string,
    resource: Resource,
    args: SubscriptionsArgs,
  ): Promise<ConnectionShape<AccessSubscription> | null> {
    if (!this.authorization.allows(this.actorOf(context), 'subscription.read', resource)) return null;
    const page = toPageRequest(args);
    const statuses = args.statuses ?? null;
    const pages = context.loaders.get(
      `access.pageOf:${JSON.stringify([parent, statuses, page])}`,
      async (ids: readonly string[]) => {
        const groups = groupBy(
          await this.repository.listPerParent(parent, ids, { statuses, page }),
          (row) => row.parentId,
        );
        return ids.map((id) => groups.get(id) ?? []);
      },
    );
    const counts = context.loaders.get(
      `access.countOf:${JSON.stringify([parent, statuses])}`,
      async (ids: readonly string[]) => {
        const totals = await this.repository.countPerParent(parent, ids, statuses);
        return ids.map((id) => totals.get(id) ?? 0);
      },
    );
    const rows = await pages.load(parentId);
    return buildConnection(rows, page, {
      cursorOf,
      countTotal: () => counts.load(parentId),
      toNode: toSubscription,
    });
  }
}
