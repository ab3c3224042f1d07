/**
 * Freshness figures computed from the change-only check history (pure functions; the
 * resolvers feed them the runs overlapping the window).
 *
 * How time counts (see docs/freshness-checks.md):
 * - HEALTHY and WARNING are good time (the data was fresher than the error threshold);
 * - BREACHED is bad time, and what the error budget is spent on;
 * - ERROR (the check could not be made) and UNKNOWN (no check covered the moment: before the
 *   objective existed, while disabled, while no worker ran) count as neither. They leave the
 *   share's denominator, and are reported on their own so a blind spot stays visible.
 */

export type TimelineStatus = 'HEALTHY' | 'WARNING' | 'BREACHED' | 'ERROR' | 'UNKNOWN';

/** One stored run: a status that held from `startedAt` until `endedAt` (null: still holding). */
export interface StatusRun {
  readonly status: TimelineStatus;
  readonly startedAt: Date;
  readonly endedAt: Date | null;
  /** The latest check that observed the status; bounds an open run. */
  readonly lastCheckedAt: Date;
}

export interface TimelineSegment {
  readonly status: TimelineStatus;
  readonly from: Date;
  readonly to: Date;
}

export interface Window {
  readonly from: Date;
  readonly to: Date;
}

/**
 * An open run covers time up to its last check plus this grace (normally two check
 * intervals): the status is assumed to hold between checks, not forever after the last one.
 */
export interface TimelineOptions {
  readonly openRunGraceSeconds: number;
}

const ms = (date: Date) => date.getTime();

/** The window ending at `now`, `days` long. */
export function windowOf(days: number, now: Date): Window {
  return { from: new Date(ms(now) - days * 86_400_000), to: now };
}

/**
 * The window as consecutive segments: each run clipped to the window, gaps filled with
 * UNKNOWN, neighbours of the same status merged. Segments never overlap; together they
 * cover the window exactly.
 */
export function timeline(runs: readonly StatusRun[], window: Window, options: TimelineOptions): TimelineSegment[] {
  const segments: TimelineSegment[] = [];
  const push = (status: TimelineStatus, from: number, to: number) => {
    if (to <= from) return;
    const last = segments.at(-1);
    if (last && last.status === status && ms(last.to) === from) {
      segments[segments.length - 1] = { status, from: last.from, to: new Date(to) };
    } else {
      segments.push({ status, from: new Date(from), to: new Date(to) });
    }
  };
  let cursor = ms(window.from);
  const end = ms(window.to);
  const sorted = [...runs].sort((left, right) => ms(left.startedAt) - ms(right.startedAt));
  for (const run of sorted) {
    const runEnd = run.endedAt ? ms(run.endedAt) : ms(run.lastCheckedAt) + options.openRunGraceSeconds * 1000;
    const from = Math.max(ms(run.startedAt), cursor);
    const to = Math.min(runEnd, end);
    if (to <= from) continue;
    push('UNKNOWN', cursor, from);
    push(run.status, from, to);
    cursor = to;
  }
  push('UNKNOWN', cursor, end);
  return segments;
}

export interface TimeShares {
  readonly goodSeconds: number;
  readonly badSeconds: number;
  readonly errorSeconds: number;
  readonly unknownSeconds: number;
}

export function timeShares(segments: readonly TimelineSegment[]): TimeShares {
  const totals = { goodSeconds: 0, badSeconds: 0, errorSeconds: 0, unknownSeconds: 0 };
  for (const segment of segments) {
    const seconds = (ms(segment.to) - ms(segment.from)) / 1000;
    if (segment.status === 'HEALTHY' || segment.status === 'WARNING') totals.goodSeconds += seconds;
    else if (segment.status === 'BREACHED') totals.badSeconds += seconds;
    else if (segment.status === 'ERROR') totals.errorSeconds += seconds;
    else totals.unknownSeconds += seconds;
  }
  return totals;
}

export interface ErrorBudget extends TimeShares {
  readonly windowSeconds: number;
  readonly targetPercent: number;
  /** good / (good + bad) in percent; null when nothing was measured. */
  readonly sharePercent: number | null;
  /** The bad time the target allows over the whole window: (1 - target) x window. */
  readonly allowedBadSeconds: number;
  /** allowed - bad; negative once the budget is overspent. */
  readonly budgetRemainingSeconds: number;
  /** remaining / allowed in percent (100 untouched, 0 spent, negative overspent); null for a 100 % target. */
  readonly budgetRemainingPercent: number | null;
  /**
   * How fast the budget burns: the measured bad fraction over the allowed bad fraction.
   * 1 spends exactly the budget by the window's end; 2 spends it in half the window;
   * 0 when nothing was bad. Null when nothing was measured or the target is 100 %.
   */
  readonly burnRate: number | null;
}

export function errorBudget(segments: readonly TimelineSegment[], window: Window, targetPercent: number): ErrorBudget {
  const shares = timeShares(segments);
  const windowSeconds = (ms(window.to) - ms(window.from)) / 1000;
  const measured = shares.goodSeconds + shares.badSeconds;
  // In percent points first, so whole targets (99 %) give exact figures.
  const allowedPercent = 100 - targetPercent;
  const allowedBadSeconds = (allowedPercent * windowSeconds) / 100;
  const budgetRemainingSeconds = allowedBadSeconds - shares.badSeconds;
  return {
    ...shares,
    windowSeconds,
    targetPercent,
    sharePercent: measured > 0 ? (shares.goodSeconds / measured) * 100 : null,
    allowedBadSeconds,
    budgetRemainingSeconds,
    budgetRemainingPercent: allowedBadSeconds > 0 ? (budgetRemainingSeconds / allowedBadSeconds) * 100 : null,
    burnRate: measured > 0 && allowedPercent > 0 ? (shares.badSeconds * 100) / (measured * allowedPercent) : null,
  };
}
