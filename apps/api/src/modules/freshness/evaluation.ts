import type { CheckOutcome } from './checkers';

/** A status a check can produce; UNKNOWN is only the state before the first check. */
export type EvaluatedStatus = 'HEALTHY' | 'WARNING' | 'BREACHED' | 'ERROR';

export interface Thresholds {
  readonly warnAfterSeconds: number;
  readonly errorAfterSeconds: number;
}

export interface Evaluation {
  readonly status: EvaluatedStatus;
  /** The newest data time observed (OK outcomes only). */
  readonly dataAt: Date | null;
  /** How old the data was at the check, in seconds; null for ERROR. */
  readonly ageSeconds: number | null;
  readonly errorCode: string | null;
  readonly errorMessage: string | null;
}

/**
 * Compares one check outcome with an objective's thresholds.
 *
 * - OK: the data's age (never negative: a producer clock ahead of ours counts as age 0)
 *   against warn and error thresholds.
 * - EMPTY (no data, no heartbeat yet): stale, with its age counted from `emptySince`: the
 *   newest data seen earlier, else the objective's creation. So a new PUSH objective is not
 *   in breach the moment it is created, but is once `errorAfter` passes without a heartbeat.
 * - ERROR: the check could not be made; says nothing about the data's age.
 */
export function evaluate(outcome: CheckOutcome, thresholds: Thresholds, checkedAt: Date, emptySince: Date): Evaluation {
  if (outcome.status === 'ERROR') {
    return {
      status: 'ERROR',
      dataAt: null,
      ageSeconds: null,
      errorCode: outcome.errorCode,
      errorMessage: outcome.message,
    };
  }
  const since = outcome.status === 'OK' ? outcome.observedAt : emptySince;
  const ageSeconds = Math.max(0, (checkedAt.getTime() - since.getTime()) / 1000);
  return {
    status: statusForAge(ageSeconds, thresholds),
    dataAt: outcome.status === 'OK' ? outcome.observedAt : null,
    ageSeconds,
    errorCode: null,
    errorMessage: null,
  };
}

/** At the threshold counts as past it: "warn after 5 min" warns at 5 min. */
export function statusForAge(ageSeconds: number, thresholds: Thresholds): 'HEALTHY' | 'WARNING' | 'BREACHED' {
  if (ageSeconds >= thresholds.errorAfterSeconds) return 'BREACHED';
  if (ageSeconds >= thresholds.warnAfterSeconds) return 'WARNING';
  return 'HEALTHY';
}

/** Within the objective: the data is fresher than the error threshold. */
export function isWithinObjective(status: string): boolean {
  return status === 'HEALTHY' || status === 'WARNING';
}
