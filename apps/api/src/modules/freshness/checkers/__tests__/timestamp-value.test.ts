import { describe, expect, it } from 'vitest';
import { CheckFailure } from '../check-outcome';
import { epochToDate, isoToDate, timestampFromValue } from '../timestamp-value';

const AT = Date.parse('2026-03-04T05:06:07.891Z');

function failureOf(run: () => unknown): CheckFailure {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CheckFailure);
    return error as CheckFailure;
  }
  throw new Error('expected a CheckFailure');
}

describe('timestamps found in data', () => {
  it('reads epoch numbers in the configured unit', () => {
    expect(epochToDate(AT, 'MILLISECONDS', 'f').getTime()).toBe(AT);
    expect(epochToDate(Math.floor(AT / 1000), 'SECONDS', 'f').getTime()).toBe(Math.floor(AT / 1000) * 1000);
    expect(epochToDate(AT * 1000 + 456, 'MICROSECONDS', 'f').getTime()).toBe(AT);
    expect(epochToDate(BigInt(AT) * 1_000_000n + 999n, 'NANOSECONDS', 'f').getTime()).toBe(AT);
  });

  it('refuses a unit mix-up in either direction instead of reporting a wild date', () => {
    const secondsAsMillis = failureOf(() => epochToDate(Math.floor(AT / 1000), 'MILLISECONDS', 'source.ts'));
    expect(secondsAsMillis.errorCode).toBe('INVALID_TIMESTAMP');
    expect(secondsAsMillis.message).toMatch(/^source\.ts: .*1970.*check the unit/);
    expect(failureOf(() => epochToDate(AT, 'SECONDS', 'f')).errorCode).toBe('INVALID_TIMESTAMP');
    expect(failureOf(() => epochToDate(AT * 1000, 'MILLISECONDS', 'f')).errorCode).toBe('INVALID_TIMESTAMP');
    expect(failureOf(() => epochToDate(Number.NaN, 'MILLISECONDS', 'f')).errorCode).toBe('INVALID_TIMESTAMP');
  });

  it('reads ISO 8601, taking a time without a zone as UTC', () => {
    expect(isoToDate('2026-03-04T05:06:07.891Z', 'f').getTime()).toBe(AT);
    expect(isoToDate('2026-03-04 05:06:07.891', 'f').getTime()).toBe(AT);
    expect(isoToDate('2026-03-04T07:06:07.891+02:00', 'f').getTime()).toBe(AT);
    expect(isoToDate('2026-03-04T07:06:07.891+0200', 'f').getTime()).toBe(AT);
    expect(isoToDate('2026-03-04T07:06:07.891+02', 'f').getTime()).toBe(AT);
    expect(isoToDate('2026-03-04', 'f').toISOString()).toBe('2026-03-04T00:00:00.000Z');
    expect(failureOf(() => isoToDate('yesterday', 'f')).errorCode).toBe('INVALID_TIMESTAMP');
  });

  it('accepts numbers, digit strings, ISO strings and dates, and nothing else', () => {
    expect(timestampFromValue(AT, 'MILLISECONDS', 'f').getTime()).toBe(AT);
    expect(timestampFromValue(String(AT), 'MILLISECONDS', 'f').getTime()).toBe(AT);
    expect(timestampFromValue(BigInt(AT), 'MILLISECONDS', 'f').getTime()).toBe(AT);
    expect(timestampFromValue('2026-03-04T05:06:07.891Z', 'SECONDS', 'f').getTime()).toBe(AT);
    expect(timestampFromValue(new Date(AT), 'SECONDS', 'f').getTime()).toBe(AT);
    expect(failureOf(() => timestampFromValue(true, 'MILLISECONDS', 'f')).message).toBe(
      'f: a boolean is not a timestamp',
    );
    expect(failureOf(() => timestampFromValue({ at: AT }, 'MILLISECONDS', 'f')).errorCode).toBe('INVALID_TIMESTAMP');
  });
});
