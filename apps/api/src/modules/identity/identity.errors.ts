import { defineErrors, ErrorCategory } from '../../infra/graphql/domain-error';

export const identityError = defineErrors({
  INVALID_CREDENTIALS: { category: ErrorCategory.UNAUTHENTICATED, message: 'The email address or password is wrong' },
  INVALID_TOKEN: { category: ErrorCategory.UNAUTHENTICATED, message: 'The API token is unknown, revoked or expired' },
  SESSION_EXPIRED: {
    category: ErrorCategory.UNAUTHENTICATED,
    message: 'The session has expired or was signed out; sign in again',
  },
  CSRF_TOKEN_MISSING: {
    category: ErrorCategory.FORBIDDEN,
    message: 'Cookie-authenticated mutations need the X-CSRF-Token header of the session',
  },
  SESSION_NOT_FOUND: { category: ErrorCategory.NOT_FOUND, message: 'No such session' },
  API_TOKEN_NOT_FOUND: { category: ErrorCategory.NOT_FOUND, message: 'No such API token' },
  TEAM_NOT_FOUND: { category: ErrorCategory.NOT_FOUND, message: 'No such team' },
  INVALID_TOKEN_REQUEST: { category: ErrorCategory.VALIDATION_FAILED, message: 'The token request is not valid' },
});
