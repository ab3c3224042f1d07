import { defineErrors, ErrorCategory } from '../../infra/graphql/domain-error';

export const descriptorsError = defineErrors({
  INVALID_DESCRIPTOR: {
    category: ErrorCategory.VALIDATION_FAILED,
    message: 'The descriptor is not valid; see the issues for each field',
  },
  DOMAIN_NOT_FOUND: { category: ErrorCategory.NOT_FOUND, message: 'The descriptor names a domain that does not exist' },
  TEAM_NOT_FOUND: { category: ErrorCategory.NOT_FOUND, message: 'The descriptor names a team that does not exist' },
  PRODUCT_NOT_FOUND: { category: ErrorCategory.NOT_FOUND, message: 'No such data product' },
  LINEAGE_SOURCE_NOT_FOUND: {
    category: ErrorCategory.VALIDATION_FAILED,
    message: 'An input port consumes an output port that does not exist',
  },
  LINEAGE_SOURCE_RETIRED: {
    category: ErrorCategory.VALIDATION_FAILED,
    message: 'An input port would start consuming a retired product',
  },
  REPLACEMENT_NOT_FOUND: {
    category: ErrorCategory.VALIDATION_FAILED,
    message: 'The replacement product does not exist',
  },
  INVALID_REPLACEMENT: {
    category: ErrorCategory.VALIDATION_FAILED,
    message: 'The replacement product is not published',
  },
  PRODUCT_RETIRED: {
    category: ErrorCategory.CONFLICT,
    message: 'The data product is retired and can no longer change',
  },
  PORT_HAS_SUBSCRIBERS: {
    category: ErrorCategory.CONFLICT,
    message:
      'Teams hold pending or approved subscriptions to an output port the descriptor removes or moves; revoke them first',
  },
  PORT_IN_USE: {
    category: ErrorCategory.CONFLICT,
    message: 'An output port the descriptor leaves out is still consumed by other products',
  },
  OWNER_CHANGE_NOT_ALLOWED: {
    category: ErrorCategory.CONFLICT,
    message: 'A descriptor cannot move a product to another team',
  },
  INVALID_TRANSITION: {
    category: ErrorCategory.INVALID_TRANSITION,
    message: 'The product cannot move to that status from its current one',
  },
  CONCURRENT_CHANGE: {
    category: ErrorCategory.CONFLICT,
    message: 'The product was changed at the same time; apply the descriptor again',
  },
});
