import { defineErrors, ErrorCategory } from '../../infra/graphql/domain-error';

/**
 * The freshness feature's reason codes. A port or incident of a product hidden from the
 * viewer answers exactly like a missing one.
 */
export const freshnessError = defineErrors({
  OUTPUT_PORT_NOT_FOUND: { category: ErrorCategory.NOT_FOUND, message: 'No such output port' },
  OBJECTIVE_NOT_FOUND: { category: ErrorCategory.NOT_FOUND, message: 'The output port has no freshness objective' },
  INCIDENT_NOT_FOUND: { category: ErrorCategory.NOT_FOUND, message: 'No such incident' },
  SUBSCRIPTION_NOT_FOUND: { category: ErrorCategory.NOT_FOUND, message: 'No such subscription' },
  SUBSCRIPTION_ENDED: {
    category: ErrorCategory.CONFLICT,
    message: 'The subscription has ended; request access again to receive alerts',
  },
  INVALID_DURATION: { category: ErrorCategory.VALIDATION_FAILED, message: 'The duration cannot be read' },
  INVALID_THRESHOLDS: {
    category: ErrorCategory.VALIDATION_FAILED,
    message: 'The error threshold must be at least the warn threshold',
  },
  MISSING_OBJECTIVE_FIELD: {
    category: ErrorCategory.VALIDATION_FAILED,
    message: 'A new objective needs warnAfter, errorAfter and check',
  },
  CHECK_KIND_MISMATCH: {
    category: ErrorCategory.VALIDATION_FAILED,
    message: "The check kind does not fit the port's kind",
  },
  INVALID_CHECK_SETTINGS: { category: ErrorCategory.VALIDATION_FAILED, message: 'The check settings are not valid' },
  INVALID_TIMELINE_DAYS: { category: ErrorCategory.VALIDATION_FAILED, message: 'days must be between 1 and 90' },
  DATA_PRODUCT_RETIRED: {
    category: ErrorCategory.CONFLICT,
    message: 'The data product is retired and can no longer change',
  },
  INCIDENT_RESOLVED: { category: ErrorCategory.INVALID_TRANSITION, message: 'The incident is already resolved' },
  FUTURE_HEARTBEAT: {
    category: ErrorCategory.VALIDATION_FAILED,
    message: 'lastUpdatedAt is more than 5 minutes in the future',
  },
});

export type FreshnessErrorReason = Parameters<typeof freshnessError>[0];
