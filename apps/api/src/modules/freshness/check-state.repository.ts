import { Injectable } from '@nestjs/common';
import type {
  DataProduct,
  FreshnessResult,
  FreshnessStatus,
  Incident,
  OutputPort,
  Prisma,
} from '../../generated/prisma/client';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { TransactionClient } from '../audit/audit.service';
import type { ObjectiveRow } from './objectives.repository';

export type CheckSubject = ObjectiveRow & {
  port: OutputPort & { product: Pick<DataProduct, 'id' | 'slug' | 'name' | 'teamId' | 'status'> };
};
export type RunRow = FreshnessResult;
export type IncidentRow = Incident;

/** What the check processor reads and writes: objective state, result runs, incidents. */
@Injectable()
export class CheckStateRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(work: (tx: TransactionClient) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(work);
  }

  loadSubject(objectiveId: string): Promise<CheckSubject | null> {
    return this.prisma.freshnessObjective.findUnique({
      where: { id: objectiveId },
      include: {
        port: { include: { product: { select: { id: true, slug: true, name: true, teamId: true, status: true } } } },
      },
    });
  }

  /**
   * Reads and locks the objective in one round trip: checks of one objective record one after
   * the other (10,000 checks a minute make every round trip count).
   */
  async lockObjective(tx: TransactionClient, id: string): Promise<ObjectiveRow | null> {
    const rows = await tx.$queryRaw<ObjectiveRow[]>`
      SELECT id, port_id AS "portId", warn_after_seconds AS "warnAfterSeconds",
             error_after_seconds AS "errorAfterSeconds", target_percent AS "targetPercent",
             window_days AS "windowDays", check_kind::text AS "checkKind", check_settings AS "checkSettings",
             interval_seconds AS "intervalSeconds", reminder_interval_seconds AS "reminderIntervalSeconds",
             recovery_hold_seconds AS "recoveryHoldSeconds", enabled, status::text AS status,
             status_since AS "statusSince", last_checked_at AS "lastCheckedAt", last_data_at AS "lastDataAt",
             last_error_code AS "lastErrorCode", last_error_message AS "lastErrorMessage",
             created_at AS "createdAt", updated_at AS "updatedAt"
        FROM freshness_objectives WHERE id = ${id}::uuid FOR UPDATE`;
    return rows[0] ?? null;
  }

  openRun(tx: TransactionClient, objectiveId: string): Promise<RunRow | null> {
    return tx.freshnessResult.findFirst({ where: { objectiveId, endedAt: null } });
  }

  async extendRun(
    tx: TransactionClient,
    id: bigint,
    data: { lastCheckedAt: Date; lastDataAt: Date | null; errorCode: string | null; errorMessage: string | null },
  ): Promise<void> {
    await tx.freshnessResult.update({ where: { id }, data: { ...data, checkCount: { increment: 1 } } });
  }

  async closeRun(tx: TransactionClient, id: bigint, endedAt: Date): Promise<void> {
    await tx.freshnessResult.update({ where: { id }, data: { endedAt } });
  }

  async startRun(
    tx: TransactionClient,
    data: {
      objectiveId: string;
      status: FreshnessStatus;
      startedAt: Date;
      lastDataAt: Date | null;
      errorCode: string | null;
      errorMessage: string | null;
    },
  ): Promise<void> {
    await tx.freshnessResult.create({ data: { ...data, lastCheckedAt: data.startedAt, checkCount: 1 } });
  }

  async updateObjectiveState(
    tx: TransactionClient,
    id: string,
    data: Pick<
      Prisma.FreshnessObjectiveUncheckedUpdateInput,
      'status' | 'statusSince' | 'lastCheckedAt' | 'lastDataAt' | 'lastErrorCode' | 'lastErrorMessage'
    >,
  ): Promise<void> {
    await tx.freshnessObjective.update({ where: { id }, data });
  }

  unresolvedIncident(tx: TransactionClient, objectiveId: string): Promise<IncidentRow | null> {
    return tx.incident.findFirst({ where: { objectiveId, status: { not: 'RESOLVED' } } });
  }

  openIncident(
    tx: TransactionClient,
    data: { objectiveId: string; kind: 'BREACH' | 'CHECK_FAILURE'; openedAt: Date },
  ): Promise<IncidentRow> {
    return tx.incident.create({ data: { ...data, lastNotifiedAt: data.openedAt } });
  }

  updateIncident(
    tx: TransactionClient,
    id: string,
    data: Pick<
      Prisma.IncidentUncheckedUpdateInput,
      'status' | 'recoveringSince' | 'resolvedAt' | 'lastNotifiedAt' | 'reminderCount'
    >,
  ): Promise<IncidentRow> {
    return tx.incident.update({ where: { id }, data });
  }

  /**
   * Consumer teams that asked to hear about this port's incidents: an opt-in, effective
   * while the team holds an APPROVED subscription to the port.
   */
  async optedInConsumerTeams(tx: TransactionClient, portId: string): Promise<string[]> {
    const rows = await tx.$queryRaw<{ team_id: string }[]>`
      SELECT DISTINCT s.consumer_team_id AS team_id
        FROM subscriptions s
        JOIN freshness_alert_opt_ins o ON o.subscription_id = s.id
       WHERE s.port_id = ${portId}::uuid AND s.status = 'APPROVED'
       ORDER BY 1`;
    return rows.map((row) => row.team_id);
  }

  /** Deletes runs that ended before `before`, in batches so no statement holds locks for long. */
  async deleteRunsEndedBefore(before: Date, batchSize: number): Promise<number> {
    let total = 0;
    for (;;) {
      const deleted = await this.prisma.$executeRaw`
        DELETE FROM freshness_results WHERE id IN (
          SELECT id FROM freshness_results WHERE ended_at < ${before} LIMIT ${batchSize})`;
      total += deleted;
      if (deleted < batchSize) return total;
    }
  }

  /** Resolved incidents are history too; kept as long as results. */
  async deleteIncidentsResolvedBefore(before: Date): Promise<number> {
    return this.prisma.$executeRaw`DELETE FROM incidents WHERE status = 'RESOLVED' AND resolved_at < ${before}`;
  }
}
