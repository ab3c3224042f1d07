import { CheckFailure, CommonCheckError } from '../check-outcome';
import { epochToDate, type EpochUnit } from '../timestamp-value';

/** Codes for turning a column value into a data time. */
export const ColumnTimeError = {
  UNSUPPORTED_COLUMN_TYPE: 'UNSUPPORTED_COLUMN_TYPE',
} as const;

/** Type OIDs (pg_type) of the columns `max()` can give a data time for. */
const OID = {
  int2: 21,
  int4: 23,
  int8: 20,
  numeric: 1700,
  float4: 700,
  float8: 701,
  date: 1082,
  timestamp: 1114,
  timestamptz: 1184,
} as const;

const TYPE_NAMES = new Map<number, string>(Object.entries(OID).map(([name, oid]) => [oid, name]));
const NUMERIC_TYPES = new Set<number>([OID.int2, OID.int4, OID.int8, OID.numeric, OID.float4, OID.float8]);

// Postgres's ISO output (DateStyle ISO, TimeZone UTC): "2024-05-01 12:34:56.123456+00", "2024-05-01".
const PG_TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?)?([+-]\d{2}(?::\d{2}){0,2})?$/;

export function columnTypeName(oid: number): string {
  return TYPE_NAMES.get(oid) ?? `oid ${oid}`;
}

/** Refuses columns that hold no time (text, uuid, ...), even when the table is empty. */
export function assertTimeColumn(typeOid: number, what: string): void {
  if (NUMERIC_TYPES.has(typeOid) || typeOid === OID.timestamptz || typeOid === OID.timestamp || typeOid === OID.date) {
    return;
  }
  throw new CheckFailure(
    ColumnTimeError.UNSUPPORTED_COLUMN_TYPE,
    `${what} is of type ${columnTypeName(typeOid)}; use a timestamptz, timestamp, date or integer epoch column`,
  );
}

/**
 * The data time of `max(column)` as Postgres printed it, in a session with TimeZone UTC:
 * timestamptz is exact; a timestamp without time zone is read as UTC; a date is its
 * midnight UTC (the start of the day, the conservative end); integer and numeric columns
 * are epochs in `unit`. 'infinity' and BC dates are INVALID_TIMESTAMP.
 */
export function columnValueToDate(text: string, typeOid: number, unit: EpochUnit, what: string): Date {
  assertTimeColumn(typeOid, what);
  if (NUMERIC_TYPES.has(typeOid)) {
    return epochToDate(/^-?\d+$/.test(text) ? BigInt(text) : Number(text), unit, what);
  }
  const match = PG_TIMESTAMP.exec(text);
  if (!match) throw new CheckFailure(CommonCheckError.INVALID_TIMESTAMP, `${what}: ${JSON.stringify(text)}`);
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '', offset] = match;
  const millis = Number(fraction.padEnd(3, '0').slice(0, 3));
  const date = new Date(
    Date.UTC(2000, Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second), millis),
  );
  // Date.UTC maps years 0..99 to 1900..1999; setting the year afterwards keeps it literal.
  date.setUTCFullYear(Number(year));
  let time = date.getTime();
  if (offset) {
    // The session runs in UTC, so this is "+00"; honoured anyway in case a role overrides TimeZone.
    const [hours = '0', minutes = '0'] = offset.slice(1).split(':');
    const sign = offset.startsWith('-') ? -1 : 1;
    time -= sign * (Number(hours) * 60 + Number(minutes)) * 60_000;
  }
  return new Date(time);
}
