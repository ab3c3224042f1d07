import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { TransactionClient } from '../audit/audit.service';

export interface OptInSubject {
  readonly id: string;
  readonly portId: string;
  readonly consumerTeamId: string;
  readonly status: string;
  readonly ownerTeamId: string;
  readonly productStatus: string;
  readonly optedIn: boolean;
}

/** Consumer teams' opt-ins to freshness incidents, one per subscription. */
@Injectable()
export class AlertOptInsRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(work: (tx: TransactionClient) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(work);
  }

  async lockSubscription(tx: TransactionClient, id: string): Promise<OptInSubject | null> {
    const rows = await tx.$queryRaw<OptInSubject[]>`
      SELECT s.id, s.port_id AS "portId", s.consumer_team_id AS "consumerTeamId", s.status::text AS status,
             p.team_id AS "ownerTeamId", p.status::text AS "productStatus",
             EXISTS (SELECT 1 FROM freshness_alert_opt_ins o WHERE o.subscription_id = s.id) AS "optedIn"
        FROM subscriptions s
        JOIN output_ports op ON op.id = s.port_id
        JOIN data_products p ON p.id = op.product_id
       WHERE s.id = ${id}::uuid
         FOR UPDATE OF s`;
    return rows[0] ?? null;
  }

  async optIn(tx: TransactionClient, subscriptionId: string): Promise<void> {
    await tx.freshnessAlertOptIn.upsert({ where: { subscriptionId }, create: { subscriptionId }, update: {} });
  }

  async optOut(tx: TransactionClient, subscriptionId: string): Promise<void> {
    await tx.freshnessAlertOptIn.deleteMany({ where: { subscriptionId } });
  }
}
