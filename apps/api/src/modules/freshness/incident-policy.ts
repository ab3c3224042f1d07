import { isWithinObjective, type EvaluatedStatus } from './evaluation';

export interface OpenIncident {
  readonly kind: 'BREACH' | 'CHECK_FAILURE';
  readonly status: 'OPEN' | 'ACKNOWLEDGED';
  readonly recoveringSince: Date | null;
  readonly lastNotifiedAt: Date | null;
  readonly reminderCount: number;
}

export interface IncidentSettings {
  readonly errorAfterSeconds: number;
  readonly reminderIntervalSeconds: number;
  readonly recoveryHoldSeconds: number;
}

/** How long the check has been failing, when the current status is ERROR. */
export interface ErrorRun {
  readonly since: Date;
  readonly checks: number;
}

export type IncidentDecision =
  | { readonly type: 'none' }
  | { readonly type: 'open'; readonly kind: 'BREACH' | 'CHECK_FAILURE' }
  /** A check failure turns out to hide a breach: resolve it and open the breach. */
  | { readonly type: 'escalate' }
  | { readonly type: 'startRecovery' }
  | { readonly type: 'cancelRecovery' }
  | { readonly type: 'resolve' }
  | { readonly type: 'remind'; readonly count: number };

/** A single failed check never alerts: at least this many in a row, besides the duration. */
export const MIN_FAILED_CHECKS = 2;

const NONE: IncidentDecision = { type: 'none' };

const elapsedSeconds = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 1000;

/**
 * What one evaluated check does to the objective's incident (at most one unresolved).
 *
 * - No incident: BREACHED opens a BREACH; ERROR lasting `errorAfter` (and at least two checks)
 *   opens a CHECK_FAILURE. WARNING opens nothing.
 * - Data back within the objective (HEALTHY or WARNING) starts a recovery; the incident
 *   resolves once the recovery has held `recoveryHold` (0: at once). A relapse before that
 *   cancels the recovery silently: flapping neither resolves nor re-opens.
 * - ERROR never resolves a BREACH, nor confirms a recovery (it cancels one in progress).
 * - A CHECK_FAILURE whose check comes back BREACHED escalates to a BREACH.
 * - Reminders while the incident is OPEN (not acknowledged) and not recovering, every
 *   `reminderInterval` since the last notification.
 */
export function decideIncident(
  incident: OpenIncident | null,
  status: EvaluatedStatus,
  errorRun: ErrorRun | null,
  settings: IncidentSettings,
  now: Date,
): IncidentDecision {
  if (!incident) {
    if (status === 'BREACHED') return { type: 'open', kind: 'BREACH' };
    if (
      status === 'ERROR' &&
      errorRun &&
      errorRun.checks >= MIN_FAILED_CHECKS &&
      elapsedSeconds(errorRun.since, now) >= settings.errorAfterSeconds
    ) {
      return { type: 'open', kind: 'CHECK_FAILURE' };
    }
    return NONE;
  }
  if (isWithinObjective(status)) {
    if (incident.recoveringSince === null) {
      return settings.recoveryHoldSeconds === 0 ? { type: 'resolve' } : { type: 'startRecovery' };
    }
    return elapsedSeconds(incident.recoveringSince, now) >= settings.recoveryHoldSeconds ? { type: 'resolve' } : NONE;
  }
  if (status === 'BREACHED' && incident.kind === 'CHECK_FAILURE') return { type: 'escalate' };
  if (incident.recoveringSince !== null) return { type: 'cancelRecovery' };
  if (
    incident.status === 'OPEN' &&
    incident.lastNotifiedAt !== null &&
    elapsedSeconds(incident.lastNotifiedAt, now) >= settings.reminderIntervalSeconds
  ) {
    return { type: 'remind', count: incident.reminderCount + 1 };
  }
  return NONE;
}
