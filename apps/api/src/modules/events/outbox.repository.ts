import { Injectable } from '@nestjs/common';
import type { Prisma } from '../../generated/prisma/client';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { TransactionClient } from '../audit/audit.service';

export interface OutboxRow {
  id: string;
  position: bigint;
  event_type: string;
  aggregate_type: string;
  aggregate_id: string;
  data_version: number;
  payload: Prisma.JsonValue;
  occurred_at: Date;
}

export interface BacklogStats {
  readonly backlog: number;
  readonly oldestAgeSeconds: number | null;
}

/** The outbox table: appends in the caller's transaction, and the relay's claim queries. */
@Injectable()
export class OutboxRepository {
  constructor(private readonly prisma: PrismaService) {}

  append(
    tx: TransactionClient,
    row: {
      id: string;
      eventType: string;
      aggregateType: string;
      aggregateId: string;
      dataVersion: number;
      payload: Prisma.InputJsonValue;
      occurredAt: Date;
    },
  ) {
    return tx.outboxEvent.create({ data: row, select: { id: true } });
  }

  /**
   * Claims up to `limit` unpublished events in commit order, locking them for this
   * transaction; rows another relay holds are skipped. An event is returned only when no
   * earlier unpublished event of its aggregate is held elsewhere, so two relays never
   * publish one aggregate's events out of order.
   */
  claimBatch(tx: TransactionClient, limit: number): Promise<OutboxRow[]> {
    return tx.$queryRaw<OutboxRow[]>`
      WITH claimed AS (
        SELECT id, aggregate_id, position
          FROM outbox_events
         WHERE published_at IS NULL
         ORDER BY position
         LIMIT ${limit}
           FOR UPDATE SKIP LOCKED
      )
      SELECT o.id, o.position, o.event_type, o.aggregate_type, o.aggregate_id, o.data_version, o.payload, o.occurred_at
        FROM outbox_events o
        JOIN claimed c ON c.id = o.id
       WHERE NOT EXISTS (
               SELECT 1 FROM outbox_events e
                WHERE e.aggregate_id = o.aggregate_id
                  AND e.published_at IS NULL
                  AND e.position < o.position
                  AND e.id NOT IN (SELECT id FROM claimed))
       ORDER BY o.position`;
  }

  markPublished(tx: TransactionClient, ids: readonly string[], at: Date) {
    return tx.outboxEvent.updateMany({ where: { id: { in: [...ids] } }, data: { publishedAt: at } });
  }

  /** Outside the claim's transaction (which rolls back on failure): counts failed attempts. */
  async recordFailure(ids: readonly string[], error: string): Promise<void> {
    await this.prisma.outboxEvent.updateMany({
      where: { id: { in: [...ids] }, publishedAt: null },
      data: { attempts: { increment: 1 }, lastError: error.slice(0, 2000) },
    });
  }

  async backlog(): Promise<BacklogStats> {
    const [row] = await this.prisma.$queryRaw<{ backlog: bigint; oldest: Date | null }[]>`
      SELECT count(*) AS backlog, min(occurred_at) AS oldest FROM outbox_events WHERE published_at IS NULL`;
    return {
      backlog: Number(row?.backlog ?? 0),
      oldestAgeSeconds: row?.oldest ? Math.max(0, (Date.now() - row.oldest.getTime()) / 1000) : null,
    };
  }

  async deletePublishedBefore(cutoff: Date): Promise<number> {
    const result = await this.prisma.outboxEvent.deleteMany({ where: { publishedAt: { lt: cutoff } } });
    return result.count;
  }

  transaction<T>(run: (tx: TransactionClient) => Promise<T>, timeoutMs: number): Promise<T> {
    return this.prisma.$transaction(run, { timeout: timeoutMs, maxWait: timeoutMs });
  }
}
