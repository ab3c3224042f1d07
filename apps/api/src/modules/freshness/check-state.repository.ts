import { Injectable } from '@nestjs/common';
import type { DataProduct, FreshnessStatus, Incident, OutputPort, Prisma } from '../../generated/prisma/client';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { TransactionClient } from '../audit/audit.service';
import type { ObjectiveRow } from './objectives.repository';

export type CheckSubject = ObjectiveRow & {
  port: OutputPort & { product: Pick<DataProduct, 'id' | 'slug' | 'name' | 'teamId' | 'status'> };
};
export type IncidentRow = Incident;

/** The open run, as the recorder needs it. */
export interface OpenRun {
  readonly id: bigint;
  readonly status: FreshnessStatus;
  readonly startedAt: Date;
  readonly lastCheckedAt: Date;
  readonly checkCount: number;
  readonly lastDataAt: Date | null;
}

/** The unresolved incident, as the recorder needs it. */
export interface UnresolvedIncident {
  readonly id: string;
  readonly kind: 'BREACH' | 'CHECK_FAILURE';
  readonly status: 'OPEN' | 'ACKNOWLEDGED' | 'RESOLVED';
  readonly openedAt: Date;
  readonly recoveringSince: Date | null;
  readonly lastNotifiedAt: Date | null;
  readonly reminderCount: number;
}

/** What a check changes on its objective. */
export interface ObjectiveState {
  readonly status: FreshnessStatus;
  readonly statusSince: Date | null;
  readonly lastCheckedAt: Date;
  readonly lastDataAt: Date | null;
  readonly lastErrorCode: string | null;
  readonly lastErrorMessage: string | null;
}

export interface LockedState {
  readonly objective: ObjectiveRow;
  readonly run: OpenRun | null;
  readonly incident: UnresolvedIncident | null;
}

type LockedStateRow = ObjectiveRow & {
  runId: bigint | null;
  runStatus: FreshnessStatus | null;
  runStartedAt: Date | null;
  runLastCheckedAt: Date | null;
  runCheckCount: number | null;
  runLastDataAt: Date | null;
  incidentId: string | null;
  incidentKind: 'BREACH' | 'CHECK_FAILURE' | null;
  incidentStatus: 'OPEN' | 'ACKNOWLEDGED' | 'RESOLVED' | null;
  incidentOpenedAt: Date | null;
  incidentRecoveringSince: Date | null;
  incidentLastNotifiedAt: Date | null;
  incidentReminderCount: number | null;
};

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
   * Locks the objective and reads it with its open run and its unresolved incident, in one
   * round trip: checks of one objective record one after the other, and at 10,000 checks a
   * minute every round trip counts.
   */
  async lockState(tx: TransactionClient, id: string): Promise<LockedState | null> {
    const rows = await tx.$queryRaw<LockedStateRow[]>`
      SELECT o.id, o.port_id AS "portId", o.warn_after_seconds AS "warnAfterSeconds",
             o.error_after_seconds AS "errorAfterSeconds", o.target_percent AS "targetPercent",
             o.window_days AS "windowDays", o.check_kind::text AS "checkKind", o.check_settings AS "checkSettings",
             o.interval_seconds AS "intervalSeconds", o.reminder_interval_seconds AS "reminderIntervalSeconds",
             o.recovery_hold_seconds AS "recoveryHoldSeconds", o.enabled, o.status::text AS status,
             o.status_since AS "statusSince", o.last_checked_at AS "lastCheckedAt", o.last_data_at AS "lastDataAt",
             o.last_error_code AS "lastErrorCode", o.last_error_message AS "lastErrorMessage",
             o.created_at AS "createdAt", o.updated_at AS "updatedAt",
             r.id AS "runId", r.status::text AS "runStatus", r.started_at AS "runStartedAt",
             r.last_checked_at AS "runLastCheckedAt", r.check_count AS "runCheckCount", r.last_data_at AS "runLastDataAt",
             i.id AS "incidentId", i.kind::text AS "incidentKind", i.status::text AS "incidentStatus",
             i.opened_at AS "incidentOpenedAt", i.recovering_since AS "incidentRecoveringSince",
             i.last_notified_at AS "incidentLastNotifiedAt", i.reminder_count AS "incidentReminderCount"
        FROM freshness_objectives o
        LEFT JOIN freshness_results r ON r.objective_id = o.id AND r.ended_at IS NULL
        LEFT JOIN incidents i ON i.objective_id = o.id AND i.status <> 'RESOLVED'
       WHERE o.id = ${id}::uuid
         FOR UPDATE OF o`;
    const row = rows[0];
    if (!row) return null;
    const {
      runId,
      runStatus,
      runStartedAt,
      runLastCheckedAt,
      runCheckCount,
      runLastDataAt,
      incidentId,
      incidentKind,
      incidentStatus,
      incidentOpenedAt,
      incidentRecoveringSince,
      incidentLastNotifiedAt,
      incidentReminderCount,
      ...objective
    } = row;
    return {
      objective,
      run:
        runId === null
          ? null
          : {
              id: runId,
              status: runStatus!,
              startedAt: runStartedAt!,
              lastCheckedAt: runLastCheckedAt!,
              checkCount: runCheckCount!,
              lastDataAt: runLastDataAt,
            },
      incident:
        incidentId === null
          ? null
          : {
              id: incidentId,
              kind: incidentKind!,
              status: incidentStatus!,
              openedAt: incidentOpenedAt!,
              recoveringSince: incidentRecoveringSince,
              lastNotifiedAt: incidentLastNotifiedAt,
              reminderCount: incidentReminderCount!,
            },
    };
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

  /**
   * The objective's moving state. Raw SQL on purpose: it leaves updated_at alone, which says
   * when the objective's configuration last changed, not when it was last checked.
   */
  async updateObjectiveState(tx: TransactionClient, id: string, state: ObjectiveState): Promise<void> {
    await tx.$executeRaw`
      UPDATE freshness_objectives
         SET status = ${state.status}::"FreshnessStatus", status_since = ${state.statusSince},
             last_checked_at = ${state.lastCheckedAt}, last_data_at = ${state.lastDataAt},
             last_error_code = ${state.lastErrorCode}, last_error_message = ${state.lastErrorMessage}
       WHERE id = ${id}::uuid`;
  }

  /** The common case in one round trip: the status holds, so the open run and the objective move on together. */
  async extendRunAndUpdateObjective(
    tx: TransactionClient,
    run: {
      id: bigint;
      lastCheckedAt: Date;
      lastDataAt: Date | null;
      errorCode: string | null;
      errorMessage: string | null;
    },
    objectiveId: string,
    state: ObjectiveState,
  ): Promise<void> {
    await tx.$executeRaw`
      WITH run AS (
        UPDATE freshness_results
           SET last_checked_at = ${run.lastCheckedAt}, last_data_at = ${run.lastDataAt},
               error_code = ${run.errorCode}, error_message = ${run.errorMessage}, check_count = check_count + 1
         WHERE id = ${run.id})
      UPDATE freshness_objectives
         SET status = ${state.status}::"FreshnessStatus", status_since = ${state.statusSince},
             last_checked_at = ${state.lastCheckedAt}, last_data_at = ${state.lastDataAt},
             last_error_code = ${state.lastErrorCode}, last_error_message = ${state.lastErrorMessage}
       WHERE id = ${objectiveId}::uuid`;
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
