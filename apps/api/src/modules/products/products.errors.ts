import { defineErrors, ErrorCategory } from '../../infra/graphql/domain-error';

/**
 * The products feature's reason codes. A product hidden from the viewer (another team's
 * draft) answers exactly like a missing one, so its existence does not leak.
 */
export const productsError = defineErrors({
  DATA_PRODUCT_NOT_FOUND: { category: ErrorCategory.NOT_FOUND, message: 'No such data product' },
  OUTPUT_PORT_NOT_FOUND: { category: ErrorCategory.NOT_FOUND, message: 'No such output port' },
  INPUT_PORT_NOT_FOUND: { category: ErrorCategory.NOT_FOUND, message: 'No such input port' },
  DOMAIN_NOT_FOUND: { category: ErrorCategory.NOT_FOUND, message: 'No such domain' },
  TEAM_NOT_FOUND: { category: ErrorCategory.NOT_FOUND, message: 'No such team' },
  REPLACEMENT_NOT_FOUND: { category: ErrorCategory.NOT_FOUND, message: 'No such replacement data product' },
  LINEAGE_SOURCE_NOT_FOUND: { category: ErrorCategory.NOT_FOUND, message: 'No such output port to read from' },
  DATA_PRODUCT_SLUG_TAKEN: { category: ErrorCategory.CONFLICT, message: 'Another data product already has this slug' },
  PORT_NAME_TAKEN: { category: ErrorCategory.CONFLICT, message: 'The product already has a port with this name' },
  PORT_HAS_SUBSCRIBERS: {
    category: ErrorCategory.CONFLICT,
    message:
      'Teams hold pending or approved subscriptions to this output port; revoke them before removing it or moving its location',
  },
  PORT_IN_USE: {
    category: ErrorCategory.CONFLICT,
    message: 'Other products read this output port; they must remove their input ports first',
  },
  INPUT_PORT_EXISTS: { category: ErrorCategory.CONFLICT, message: 'The product already reads this output port' },
  DATA_PRODUCT_RETIRED: {
    category: ErrorCategory.CONFLICT,
    message: 'The data product is retired and can no longer change',
  },
  LINEAGE_SOURCE_RETIRED: { category: ErrorCategory.CONFLICT, message: 'The source data product is retired' },
  INVALID_TRANSITION: {
    category: ErrorCategory.INVALID_TRANSITION,
    message: 'The lifecycle transition is not allowed',
  },
  REPLACEMENT_REQUIRED: {
    category: ErrorCategory.VALIDATION_FAILED,
    message: 'A deprecation names a replacement product or gives a reason why there is none',
  },
  INVALID_REPLACEMENT: {
    category: ErrorCategory.VALIDATION_FAILED,
    message: 'The replacement data product cannot be used',
  },
  OPEN_ACCESS_NOT_ALLOWED: {
    category: ErrorCategory.VALIDATION_FAILED,
    message: 'CONFIDENTIAL and RESTRICTED data needs the APPROVAL_REQUIRED access mode',
  },
  SUNSET_IN_PAST: { category: ErrorCategory.VALIDATION_FAILED, message: 'The sunset date must be in the future' },
  SELF_LINEAGE: {
    category: ErrorCategory.VALIDATION_FAILED,
    message: 'A data product cannot read its own output port',
  },
  INVALID_PORT_LOCATION: {
    category: ErrorCategory.VALIDATION_FAILED,
    message: "The location does not match the port kind's format",
  },
  OWNER_UNCHANGED: { category: ErrorCategory.CONFLICT, message: 'The data product already belongs to this team' },
  INVALID_LOOKUP: { category: ErrorCategory.VALIDATION_FAILED, message: 'Give exactly one of id and slug' },
  INVALID_CURSOR: { category: ErrorCategory.VALIDATION_FAILED, message: 'The cursor is not valid for this list' },
});

export type ProductsErrorReason = Parameters<typeof productsError>[0];
