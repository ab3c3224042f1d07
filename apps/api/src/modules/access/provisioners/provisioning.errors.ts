import { DomainError, ErrorCategory, type FieldIssue } from '../../../infra/graphql/domain-error';

/**
 * Why provisioning failed. The code and message are what a job stores as its last error and
 * shows to the owning and the consumer team, so messages name connections by their catalog
 * name and never carry hosts or secrets. `retryable` tells the job whether trying again
 * later can succeed without anyone changing anything.
 */
export enum ProvisioningErrorCode {
  BROKER_UNAVAILABLE = 'BROKER_UNAVAILABLE',
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  AUTHENTICATION_FAILED = 'AUTHENTICATION_FAILED',
  AUTHORIZATION_FAILED = 'AUTHORIZATION_FAILED',
  ACLS_NOT_ENABLED = 'ACLS_NOT_ENABLED',
  CONNECTION_NOT_CONFIGURED = 'CONNECTION_NOT_CONFIGURED',
  PRINCIPAL_MISSING = 'PRINCIPAL_MISSING',
  DATABASE_NOT_FOUND = 'DATABASE_NOT_FOUND',
  ROLE_NOT_FOUND = 'ROLE_NOT_FOUND',
  SCHEMA_NOT_FOUND = 'SCHEMA_NOT_FOUND',
  TABLE_NOT_FOUND = 'TABLE_NOT_FOUND',
  REVOKE_INCOMPLETE = 'REVOKE_INCOMPLETE',
  INVALID_GRANT = 'INVALID_GRANT',
  UNSUPPORTED_PORT_KIND = 'UNSUPPORTED_PORT_KIND',
  PROVISIONING_FAILED = 'PROVISIONING_FAILED',
}

interface CatalogueEntry {
  readonly category: ErrorCategory;
  readonly retryable: boolean;
  readonly message: string;
}

const catalogue: Record<ProvisioningErrorCode, CatalogueEntry> = {
  BROKER_UNAVAILABLE: {
    category: ErrorCategory.UNAVAILABLE,
    retryable: true,
    message: 'The Kafka cluster could not be reached',
  },
  DATABASE_UNAVAILABLE: {
    category: ErrorCategory.UNAVAILABLE,
    retryable: true,
    message: 'The database could not be reached',
  },
  AUTHENTICATION_FAILED: {
    category: ErrorCategory.UNAVAILABLE,
    retryable: false,
    message: "The platform's administrative credentials for this connection were refused",
  },
  AUTHORIZATION_FAILED: {
    category: ErrorCategory.FORBIDDEN,
    retryable: false,
    message: "The platform's administrative identity may not manage grants on this connection",
  },
  ACLS_NOT_ENABLED: {
    category: ErrorCategory.UNAVAILABLE,
    retryable: false,
    message: 'The Kafka cluster has no authorizer configured, so ACLs cannot be managed',
  },
  CONNECTION_NOT_CONFIGURED: {
    category: ErrorCategory.NOT_FOUND,
    retryable: false,
    message: 'The connection named by the port is not configured',
  },
  PRINCIPAL_MISSING: {
    category: ErrorCategory.NOT_FOUND,
    retryable: false,
    message: 'The consumer team has no principal (Kafka user or Postgres role) for this connection',
  },
  DATABASE_NOT_FOUND: {
    category: ErrorCategory.NOT_FOUND,
    retryable: false,
    message: 'The database does not exist',
  },
  ROLE_NOT_FOUND: {
    category: ErrorCategory.NOT_FOUND,
    retryable: false,
    message: "The consumer team's role does not exist in the database",
  },
  SCHEMA_NOT_FOUND: {
    category: ErrorCategory.NOT_FOUND,
    retryable: false,
    message: 'The schema does not exist in the database',
  },
  TABLE_NOT_FOUND: {
    category: ErrorCategory.NOT_FOUND,
    retryable: false,
    message: 'The table does not exist in the database',
  },
  REVOKE_INCOMPLETE: {
    category: ErrorCategory.CONFLICT,
    retryable: false,
    message: 'The consumer still holds the privilege through a grant the platform did not make',
  },
  INVALID_GRANT: {
    category: ErrorCategory.VALIDATION_FAILED,
    retryable: false,
    message: 'The grant request is not valid',
  },
  UNSUPPORTED_PORT_KIND: {
    category: ErrorCategory.VALIDATION_FAILED,
    retryable: false,
    message: 'Access to this kind of port cannot be provisioned',
  },
  PROVISIONING_FAILED: {
    category: ErrorCategory.UNAVAILABLE,
    retryable: true,
    message: 'Provisioning failed unexpectedly',
  },
};

/** The part of a failure a job keeps and shows: stable code, safe message, retry advice. */
export interface ProvisioningFailure {
  readonly code: ProvisioningErrorCode;
  readonly message: string;
  readonly retryable: boolean;
}

export interface ProvisioningErrorOptions {
  readonly cause?: unknown;
  /** Overrides the code's usual advice when the driver knows better. */
  readonly retryable?: boolean;
  readonly issues?: readonly FieldIssue[];
}

export class ProvisioningError extends DomainError {
  readonly code: ProvisioningErrorCode;
  readonly retryable: boolean;

  constructor(code: ProvisioningErrorCode, message?: string, options: ProvisioningErrorOptions = {}) {
    const entry = catalogue[code];
    super(entry.category, code, message ?? entry.message, options.issues);
    this.name = 'ProvisioningError';
    this.code = code;
    this.retryable = options.retryable ?? entry.retryable;
    // The driver's own error, for logs only: it may name hosts and is not shown to teams.
    if (options.cause !== undefined) this.cause = options.cause;
  }

  toFailure(): ProvisioningFailure {
    return { code: this.code, message: this.message, retryable: this.retryable };
  }
}

export function provisioningError(
  code: ProvisioningErrorCode,
  message?: string,
  cause?: unknown,
  options: Omit<ProvisioningErrorOptions, 'cause'> = {},
): ProvisioningError {
  return new ProvisioningError(code, message, { ...options, cause });
}

export function isProvisioningError(error: unknown): error is ProvisioningError {
  return error instanceof ProvisioningError;
}
