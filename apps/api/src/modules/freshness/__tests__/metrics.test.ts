import { describe, expect, it } from 'vitest';
import { errorBudget, timeline, timeShares, windowOf, type StatusRun } from '../metrics';

const DAY = 86_400;
const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1) + seconds * 1000);
const run = (status: StatusRun['status'], from: number, to: number | null, lastChecked = to ?? from): StatusRun => ({
  status,
  startedAt: at(from),
  endedAt: to === null ? null : at(to),
  lastCheckedAt: at(lastChecked),
});
const grace = { openRunGraceSeconds: 120 };

describe('freshness timeline', () => {
  it('covers the window exactly, clipping runs and filling gaps with UNKNOWN', () => {
    const window = { from: at(0), to: at(1000) };
    const segments = timeline(
      [run('HEALTHY', -500, 200), run('BREACHED', 200, 300), run('HEALTHY', 400, 2000)],
      window,
      grace,
    );
    expect(segments.map((segment) => [segment.status, segment.from, segment.to])).toEqual([
      ['HEALTHY', at(0), at(200)],
      ['BREACHED', at(200), at(300)],
      ['UNKNOWN', at(300), at(400)],
      ['HEALTHY', at(400), at(1000)],
    ]);
  });

  it('ends an open run two intervals after its last check, not at now', () => {
    const segments = timeline([run('WARNING', 0, null, 500)], { from: at(0), to: at(1000) }, grace);
    expect(segments.map((segment) => [segment.status, segment.from, segment.to])).toEqual([
      ['WARNING', at(0), at(620)],
      ['UNKNOWN', at(620), at(1000)],
    ]);
  });

  it('merges neighbouring runs of the same status', () => {
    const segments = timeline([run('HEALTHY', 0, 100), run('HEALTHY', 100, 300)], { from: at(0), to: at(300) }, grace);
    expect(segments).toEqual([{ status: 'HEALTHY', from: at(0), to: at(300) }]);
  });

  it('is all UNKNOWN without history', () => {
    expect(timeline([], { from: at(0), to: at(10) }, grace)).toEqual([{ status: 'UNKNOWN', from: at(0), to: at(10) }]);
  });

  it('a 7-day window ends at now', () => {
    expect(windowOf(7, at(7 * DAY))).toEqual({ from: at(0), to: at(7 * DAY) });
  });
});

describe('error budget on a synthetic 7-day timeline', () => {
  // 7 days = 604,800 s. Target 99 %: 6,048 s of bad time allowed.
  // Bad: 3,024 s BREACHED. Error: 1,800 s. Unknown: 3,600 s at the start. Good: the rest.
  const window = windowOf(7, at(7 * DAY));
  const runs = [
    run('HEALTHY', 3_600, 100_000),
    run('WARNING', 100_000, 101_000),
    run('BREACHED', 101_000, 104_024),
    run('HEALTHY', 104_024, 200_000),
    run('ERROR', 200_000, 201_800),
    run('HEALTHY', 201_800, 7 * DAY),
  ];
  const segments = timeline(runs, window, grace);

  it('splits the window into good, bad, error and unknown time', () => {
    expect(timeShares(segments)).toEqual({
      goodSeconds: 604_800 - 3_600 - 3_024 - 1_800,
      badSeconds: 3_024,
      errorSeconds: 1_800,
      unknownSeconds: 3_600,
    });
  });

  it('computes share, allowed bad time, budget left and burn rate exactly', () => {
    const budget = errorBudget(segments, window, 99);
    // measured = good + bad = 596,376 + 3,024 = 599,400 s
    expect(budget.windowSeconds).toBe(604_800);
    expect(budget.allowedBadSeconds).toBe(6_048);
    expect(budget.budgetRemainingSeconds).toBe(3_024);
    expect(budget.budgetRemainingPercent).toBe(50);
    expect(budget.sharePercent).toBe((596_376 / 599_400) * 100);
    expect(budget.sharePercent).toBeCloseTo(99.49549549549549, 12);
    // (3,024 / 599,400) / 0.01
    expect(budget.burnRate).toBeCloseTo(0.5045045045045045, 12);
  });

  it('goes negative once the budget is overspent', () => {
    const overspent = timeline([run('BREACHED', 0, 12_096), run('HEALTHY', 12_096, 7 * DAY)], window, grace);
    const budget = errorBudget(overspent, window, 99);
    expect(budget.budgetRemainingSeconds).toBe(-6_048);
    expect(budget.budgetRemainingPercent).toBe(-100);
    expect(budget.burnRate).toBe(2);
    expect(budget.sharePercent).toBe(98);
  });

  it('has no share or burn rate when nothing was measured, and full budget left', () => {
    const budget = errorBudget(timeline([run('ERROR', 0, 7 * DAY)], window, grace), window, 99);
    expect(budget.sharePercent).toBeNull();
    expect(budget.burnRate).toBeNull();
    expect(budget.budgetRemainingPercent).toBe(100);
    expect(budget.errorSeconds).toBe(604_800);
  });

  it('a 100 % target allows no bad time and has no remaining percentage', () => {
    const budget = errorBudget(segments, window, 100);
    expect(budget.allowedBadSeconds).toBe(0);
    expect(budget.budgetRemainingSeconds).toBe(-3_024);
    expect(budget.budgetRemainingPercent).toBeNull();
    expect(budget.burnRate).toBeNull();
  });

  it('a 28-day window with 99.9 % allows 2,419.2 s', () => {
    const month = windowOf(28, at(28 * DAY));
    const budget = errorBudget(timeline([run('HEALTHY', 0, 28 * DAY)], month, grace), month, 99.9);
    expect(budget.allowedBadSeconds).toBeCloseTo(2_419.2, 6);
    expect(budget.sharePercent).toBe(100);
    expect(budget.burnRate).toBe(0);
  });
});
