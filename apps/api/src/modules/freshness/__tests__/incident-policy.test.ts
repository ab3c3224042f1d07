import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluation';
import { decideIncident, type OpenIncident } from '../incident-policy';

const t0 = new Date('2026-01-01T00:00:00Z');
const after = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const settings = { errorAfterSeconds: 60, reminderIntervalSeconds: 300, recoveryHoldSeconds: 30 };
const open = (overrides: Partial<OpenIncident> = {}): OpenIncident => ({
  kind: 'BREACH',
  status: 'OPEN',
  recoveringSince: null,
  lastNotifiedAt: t0,
  reminderCount: 0,
  ...overrides,
});

describe('evaluating a check against thresholds', () => {
  const thresholds = { warnAfterSeconds: 30, errorAfterSeconds: 60 };

  it('grades data age: healthy, warning at the warn threshold, breached at the error threshold', () => {
    const ok = (ageSeconds: number) =>
      evaluate({ status: 'OK', observedAt: t0, details: {} }, thresholds, after(ageSeconds), t0).status;
    expect(ok(29)).toBe('HEALTHY');
    expect(ok(30)).toBe('WARNING');
    expect(ok(60)).toBe('BREACHED');
  });

  it('counts a producer clock ahead of ours as age 0', () => {
    const result = evaluate({ status: 'OK', observedAt: after(10), details: {} }, thresholds, t0, t0);
    expect(result).toMatchObject({ status: 'HEALTHY', ageSeconds: 0 });
  });

  it('treats no data as stale since the last data seen (or the objective’s creation)', () => {
    const empty = { status: 'EMPTY', observedAt: null, details: {} } as const;
    expect(evaluate(empty, thresholds, after(29), t0).status).toBe('HEALTHY');
    expect(evaluate(empty, thresholds, after(61), t0)).toMatchObject({ status: 'BREACHED', dataAt: null });
  });

  it('keeps a failed check apart from stale data', () => {
    const result = evaluate({ status: 'ERROR', errorCode: 'BROKER_UNAVAILABLE', message: 'down' }, thresholds, t0, t0);
    expect(result).toMatchObject({ status: 'ERROR', ageSeconds: null, errorCode: 'BROKER_UNAVAILABLE' });
  });
});

describe('incident transitions', () => {
  it('opens a breach on BREACHED, nothing on WARNING', () => {
    expect(decideIncident(null, 'BREACHED', null, settings, t0)).toEqual({ type: 'open', kind: 'BREACH' });
    expect(decideIncident(null, 'WARNING', null, settings, t0)).toEqual({ type: 'none' });
  });

  it('opens a check failure only after errors lasting the error threshold over at least two checks', () => {
    const run = (seconds: number, checks: number) =>
      decideIncident(null, 'ERROR', { since: t0, checks }, settings, after(seconds));
    expect(run(59, 5)).toEqual({ type: 'none' });
    expect(run(60, 1)).toEqual({ type: 'none' });
    expect(run(60, 2)).toEqual({ type: 'open', kind: 'CHECK_FAILURE' });
  });

  it('resolves only after the recovery held, and a relapse cancels it without a new incident', () => {
    expect(decideIncident(open(), 'HEALTHY', null, settings, after(100))).toEqual({ type: 'startRecovery' });
    const recovering = open({ recoveringSince: after(100) });
    expect(decideIncident(recovering, 'WARNING', null, settings, after(129))).toEqual({ type: 'none' });
    expect(decideIncident(recovering, 'HEALTHY', null, settings, after(130))).toEqual({ type: 'resolve' });
    expect(decideIncident(recovering, 'BREACHED', null, settings, after(110))).toEqual({ type: 'cancelRecovery' });
  });

  it('resolves at once when no hold is configured', () => {
    expect(decideIncident(open(), 'HEALTHY', null, { ...settings, recoveryHoldSeconds: 0 }, t0)).toEqual({
      type: 'resolve',
    });
  });

  it('never resolves a breach on a failed check, and a failed check interrupts a recovery', () => {
    expect(decideIncident(open(), 'ERROR', null, settings, after(10))).toEqual({ type: 'none' });
    expect(decideIncident(open({ recoveringSince: t0 }), 'ERROR', null, settings, after(60))).toEqual({
      type: 'cancelRecovery',
    });
  });

  it('escalates a check failure whose check comes back breached', () => {
    expect(decideIncident(open({ kind: 'CHECK_FAILURE' }), 'BREACHED', null, settings, t0)).toEqual({
      type: 'escalate',
    });
  });

  it('reminds every interval while open, not once acknowledged', () => {
    expect(decideIncident(open(), 'BREACHED', null, settings, after(299))).toEqual({ type: 'none' });
    expect(decideIncident(open({ reminderCount: 2 }), 'BREACHED', null, settings, after(300))).toEqual({
      type: 'remind',
      count: 3,
    });
    expect(decideIncident(open({ status: 'ACKNOWLEDGED' }), 'BREACHED', null, settings, after(900))).toEqual({
      type: 'none',
    });
  });
});
