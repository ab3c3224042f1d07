import { describe, expect, it } from 'vitest';
import { CheckFailure } from '../check-outcome';
import { columnValueToDate } from '../postgres/column-time';

const TIMESTAMPTZ = 1184;
const TIMESTAMP = 1114;
const DATE = 1082;
const INT8 = 20;
const NUMERIC = 1700;
const TEXT = 25;

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CheckFailure);
    return (error as CheckFailure).errorCode;
  }
  throw new Error('expected a CheckFailure');
}

describe('max(column) as Postgres prints it, in a UTC session', () => {
  it('parses timestamptz with its offset, and timestamp as UTC', () => {
    expect(columnValueToDate('2026-03-04 05:06:07.891234+00', TIMESTAMPTZ, 'MILLISECONDS', 'c').toISOString()).toBe(
      '2026-03-04T05:06:07.891Z',
    );
    expect(columnValueToDate('2026-03-04 07:06:07.5+02', TIMESTAMPTZ, 'MILLISECONDS', 'c').toISOString()).toBe(
      '2026-03-04T05:06:07.500Z',
    );
    expect(columnValueToDate('2026-03-04 01:36:07-03:30', TIMESTAMPTZ, 'MILLISECONDS', 'c').toISOString()).toBe(
      '2026-03-04T05:06:07.000Z',
    );
    expect(columnValueToDate('2026-03-04 05:06:07', TIMESTAMP, 'MILLISECONDS', 'c').toISOString()).toBe(
      '2026-03-04T05:06:07.000Z',
    );
  });

  it('takes a date as its midnight UTC and keeps early years literal', () => {
    expect(columnValueToDate('2026-02-28', DATE, 'MILLISECONDS', 'c').toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(columnValueToDate('0050-01-01', DATE, 'MILLISECONDS', 'c').getUTCFullYear()).toBe(50);
  });

  it('reads integer and numeric columns as epochs in the unit', () => {
    expect(columnValueToDate('1772600767891', INT8, 'MILLISECONDS', 'c').toISOString()).toBe(
      '2026-03-04T05:06:07.891Z',
    );
    expect(columnValueToDate('1772600767.5', NUMERIC, 'SECONDS', 'c').toISOString()).toBe('2026-03-04T05:06:07.500Z');
  });

  it('refuses infinity, BC dates and columns that hold no time', () => {
    expect(codeOf(() => columnValueToDate('infinity', TIMESTAMPTZ, 'MILLISECONDS', 'c'))).toBe('INVALID_TIMESTAMP');
    expect(codeOf(() => columnValueToDate('0044-03-15 BC', DATE, 'MILLISECONDS', 'c'))).toBe('INVALID_TIMESTAMP');
    expect(codeOf(() => columnValueToDate('hello', TEXT, 'MILLISECONDS', 'c'))).toBe('UNSUPPORTED_COLUMN_TYPE');
  });
});
