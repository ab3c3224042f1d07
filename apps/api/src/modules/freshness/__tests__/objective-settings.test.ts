import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../infra/graphql/domain-error';
import { setFreshnessObjectiveSchema } from '../dto/set-freshness-objective.input';
import { scheduleOffsetMs } from '../freshness-schedules';
import { incidentNotification, transitionKey } from '../incident-notifications';
import { checkKindFits, mergeObjective } from '../objective-settings';
import type { ObjectiveRow } from '../objectives.repository';

const PORT = '6f1c2b1e-1d2c-4c3b-8a4d-5e6f7a8b9c0d';
const parse = (input: Record<string, unknown>) => setFreshnessObjectiveSchema.parse({ portId: PORT, ...input });
const reasonOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? error.reason : String(error);
  }
  return 'no error';
};

describe('setting an objective', () => {
  it('fills a new objective from the defaults and stores only the given check settings', () => {
    const data = mergeObjective(
      null,
      parse({ warnAfter: 'PT5M', errorAfter: 'PT15M', check: { kind: 'POSTGRES_TABLE', column: 'updated_at' } }),
      'POSTGRES_TABLE',
    );
    expect(data).toEqual({
      warnAfterSeconds: 300,
      errorAfterSeconds: 900,
      targetPercent: 99,
      windowDays: 28,
      checkKind: 'POSTGRES_TABLE',
      checkSettings: { column: 'updated_at' },
      intervalSeconds: 60,
      reminderIntervalSeconds: 3_600,
      recoveryHoldSeconds: 0,
      enabled: true,
    });
  });

  it('keeps what a change leaves out', () => {
    const current = {
      warnAfterSeconds: 60,
      errorAfterSeconds: 120,
      targetPercent: 99.9,
      windowDays: 7,
      checkKind: 'KAFKA_TOPIC',
      checkSettings: { timestampField: 'source.ts_ms' },
      intervalSeconds: 30,
      reminderIntervalSeconds: 600,
      recoveryHoldSeconds: 120,
      enabled: true,
    } as unknown as ObjectiveRow;
    expect(mergeObjective(current, parse({ errorAfter: '300' }), 'KAFKA_TOPIC')).toMatchObject({
      warnAfterSeconds: 60,
      errorAfterSeconds: 300,
      targetPercent: 99.9,
      checkSettings: { timestampField: 'source.ts_ms' },
      recoveryHoldSeconds: 120,
    });
  });

  it('refuses a check kind that does not fit the port, thresholds out of order and missing fields', () => {
    expect(checkKindFits('KAFKA_TOPIC', 'PUSH')).toBe(true);
    expect(checkKindFits('POSTGRES_TABLE', 'KAFKA_TOPIC')).toBe(false);
    expect(
      reasonOf(() =>
        mergeObjective(
          null,
          parse({ warnAfter: '1', errorAfter: '2', check: { kind: 'KAFKA_TOPIC' } }),
          'POSTGRES_TABLE',
        ),
      ),
    ).toBe('CHECK_KIND_MISMATCH');
    expect(
      reasonOf(() =>
        mergeObjective(null, parse({ warnAfter: '20', errorAfter: '10', check: { kind: 'PUSH' } }), 'KAFKA_TOPIC'),
      ),
    ).toBe('INVALID_THRESHOLDS');
    expect(reasonOf(() => mergeObjective(null, parse({ warnAfter: '20' }), 'KAFKA_TOPIC'))).toBe(
      'MISSING_OBJECTIVE_FIELD',
    );
  });
});

describe('schedules and notifications', () => {
  it('places each objective at a stable point of its interval', () => {
    const id = '0b7e6c5d-4a3b-4c2d-9e1f-0a1b2c3d4e5f';
    expect(scheduleOffsetMs(id, 60_000)).toBe(scheduleOffsetMs(id, 60_000));
    expect(scheduleOffsetMs(id, 60_000)).toBeGreaterThanOrEqual(0);
    expect(scheduleOffsetMs(id, 60_000)).toBeLessThan(60_000);
  });

  it('keys each transition of an incident once, reminders by their number', () => {
    expect(transitionKey('i1', 'breached', 0)).toBe('incident:i1:breached');
    expect(transitionKey('i1', 'reminder', 3)).toBe('incident:i1:reminder:3');
    const notification = incidentNotification(
      {
        transition: 'breached',
        incident: { id: 'i1', kind: 'BREACH', openedAt: new Date('2026-01-01T00:00:00Z'), reminderCount: 0 },
        objective: { id: 'o1', warnAfterSeconds: 300, errorAfterSeconds: 900, targetPercent: 99, lastDataAt: null },
        port: { id: 'p1', name: 'placed', kind: 'KAFKA_TOPIC' },
        product: { id: 'd1', slug: 'orders', name: 'Orders' },
        evaluation: {
          status: 'BREACHED',
          dataAt: new Date('2025-12-31T23:18:00Z'),
          ageSeconds: 2_520,
          errorCode: null,
          errorMessage: null,
        },
        checkedAt: new Date('2026-01-01T00:00:00Z'),
        portalUrl: 'https://tessera.example.com',
      },
      'team-1',
    );
    expect(notification).toMatchObject({
      teamId: 'team-1',
      type: 'incident.breached',
      idempotencyKey: 'incident:i1:breached',
      title: 'Orders / placed is stale: 42 min behind, objective 15 min',
      link: 'https://tessera.example.com/products/orders',
      data: { stalenessSeconds: 2_520, lastDataAt: '2025-12-31T23:18:00.000Z' },
    });
  });
});
