/**
 * What one freshness check observed. A check answers "how new is the newest data?", never
 * "is it stale?": staleness is decided later by comparing `observedAt` with an objective's
 * thresholds, so the same outcome can be evaluated against changed thresholds.
 *
 * - OK: the source was read and holds data; `observedAt` is the newest data time found.
 * - EMPTY: the source was read and holds no usable data (empty topic or table, `max()` is
 *   null, no heartbeat yet). A successful check: evaluators treat it as stale, not as a failure.
 * - ERROR: the check could not be made (broker down, query timeout, bad credentials, a
 *   misconfigured target). Says nothing about the data's age; shown and alerted as a check failure.
 */
export type CheckOutcome = CheckOk | CheckEmpty | CheckError;

export interface CheckOk {
  readonly status: 'OK';
  /** The newest data time the source holds (record time, field value, `max(column)`, heartbeat). */
  readonly observedAt: Date;
  readonly details: CheckDetails;
}

export interface CheckEmpty {
  readonly status: 'EMPTY';
  readonly observedAt: null;
  readonly details: CheckDetails;
}

export interface CheckError {
  readonly status: 'ERROR';
  /** A stable code: one of CommonCheckError or a checker's own codes (KafkaTopicCheckError, ...). */
  readonly errorCode: string;
  /** For people: what failed, without secrets. */
  readonly message: string;
}

/** Checker-specific facts worth storing with the result (partitions read, column type). JSON-safe. */
export type CheckDetails = Readonly<Record<string, JsonValue>>;
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

export type CheckStatus = CheckOutcome['status'];

export interface CheckOptions {
  /** The whole budget for this check, connecting included. */
  readonly timeoutMs: number;
  /** Aborts the check early (worker shutdown, job cancelled). */
  readonly signal?: AbortSignal;
}

/** Codes any checker may answer with; each checker adds its own. */
export const CommonCheckError = {
  /** The target did not match the kind's schema (a bug or a bad stored configuration). */
  INVALID_TARGET: 'INVALID_TARGET',
  /** No checker is registered for the target's kind. */
  UNKNOWN_KIND: 'UNKNOWN_KIND',
  /** The budget ran out before the source answered, and no more specific timeout applies. */
  CHECK_TIMEOUT: 'CHECK_TIMEOUT',
  /** The caller aborted the check. */
  CHECK_ABORTED: 'CHECK_ABORTED',
  /** A timestamp was found but cannot be a data time (unparseable, infinity, or a unit mix-up). */
  INVALID_TIMESTAMP: 'INVALID_TIMESTAMP',
  /** Anything unexpected; a bug in the checker rather than a property of the source. */
  CHECKER_FAILED: 'CHECKER_FAILED',
} as const;

export function okOutcome(observedAt: Date, details: CheckDetails = {}): CheckOk {
  return { status: 'OK', observedAt, details };
}

export function emptyOutcome(details: CheckDetails = {}): CheckEmpty {
  return { status: 'EMPTY', observedAt: null, details };
}

export function errorOutcome(errorCode: string, message: string): CheckError {
  return { status: 'ERROR', errorCode, message };
}

/**
 * Thrown inside a checker to end the check with an ERROR outcome; the checker's `check`
 * catches it at the top. Lets deep helpers (decoders, parsers) fail with a precise code.
 */
export class CheckFailure extends Error {
  constructor(
    readonly errorCode: string,
    message: string,
  ) {
    super(message);
    this.name = 'CheckFailure';
  }

  toOutcome(): CheckError {
    return errorOutcome(this.errorCode, this.message);
  }
}
