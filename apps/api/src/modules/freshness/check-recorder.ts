import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import type { TransactionClient } from '../audit/audit.service';
import { TeamNotifier } from '../notifications/team-notifier';
import type { CheckOutcome } from './checkers';
import {
  CheckStateRepository,
  type CheckSubject,
  type ObjectiveState,
  type OpenRun,
  type UnresolvedIncident,
} from './check-state.repository';
import { evaluate, type Evaluation } from './evaluation';
import { decideIncident, type ErrorRun, type IncidentDecision } from './incident-policy';
import { incidentNotification, type IncidentTransition } from './incident-notifications';
import type { ObjectiveRow } from './objectives.repository';

/** A run whose last check is older than this many intervals is not extended: the gap reads as UNKNOWN. */
const GAP_INTERVALS = 3;

export type RecordResult =
  | { readonly recorded: false; readonly reason: 'gone' | 'disabled' | 'superseded' }
  | {
      readonly recorded: true;
      readonly evaluation: Evaluation;
      readonly decision: IncidentDecision['type'];
      /** When the objective's configuration last changed, so callers can tell their copy is stale. */
      readonly objectiveUpdatedAt: Date;
    };

/**
 * Records one check: evaluates it against the objective, writes the history change-only
 * (extends the open run, or ends it and starts another), updates the objective's state, and
 * moves its incident, notifying teams in the same transaction. Retrying the same check is
 * harmless: an older check than the last recorded one is dropped, and notifications are keyed
 * per incident transition.
 */
