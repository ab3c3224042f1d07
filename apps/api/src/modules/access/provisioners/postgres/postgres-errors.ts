import {
  isProvisioningError,
  provisioningError,
  ProvisioningErrorCode,
  type ProvisioningError,
} from '../provisioning.errors';

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EPIPE',
]);

/** SQLSTATEs that mean the server is there but cannot serve us right now. */
const TRANSIENT_STATES = new Set([
  '53300', // too_many_connections
  '55P03', // lock_not_available (lock_timeout)
  '57014', // query_canceled (statement_timeout)
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '40001', // serialization_failure
  '40P01', // deadlock_detected
]);

interface PgErrorLike {
  readonly code?: unknown;
  readonly message?: unknown;
}

/** Turns whatever pg threw into a ProvisioningError a job can show and act on. */
export function classifyPostgresError(error: unknown, database: string): ProvisioningError {
  if (isProvisioningError(error)) return error;
  const { code, message } = (typeof error === 'object' && error !== null ? error : {}) as PgErrorLike;
  const state = typeof code === 'string' ? code : '';
  const text = typeof message === 'string' ? message : '';
  const fail = (reason: ProvisioningErrorCode, userMessage: string, retryable?: boolean) =>
    provisioningError(reason, userMessage, error, retryable === undefined ? {} : { retryable });

  if (
    NETWORK_CODES.has(state) ||
    state.startsWith('08') ||
    /connection terminated|timeout expired|connection timeout/i.test(text)
  ) {
    return fail(ProvisioningErrorCode.DATABASE_UNAVAILABLE, `Database "${database}" could not be reached`);
  }
  switch (state) {
    case '28P01':
    case '28000':
      return fail(
        ProvisioningErrorCode.AUTHENTICATION_FAILED,
        `Database "${database}" refused the platform's administrative credentials`,
      );
    case '3D000':
      return fail(ProvisioningErrorCode.DATABASE_NOT_FOUND, `The database of connection "${database}" does not exist`);
    case '42501':
      return fail(
        ProvisioningErrorCode.AUTHORIZATION_FAILED,
        `The platform's role may not grant privileges in database "${database}": it must own the objects or be a superuser`,
      );
    case '42704':
      return fail(ProvisioningErrorCode.ROLE_NOT_FOUND, `The consumer role does not exist in database "${database}"`);
    case '3F000':
      return fail(ProvisioningErrorCode.SCHEMA_NOT_FOUND, `The schema does not exist in database "${database}"`);
    case '42P01':
      return fail(ProvisioningErrorCode.TABLE_NOT_FOUND, `The table does not exist in database "${database}"`);
  }
  if (TRANSIENT_STATES.has(state)) {
    return fail(ProvisioningErrorCode.DATABASE_UNAVAILABLE, `Database "${database}" is busy or restarting (${state})`);
  }
  return fail(
    ProvisioningErrorCode.PROVISIONING_FAILED,
    state
      ? `Granting in database "${database}" failed (SQLSTATE ${state})`
      : `Granting in database "${database}" failed unexpectedly`,
  );
}
