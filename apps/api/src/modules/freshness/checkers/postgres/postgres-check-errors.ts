import { errorOutcome, type CheckError } from '../check-outcome';
import { DeadlineExceeded } from '../deadline';
import { describeError, errorChain } from '../freshness-checker';
import { ColumnTimeError } from './column-time';

/** The POSTGRES_TABLE checker's error codes (besides CommonCheckError). */
export const PostgresTableCheckError = {
  ...ColumnTimeError,
  /** Refused, unreachable, shutting down, out of connections, or silent within the budget. */
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  DATABASE_NOT_FOUND: 'DATABASE_NOT_FOUND',
  BAD_CREDENTIALS: 'BAD_CREDENTIALS',
  /** Connected, but the role may not read the table. */
  PERMISSION_DENIED: 'PERMISSION_DENIED',
  TABLE_NOT_FOUND: 'TABLE_NOT_FOUND',
  COLUMN_NOT_FOUND: 'COLUMN_NOT_FOUND',
  /** The statement_timeout (sized to the check's budget) cancelled the query. */
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
} as const;

const BY_SQLSTATE: Record<string, string> = {
  '28P01': PostgresTableCheckError.BAD_CREDENTIALS,
  '28000': PostgresTableCheckError.BAD_CREDENTIALS,
  '3D000': PostgresTableCheckError.DATABASE_NOT_FOUND,
  '42P01': PostgresTableCheckError.TABLE_NOT_FOUND,
  '3F000': PostgresTableCheckError.TABLE_NOT_FOUND,
  '42703': PostgresTableCheckError.COLUMN_NOT_FOUND,
  '42501': PostgresTableCheckError.PERMISSION_DENIED,
  // The check's READ ONLY transaction stopped something (a view calling a function) from writing.
  '25006': PostgresTableCheckError.PERMISSION_DENIED,
  '57014': PostgresTableCheckError.QUERY_TIMEOUT,
  '55P03': PostgresTableCheckError.QUERY_TIMEOUT,
  // max() has no implementation for the column's type (boolean, json, ...).
  '42883': PostgresTableCheckError.UNSUPPORTED_COLUMN_TYPE,
  '53300': PostgresTableCheckError.DATABASE_UNAVAILABLE,
  '57P01': PostgresTableCheckError.DATABASE_UNAVAILABLE,
  '57P02': PostgresTableCheckError.DATABASE_UNAVAILABLE,
  '57P03': PostgresTableCheckError.DATABASE_UNAVAILABLE,
};

const SOCKET_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ETIMEDOUT',
  'EAI_AGAIN',
]);
// What pg says when the pool's connection timeout passes or the server hangs up.
const CONNECTION_LOST = /timeout exceeded when trying to connect|connection terminated|connection timeout/i;

/**
 * Maps pg errors to codes by SQLSTATE (connection-class 08xxx too), socket errors and pg's
 * own connection messages. A budget that ran out while connecting is the database being
 * unavailable; while querying, a query timeout.
 */
export function mapPostgresError(error: unknown, connected: boolean): CheckError | undefined {
  for (const cause of errorChain(error)) {
    const { code } = (cause ?? {}) as { code?: string };
    const message = describeError(cause);
    if (cause instanceof DeadlineExceeded) {
      return connected
        ? errorOutcome(PostgresTableCheckError.QUERY_TIMEOUT, `the query did not finish: ${message}`)
        : errorOutcome(PostgresTableCheckError.DATABASE_UNAVAILABLE, `could not connect: ${message}`);
    }
    if (code && BY_SQLSTATE[code]) return errorOutcome(BY_SQLSTATE[code], message);
    if (code?.startsWith('08') || (code && SOCKET_ERROR_CODES.has(code)) || CONNECTION_LOST.test(message)) {
      return errorOutcome(PostgresTableCheckError.DATABASE_UNAVAILABLE, message);
    }
  }
  return undefined;
}
