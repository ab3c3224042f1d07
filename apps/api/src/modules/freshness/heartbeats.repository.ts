import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { Heartbeat, HeartbeatStore } from './checkers';

/**
 * The newest heartbeat per port (table port_heartbeats): the PUSH checker's HeartbeatStore
 * and the writer behind `reportFreshness` and the REST heartbeat.
 */
@Injectable()
export class HeartbeatsRepository implements HeartbeatStore {
  constructor(private readonly prisma: PrismaService) {}

  async latestHeartbeat(portId: string): Promise<Heartbeat | null> {
    const row = await this.prisma.portHeartbeat.findUnique({ where: { portId } });
    return row ? { lastUpdatedAt: row.lastUpdatedAt, receivedAt: row.receivedAt } : null;
  }

  /**
   * Keeps the newest reported time: a retried or reordered older report never moves
   * freshness backwards. One statement, so concurrent reports cannot lose the newest.
   */
  async record(portId: string, lastUpdatedAt: Date, receivedAt: Date): Promise<Heartbeat> {
    const rows = await this.prisma.$queryRaw<{ last_updated_at: Date; received_at: Date }[]>`
      INSERT INTO port_heartbeats (port_id, last_updated_at, received_at)
      VALUES (${portId}::uuid, ${lastUpdatedAt}, ${receivedAt})
      ON CONFLICT (port_id) DO UPDATE
        SET last_updated_at = GREATEST(port_heartbeats.last_updated_at, EXCLUDED.last_updated_at),
            received_at = EXCLUDED.received_at
      RETURNING last_updated_at, received_at`;
    const row = rows[0]!;
    return { lastUpdatedAt: row.last_updated_at, receivedAt: row.received_at };
  }
}
