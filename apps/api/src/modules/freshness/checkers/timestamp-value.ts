import { z } from 'zod';
import { CheckFailure, CommonCheckError } from './check-outcome';

/**
 * The unit of a numeric timestamp (a field inside a record, an integer column). Explicit
 * rather than guessed from the magnitude: a guess silently misreads old or far-future data,
 * while a wrong explicit unit lands outside the plausible range below and is reported.
 */
export const epochUnitSchema = z.enum(['SECONDS', 'MILLISECONDS', 'MICROSECONDS', 'NANOSECONDS']);
export type EpochUnit = z.infer<typeof epochUnitSchema>;

/**
 * Data times outside this range are refused as INVALID_TIMESTAMP. Reading today's epoch
 * seconds as milliseconds gives January 1970, and milliseconds read as seconds (or micros as
 * millis) give years beyond 9999, so the range catches unit mix-ups in both directions.
 */
const EARLIEST_PLAUSIBLE = Date.UTC(1971, 0, 1);
const LATEST_PLAUSIBLE = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

const MILLIS_PER_UNIT: Record<EpochUnit, number> = {
  SECONDS: 1000,
  MILLISECONDS: 1,
  MICROSECONDS: 1e-3,
  NANOSECONDS: 1e-6,
};
const BIGINT_DIVISOR: Partial<Record<EpochUnit, bigint>> = { MICROSECONDS: 1000n, NANOSECONDS: 1_000_000n };

const NUMERIC = /^[+-]?\d+(\.\d+)?$/;
// ISO 8601 as producers write it: a date, optionally a time (T or space), optionally a zone.
const ISO_8601 = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;

function invalid(what: string, message: string): CheckFailure {
  return new CheckFailure(CommonCheckError.INVALID_TIMESTAMP, `${what}: ${message}`);
}

function plausible(date: Date, what: string, hint: string): Date {
  const time = date.getTime();
  if (Number.isNaN(time) || time < EARLIEST_PLAUSIBLE || time > LATEST_PLAUSIBLE) {
    const shown = Number.isNaN(time) ? 'an invalid date' : date.toISOString();
    throw invalid(what, `${hint} gives ${shown}, outside 1971..9999; check the unit`);
  }
  return date;
}

/** An epoch number in `unit` as a Date. */
export function epochToDate(value: number | bigint, unit: EpochUnit, what: string): Date {
  let millis: number;
  if (typeof value === 'bigint') {
    const divisor = BIGINT_DIVISOR[unit];
    millis = divisor ? Number(value / divisor) : Number(value) * MILLIS_PER_UNIT[unit];
  } else {
    if (!Number.isFinite(value)) throw invalid(what, `${value} is not a finite number`);
    millis = Math.trunc(value * MILLIS_PER_UNIT[unit]);
  }
  return plausible(new Date(millis), what, `${value} read as ${unit.toLowerCase()}`);
}

/**
 * An ISO 8601 string as a Date. A time without a zone is taken as UTC (JavaScript would
 * take the server's local zone); a date alone is midnight UTC.
 */
export function isoToDate(text: string, what: string): Date {
  const match = ISO_8601.exec(text.trim());
  if (!match) throw invalid(what, `${JSON.stringify(text.slice(0, 64))} is not an ISO 8601 timestamp`);
  const [, day, time, zone] = match;
  let normalized = time ? `${day}T${time.replace(',', '.')}` : `${day}T00:00:00`;
  if (!zone || zone.toUpperCase() === 'Z') normalized += 'Z';
  else
    normalized += zone.length === 3 ? `${zone}:00` : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
  return plausible(new Date(normalized), what, JSON.stringify(text));
}

/**
 * A timestamp found inside data: a number or digit string (epoch in `unit`), an ISO 8601
 * string, or a Date (decoders with logical types). Anything else is INVALID_TIMESTAMP.
 */
export function timestampFromValue(value: unknown, unit: EpochUnit, what: string): Date {
  if (value instanceof Date) return plausible(value, what, 'the date');
  if (typeof value === 'number' || typeof value === 'bigint') return epochToDate(value, unit, what);
  if (typeof value === 'string') {
    const text = value.trim();
    if (NUMERIC.test(text)) return epochToDate(text.includes('.') ? Number(text) : BigInt(text), unit, what);
    return isoToDate(text, what);
  }
  throw invalid(what, `a ${value === null ? 'null' : typeof value} is not a timestamp`);
}