@Injectable()
export class CheckRecorder {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly state: CheckStateRepository,
    private readonly notifier: TeamNotifier,
  ) {}

  record(subject: CheckSubject, outcome: CheckOutcome, checkedAt: Date): Promise<RecordResult> {
    return this.state.transaction(async (tx) => {
      const locked = await this.state.lockState(tx, subject.id);
      if (!locked) return { recorded: false, reason: 'gone' };
      const { objective } = locked;
      if (!objective.enabled) return { recorded: false, reason: 'disabled' };
      // Overlapping checks (a slow one outlived the interval) never move state backwards.
      if (objective.lastCheckedAt && checkedAt <= objective.lastCheckedAt)
        return { recorded: false, reason: 'superseded' };
      const evaluation = evaluate(outcome, objective, checkedAt, objective.lastDataAt ?? objective.createdAt);
      const state: ObjectiveState = {
        status: evaluation.status,
        statusSince: objective.status === evaluation.status ? objective.statusSince : checkedAt,
        lastCheckedAt: checkedAt,
        lastDataAt: newest(objective.lastDataAt, evaluation.dataAt),
        lastErrorCode: evaluation.errorCode,
        lastErrorMessage: evaluation.errorMessage,
      };
      const errorRun = await this.writeHistory(tx, objective, locked.run, evaluation, state, checkedAt);
      const decision = await this.moveIncident(
        tx,
        subject,
        objective,
        locked.incident,
        evaluation,
        errorRun,
        checkedAt,
      );
      return { recorded: true, evaluation, decision: decision.type, objectiveUpdatedAt: objective.updatedAt };
    });
  }

  /** Change-only history, and the objective's state with it; returns the ERROR run this check belongs to, if it failed. */
  private async writeHistory(
    tx: TransactionClient,
    objective: ObjectiveRow,
    run: OpenRun | null,
    evaluation: Evaluation,
    state: ObjectiveState,
    checkedAt: Date,
  ): Promise<ErrorRun | null> {
    const gapMs = GAP_INTERVALS * objective.intervalSeconds * 1000;
    const continues =
      run !== null && run.status === evaluation.status && checkedAt.getTime() - run.lastCheckedAt.getTime() <= gapMs;
    if (run && continues) {
      const runChange = {
        id: run.id,
        lastCheckedAt: checkedAt,
        lastDataAt: newest(run.lastDataAt, evaluation.dataAt),
        errorCode: evaluation.errorCode,
        errorMessage: evaluation.errorMessage,
      };
      await this.state.extendRunAndUpdateObjective(tx, runChange, objective.id, state);
      return evaluation.status === 'ERROR' ? { since: run.startedAt, checks: run.checkCount + 1 } : null;
    }
    if (run) await this.state.closeRun(tx, run.id, runEnd(run, checkedAt, gapMs, objective.intervalSeconds));
    await this.state.startRun(tx, {
      objectiveId: objective.id,
      status: evaluation.status,
      startedAt: checkedAt,
      lastDataAt: evaluation.dataAt,
      errorCode: evaluation.errorCode,
      errorMessage: evaluation.errorMessage,
    });
    await this.state.updateObjectiveState(tx, objective.id, state);
    return evaluation.status === 'ERROR' ? { since: checkedAt, checks: 1 } : null;
  }

  private async moveIncident(
    tx: TransactionClient,
    subject: CheckSubject,
    objective: ObjectiveRow,
    incident: UnresolvedIncident | null,
    evaluation: Evaluation,
    errorRun: ErrorRun | null,
    now: Date,
  ): Promise<IncidentDecision> {
    const decision = decideIncident(
      incident ? { ...incident, status: incident.status === 'ACKNOWLEDGED' ? 'ACKNOWLEDGED' : 'OPEN' } : null,
      evaluation.status,
      errorRun,
      objective,
      now,
    );
    const notify = (row: UnresolvedIncident, transition: IncidentTransition) =>
      this.notify(tx, subject, objective, row, transition, evaluation, now);
    switch (decision.type) {
      case 'none':
        break;
      case 'open': {
        const opened = await this.state.openIncident(tx, {
          objectiveId: objective.id,
          kind: decision.kind,
          openedAt: now,
        });
        await notify(opened, decision.kind === 'BREACH' ? 'breached' : 'check_failed');
        break;
      }
      case 'escalate': {
        await this.state.updateIncident(tx, incident!.id, {
          status: 'RESOLVED',
          resolvedAt: now,
          recoveringSince: null,
        });
        const opened = await this.state.openIncident(tx, { objectiveId: objective.id, kind: 'BREACH', openedAt: now });
        await notify(opened, 'breached');
        break;
      }
      case 'startRecovery':
        await this.state.updateIncident(tx, incident!.id, { recoveringSince: now });
        break;
      case 'cancelRecovery':
        await this.state.updateIncident(tx, incident!.id, { recoveringSince: null });
        break;
      case 'resolve': {
        const resolved = await this.state.updateIncident(tx, incident!.id, {
          status: 'RESOLVED',
          resolvedAt: now,
          lastNotifiedAt: now,
        });
        await notify(resolved, 'recovered');
        break;
      }
      case 'remind': {
        const reminded = await this.state.updateIncident(tx, incident!.id, {
          reminderCount: decision.count,
          lastNotifiedAt: now,
        });
        await notify(reminded, 'reminder');
        break;
      }
    }
    return decision;
  }

  /** The owning team always; consumer teams that opted in, while subscribed. */
  private async notify(
    tx: TransactionClient,
    subject: CheckSubject,
    objective: ObjectiveRow,
    incident: UnresolvedIncident,
    transition: IncidentTransition,
    evaluation: Evaluation,
    checkedAt: Date,
  ): Promise<void> {
    const { product } = subject.port;
    const consumers = await this.state.optedInConsumerTeams(tx, subject.port.id);
    const teams = [product.teamId, ...consumers.filter((teamId) => teamId !== product.teamId)];
    for (const teamId of teams) {
      await this.notifier.notify(
        tx,
        incidentNotification(
          {
            transition,
            incident,
            objective,
            port: { id: subject.port.id, name: subject.port.name, kind: subject.port.kind },
            product: { id: product.id, slug: product.slug, name: product.name },
            evaluation,
            checkedAt,
            portalUrl: this.config.portalUrl,
          },
          teamId,
        ),
      );
    }
  }
}

function newest(left: Date | null, right: Date | null): Date | null {
  if (!left) return right;
  if (!right) return left;
  return left > right ? left : right;
}

/** A status change ends the run at this check; a gap ends it one interval after its last check. */
function runEnd(run: OpenRun, checkedAt: Date, gapMs: number, intervalSeconds: number): Date {
  if (checkedAt.getTime() - run.lastCheckedAt.getTime() <= gapMs) return checkedAt;
  return new Date(run.lastCheckedAt.getTime() + intervalSeconds * 1000);
}
