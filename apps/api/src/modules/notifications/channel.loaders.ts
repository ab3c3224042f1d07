import { Injectable } from '@nestjs/common';
import type { Team as TeamRow } from '../../generated/prisma/client';
import type { GraphqlContext } from '../../infra/graphql/loader-registry';
import { buildConnection, toPageRequest, type ConnectionShape, type CursorKey } from '../../infra/graphql/pagination';
import { AuthorizationService } from '../authorization/authorization.service';
import { requestContextOf } from '../identity/request-context.decorator';
import { isId } from '../products/dto/validation';
import { toDelivery, toNotificationChannel } from './channel.mapper';
import { ChannelsRepository } from './channels.repository';
import { DeliveriesRepository } from './deliveries.repository';
import type { DeliveriesArgs } from './dto/deliveries.args';
import type { Delivery } from './models/delivery.model';
import type { NotificationChannel } from './models/notification-channel.model';
import { notificationsError } from './notifications.errors';

/** Delivery cursors are [createdAt, id]; anything else did not come from this list. */
function assertDeliveryCursor(cursor: CursorKey | null): void {
  if (cursor === null) return;
  const [at, id] = cursor;
  if (
    cursor.length !== 2 ||
    typeof at !== 'string' ||
    Number.isNaN(Date.parse(at)) ||
    typeof id !== 'string' ||
    !isId(id)
  )
    throw notificationsError('INVALID_CURSOR', undefined, [{ path: 'after', message: 'not a cursor of this list' }]);
}

function groupBy<Row>(rows: readonly Row[], keyOf: (row: Row) => string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) groups.set(keyOf(row), [...(groups.get(keyOf(row)) ?? []), row]);
  return groups;
}

/**
 * Request-scoped loaders for channels under teams, their teams and their delivery history:
 * a page of teams or channels costs one statement per relation, not one per row. Channels of
 * teams the viewer does not belong to are left out, whichever path reached them.
 */
@Injectable()
export class ChannelLoaders {
  constructor(
    private readonly authorization: AuthorizationService,
    private readonly channels: ChannelsRepository,
    private readonly deliveries: DeliveriesRepository,
  ) {}

  channelsOfTeam(context: GraphqlContext, teamId: string): Promise<NotificationChannel[]> {
    const { actor } = requestContextOf(context);
    if (!this.authorization.allows(actor, 'channel.read', { teamId })) return Promise.resolve([]);
    return context.loaders
      .get('notifications.channelsOfTeam', async (teamIds: readonly string[]) => {
        const groups = groupBy(await this.channels.listByTeamIds(teamIds), (row) => row.teamId);
        return teamIds.map((id) => (groups.get(id) ?? []).map(toNotificationChannel));
      })
      .load(teamId);
  }

  team(context: GraphqlContext, teamId: string): Promise<TeamRow | null> {
    return context.loaders
      .get('notifications.teamById', async (ids: readonly string[]) => {
        const rows = new Map((await this.channels.teamsByIds(ids)).map((row) => [row.id, row]));
        return ids.map((id) => rows.get(id) ?? null);
      })
      .load(teamId);
  }

  /** The channel's deliveries, newest first; the channel was already checked readable by whoever returned it. */
  async deliveriesOf(
    context: GraphqlContext,
    channel: NotificationChannel,
    args: DeliveriesArgs,
  ): Promise<ConnectionShape<Delivery>> {
    this.authorization.assert(requestContextOf(context).actor, 'channel.read', { teamId: channel.teamId });
    const page = toPageRequest(args);
    assertDeliveryCursor(page.cursor);
    const status = args.status ?? null;
    const key = JSON.stringify([page, status]);
    const pages = context.loaders.get(`notifications.deliveriesPage:${key}`, async (ids: readonly string[]) => {
      const groups = groupBy(await this.deliveries.pagePerChannel(ids, page, status), (row) => row.channelId);
      return ids.map((id) => groups.get(id) ?? []);
    });
    const counts = context.loaders.get(
      `notifications.deliveriesCount:${JSON.stringify(status)}`,
      async (ids: readonly string[]) => {
        const totals = await this.deliveries.countPerChannel(ids, status);
        return ids.map((id) => totals.get(id) ?? 0);
      },
    );
    return buildConnection(await pages.load(channel.id), page, {
      cursorOf: (row) => [row.createdAt.toISOString(), row.id],
      countTotal: () => counts.load(channel.id),
      toNode: toDelivery,
    });
  }
}
