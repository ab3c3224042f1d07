import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { okOutcome, type CheckOptions, type CheckOutcome } from '../check-outcome';
import { runCheck, type FreshnessChecker } from '../freshness-checker';
import { FreshnessCheckerRegistry } from '../freshness-checker.registry';
import { PushChecker } from '../push/push.checker';

const slowTargetSchema = z.object({ kind: z.literal('SLOW'), delayMs: z.number().int().min(0) });
type SlowTarget = z.infer<typeof slowTargetSchema>;

/** Honours the deadline through runCheck, or ignores it entirely when `cooperative` is false. */
class SlowChecker implements FreshnessChecker<SlowTarget> {
  readonly kind = 'SLOW';
  readonly targetSchema = slowTargetSchema;
  closed = 0;
  constructor(private readonly cooperative: boolean) {}

  check(target: SlowTarget, options: CheckOptions): Promise<CheckOutcome> {
    const work = () =>
      new Promise<CheckOutcome>((resolve) => setTimeout(() => resolve(okOutcome(new Date(0))), target.delayMs));
    return this.cooperative ? runCheck(options, work, () => undefined) : work();
  }

  close(): Promise<void> {
    this.closed += 1;
    return Promise.resolve();
  }
}

describe('the freshness checker registry', () => {
  const registry = new FreshnessCheckerRegistry([new SlowChecker(true)]);

  it('refuses two checkers of one kind at boot', () => {
    expect(() => new FreshnessCheckerRegistry([new SlowChecker(true), new SlowChecker(false)])).toThrow(/SLOW/);
  });

  it('answers UNKNOWN_KIND and INVALID_TARGET instead of throwing', async () => {
    expect(await registry.check({ kind: 'CARRIER_PIGEON' }, { timeoutMs: 100 })).toMatchObject({
      status: 'ERROR',
      errorCode: 'UNKNOWN_KIND',
    });
    expect(await registry.check(null, { timeoutMs: 100 })).toMatchObject({ errorCode: 'UNKNOWN_KIND' });
    expect(await registry.check({ kind: 'SLOW', delayMs: -1 }, { timeoutMs: 100 })).toMatchObject({
      status: 'ERROR',
      errorCode: 'INVALID_TARGET',
      message: expect.stringContaining('delayMs') as unknown,
    });
  });

  it('answers CHECK_TIMEOUT at the budget, and CHECK_ABORTED when the caller aborts', async () => {
    const started = Date.now();
    expect(await registry.check({ kind: 'SLOW', delayMs: 5000 }, { timeoutMs: 50 })).toMatchObject({
      errorCode: 'CHECK_TIMEOUT',
    });
    expect(Date.now() - started).toBeLessThan(1000);

    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const aborted = registry.check({ kind: 'SLOW', delayMs: 5000 }, { timeoutMs: 5000, signal: controller.signal });
    expect(await aborted).toMatchObject({ errorCode: 'CHECK_ABORTED' });
  });

  it('answers for a checker that ignores its deadline', async () => {
    const stubborn = new FreshnessCheckerRegistry([new SlowChecker(false)]);
    expect(await stubborn.check({ kind: 'SLOW', delayMs: 3000 }, { timeoutMs: 10 })).toMatchObject({
      errorCode: 'CHECK_TIMEOUT',
    });
  });

  it('closes every checker once', async () => {
    const checker = new SlowChecker(true);
    const closing = new FreshnessCheckerRegistry([checker]);
    await Promise.all([closing.close(), closing.onApplicationShutdown()]);
    expect(checker.closed).toBe(1);
  });

  it('runs PUSH against the heartbeat store: EMPTY without one, ERROR when the store fails', async () => {
    const lastUpdatedAt = new Date('2026-01-01T00:00:00Z');
    const push = new FreshnessCheckerRegistry([
      new PushChecker({
        latestHeartbeat: (portId) =>
          portId === 'broken'
            ? Promise.reject(new Error('database down'))
            : Promise.resolve(portId === 'p1' ? { lastUpdatedAt, receivedAt: lastUpdatedAt } : null),
      }),
    ]);
    expect(await push.check({ kind: 'PUSH', portId: 'p1' }, { timeoutMs: 100 })).toMatchObject({
      status: 'OK',
      observedAt: lastUpdatedAt,
    });
    expect(await push.check({ kind: 'PUSH', portId: 'p2' }, { timeoutMs: 100 })).toMatchObject({
      status: 'EMPTY',
      observedAt: null,
    });
    expect(await push.check({ kind: 'PUSH', portId: 'broken' }, { timeoutMs: 100 })).toMatchObject({
      status: 'ERROR',
      errorCode: 'HEARTBEAT_STORE_UNAVAILABLE',
      message: 'database down',
    });
  });
});
