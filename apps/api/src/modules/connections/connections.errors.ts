import { defineErrors, ErrorCategory } from '../../infra/graphql/domain-error';

/** The connections feature's reason codes (connections and team principals). */
export const connectionsError = defineErrors({
  CONNECTION_NOT_FOUND: { category: ErrorCategory.NOT_FOUND, message: 'No such connection' },
  SCHEMA_REGISTRY_NOT_FOUND: { category: ErrorCategory.NOT_FOUND, message: 'No such schema registry connection' },
  TEAM_NOT_FOUND: { category: ErrorCategory.NOT_FOUND, message: 'No such team' },
  PRINCIPAL_NOT_FOUND: { category: ErrorCategory.NOT_FOUND, message: 'The team has no principal on this connection' },
  PRINCIPAL_TAKEN: {
    category: ErrorCategory.CONFLICT,
    message: 'The principal is already the identity of another team, or of Tessera itself, on this connection',
  },
  CONNECTION_NAME_TAKEN: {
    category: ErrorCategory.CONFLICT,
    message: 'Another connection of this kind already has this name',
  },
  CONNECTION_IN_USE: {
    category: ErrorCategory.CONFLICT,
    message: 'The connection is still in use; remove what uses it first',
  },
  WRONG_CONNECTION_KIND: {
    category: ErrorCategory.VALIDATION_FAILED,
    message: 'The connection is of another kind',
  },
  PASSWORD_REQUIRED: {
    category: ErrorCategory.VALIDATION_FAILED,
    message: 'A password is needed: there is no stored one to keep',
  },
  PRINCIPALS_NOT_SUPPORTED: {
    category: ErrorCategory.VALIDATION_FAILED,
    message: 'Teams have principals on Kafka clusters and Postgres databases only',
  },
  INVALID_PRINCIPAL: {
    category: ErrorCategory.VALIDATION_FAILED,
    message: 'The principal name is not valid for the connection kind',
  },
  /** The stored secrets cannot be decrypted: SECRETS_KEY changed or the row was altered. */
  SECRETS_UNREADABLE: {
    category: ErrorCategory.INTERNAL,
    message: 'The stored secrets of the connection cannot be decrypted',
  },
});

export type ConnectionsErrorReason = Parameters<typeof connectionsError>[0];
