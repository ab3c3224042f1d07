import { Injectable } from '@nestjs/common';
import { Prisma, type Delivery, type DeliveryStatus, type NotificationChannel } from '../../generated/prisma/client';
import type { PageRequest } from '../../infra/graphql/pagination';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { TransactionClient } from '../audit/audit.service';
import type { StoredNotification } from './notification-types';

export type DeliveryRow = Delivery;

/** A delivery with its channel and the channel's team slug (for links), as the worker sends it. */
export type DeliveryToSend = Delivery & { channel: NotificationChannel & { team: { slug: string; name: string } } };

/** How an attempt ended, as recorded on the row. */
export interface AttemptRecord {
  readonly statusCode: number | null;
  readonly error: string | null;
  readonly at: Date;
}

const ERROR_LIMIT = 2_000;

/** Where a keyset page of deliveries (oldest first) continues. */
export interface DeliveryKey {
  readonly id: string;
  readonly createdAt: Date;
}

function keysetAfter(after: DeliveryKey | null): Prisma.DeliveryWhereInput {
  if (after === null) return {};
  return {
    OR: [{ createdAt: { gt: after.createdAt } }, { createdAt: after.createdAt, id: { gt: after.id } }],
  };
}

/** Deliveries: written in callers' transactions, paged for history, updated by the worker per attempt. */
@Injectable()
export class DeliveriesRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(work: (tx: TransactionClient) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(work);
  }

  /**
   * One delivery per enabled channel of the team, in the caller's transaction. The unique
   * (channel, idempotency key) makes a repeat a no-op, so a retried caller notifies once.
   * Returns how many deliveries were new.
   */
  insertForTeam(tx: TransactionClient, notification: StoredNotification): Promise<number> {
    return tx.$executeRaw`
      INSERT INTO deliveries (channel_id, idempotency_key, event_type, payload)
      SELECT c.id, ${notification.idempotencyKey}, ${notification.type}, ${JSON.stringify(notification)}::jsonb
        FROM notification_channels c
       WHERE c.team_id = ${notification.teamId}::uuid AND c.enabled
      ON CONFLICT (channel_id, idempotency_key) DO NOTHING`;
  }

  /** One delivery to one channel (test notifications). */
  insertForChannel(tx: TransactionClient, channelId: string, notification: StoredNotification): Promise<DeliveryRow> {
    return tx.delivery.create({
      data: {
        channelId,
        idempotencyKey: notification.idempotencyKey,
        eventType: notification.type,
        payload: notification as unknown as Prisma.InputJsonValue,
      },
    });
  }

  /** A page of a channel's deliveries per channel, newest first; one statement for all channels. */
  async pagePerChannel(
    channelIds: readonly string[],
    page: PageRequest,
    status: DeliveryStatus | null,
  ): Promise<DeliveryRow[]> {
    const forward = page.direction === 'forward';
    const orderBy = forward ? Prisma.sql`d.created_at DESC, d.id DESC` : Prisma.sql`d.created_at ASC, d.id ASC`;
    const conditions = [Prisma.sql`d.channel_id = parent.id`];
    if (status !== null) conditions.push(Prisma.sql`d.status = ${status}::"DeliveryStatus"`);
    if (page.cursor !== null) {
      const [at, id] = page.cursor as [string, string];
      conditions.push(
        forward
          ? Prisma.sql`(d.created_at, d.id) < (${at}::timestamptz, ${id}::uuid)`
          : Prisma.sql`(d.created_at, d.id) > (${at}::timestamptz, ${id}::uuid)`,
      );
    }
    const rows = await this.prisma.$queryRaw<(DeliveryRow & { position: number })[]>`
      SELECT page.* FROM unnest(${[...channelIds]}::uuid[]) WITH ORDINALITY AS parent(id, ordinal)
      CROSS JOIN LATERAL (
        SELECT d.id, d.channel_id AS "channelId", d.idempotency_key AS "idempotencyKey",
               d.event_type AS "eventType", d.payload, d.status::text AS status, d.attempts,
               d.last_error AS "lastError", d.last_status_code AS "lastStatusCode",
               d.created_at AS "createdAt", d.updated_at AS "updatedAt", d.delivered_at AS "deliveredAt",
               (row_number() OVER (ORDER BY ${orderBy}))::int AS "position"
          FROM deliveries d WHERE ${Prisma.join(conditions, ' AND ')} ORDER BY ${orderBy} LIMIT ${page.limit + 1}
      ) AS page
      ORDER BY parent.ordinal, page."position"`;
    return rows.map(({ position: _position, ...row }) => row);
  }

  async countPerChannel(channelIds: readonly string[], status: DeliveryStatus | null): Promise<Map<string, number>> {
    const rows = await this.prisma.delivery.groupBy({
      by: ['channelId'],
      where: { channelId: { in: [...channelIds] }, ...(status !== null ? { status } : {}) },
      _count: { _all: true },
    });
    return new Map(rows.map((row) => [row.channelId, row._count._all]));
  }

  findToSend(id: string): Promise<DeliveryToSend | null> {
    return this.prisma.delivery.findUnique({
      where: { id },
      include: { channel: { include: { team: { select: { slug: true, name: true } } } } },
    });
  }

  /**
   * Deliveries never attempted, oldest first, after `after` (keyset paging): the dispatcher
   * enqueues them after commit.
   */
  newIds(limit: number, after: DeliveryKey | null): Promise<DeliveryKey[]> {
    return this.prisma.delivery.findMany({
      where: { status: 'PENDING', attempts: 0, ...keysetAfter(after) },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: limit,
      select: { id: true, createdAt: true },
    });
  }

  /** Deliveries not finished (PENDING or RETRYING) and untouched since `before`, oldest first: what the sweep checks. */
  unfinishedIds(limit: number, untouchedSince: Date, after: DeliveryKey | null): Promise<DeliveryKey[]> {
    return this.prisma.delivery.findMany({
      where: { status: { in: ['PENDING', 'RETRYING'] }, updatedAt: { lt: untouchedSince }, ...keysetAfter(after) },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: limit,
      select: { id: true, createdAt: true },
    });
  }

  /** Only an unfinished delivery changes: a late repeat of a finished job writes nothing. */
  async markDelivered(id: string, attempt: AttemptRecord): Promise<boolean> {
    const { count } = await this.prisma.delivery.updateMany({
      where: { id, status: { in: ['PENDING', 'RETRYING'] } },
      data: {
        status: 'DELIVERED',
        attempts: { increment: 1 },
        lastStatusCode: attempt.statusCode,
        lastError: null,
        deliveredAt: attempt.at,
      },
    });
    return count === 1;
  }

  async markFailed(
    id: string,
    attempt: AttemptRecord,
    status: Extract<DeliveryStatus, 'RETRYING' | 'DEAD'>,
    tx?: TransactionClient,
  ): Promise<boolean> {
    const { count } = await (tx ?? this.prisma).delivery.updateMany({
      where: { id, status: { in: ['PENDING', 'RETRYING'] } },
      data: {
        status,
        attempts: { increment: 1 },
        lastStatusCode: attempt.statusCode,
        lastError: attempt.error?.slice(0, ERROR_LIMIT) ?? null,
      },
    });
    return count === 1;
  }

  /** Ends a delivery without an attempt (its channel was disabled or removed meanwhile). */
  async markAbandoned(id: string, reason: string): Promise<void> {
    await this.prisma.delivery.updateMany({
      where: { id, status: { in: ['PENDING', 'RETRYING'] } },
      data: { status: 'DEAD', lastError: reason.slice(0, ERROR_LIMIT) },
    });
  }
}
