import type { z } from 'zod';
import {
  CheckFailure,
  CommonCheckError,
  errorOutcome,
  type CheckError,
  type CheckOptions,
  type CheckOutcome,
} from './check-outcome';
import { CheckAborted, Deadline, DeadlineExceeded } from './deadline';

/** Every target names its kind; the rest of its shape belongs to the kind's checker. */
export interface CheckTarget {
  readonly kind: string;
}

/**
 * One way of observing freshness (KAFKA_TOPIC, POSTGRES_TABLE, PUSH, ...). A checker owns
 * its target schema, its clients and its error codes; adding a kind adds a checker and
 * touches no other.
 *
 * `check` never throws: every failure is an ERROR outcome, and it settles within
 * `timeoutMs` (the caller's budget, connecting included).
 */
export interface FreshnessChecker<Target extends CheckTarget = CheckTarget> {
  readonly kind: Target['kind'];
  /** Validates a stored target of this kind (defaults applied). */
  readonly targetSchema: z.ZodType<Target>;
  check(target: Target, options: CheckOptions): Promise<CheckOutcome>;
  /** Releases pooled connections; called once on shutdown. */
  close(): Promise<void>;
}

/** Turns a thrown error into an ERROR outcome; `undefined` means "not mine, use the default". */
export type ErrorMapper = (error: unknown, deadline: Deadline) => CheckError | undefined;

/**
 * The frame every checker runs in: starts the deadline, races the work against it, and maps
 * whatever is thrown. CheckFailure carries its own code; the checker's mapper gets the rest
 * first (it knows that a refused connection means BROKER_UNAVAILABLE); then timeouts, aborts,
 * and finally CHECKER_FAILED for the unexpected.
 */
export async function runCheck(
  options: CheckOptions,
  work: (deadline: Deadline) => Promise<CheckOutcome>,
  mapError: ErrorMapper,
): Promise<CheckOutcome> {
  const deadline = new Deadline(options);
  try {
    return await deadline.race(work(deadline));
  } catch (error) {
    if (error instanceof CheckFailure) return error.toOutcome();
    const mapped = mapError(error, deadline);
    if (mapped) return mapped;
    if (error instanceof DeadlineExceeded) return errorOutcome(CommonCheckError.CHECK_TIMEOUT, error.message);
    if (error instanceof CheckAborted) return errorOutcome(CommonCheckError.CHECK_ABORTED, error.message);
    return errorOutcome(CommonCheckError.CHECKER_FAILED, describeError(error));
  } finally {
    deadline.dispose();
  }
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/** The error and everything it wraps (kafkajs `originalError`, standard `cause`), outermost first. */
export function errorChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  while (current && chain.length < 10 && !chain.includes(current)) {
    chain.push(current);
    const wrapper = current as { originalError?: unknown; cause?: unknown };
    current = wrapper.originalError ?? wrapper.cause;
  }
  return chain;
}
