import { defineErrors, ErrorCategory } from '../../infra/graphql/domain-error';

/** The search feature's reason codes; all are the caller's input, so VALIDATION_FAILED. */
export const searchError = defineErrors({
  INVALID_SEARCH: { category: ErrorCategory.VALIDATION_FAILED, message: 'The search arguments are not valid' },
  INVALID_CURSOR: { category: ErrorCategory.VALIDATION_FAILED, message: 'The cursor is not valid for this search' },
});

export type SearchErrorReason = Parameters<typeof searchError>[0];
