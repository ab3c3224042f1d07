import { defineErrors, ErrorCategory } from '../../infra/graphql/domain-error';

export const contractsError = defineErrors({
  CONTRACT_INVALID: {
    category: ErrorCategory.VALIDATION_FAILED,
    message: 'The data contract is not a valid ODCS document; see the issues for each field',
  },
  OUTPUT_PORT_NOT_FOUND: { category: ErrorCategory.NOT_FOUND, message: 'No such output port' },
  PRODUCT_RETIRED: {
    category: ErrorCategory.CONFLICT,
    message: 'The data product is retired and can no longer change',
  },
});
