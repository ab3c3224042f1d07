import { defineErrors, ErrorCategory } from '../../infra/graphql/domain-error';

/**
 * The access feature's reason codes. A subscription the viewer may not read (neither the
 * owning team, nor the consumer team, nor an admin) answers exactly like a missing one.
 */
export const accessError = defineErrors({
  SUBSCRIPTION_NOT_FOUND: { category: ErrorCategory.NOT_FOUND, message: 'No such subscription' },
  OUTPUT_PORT_NOT_FOUND: { category: ErrorCategory.NOT_FOUND, message: 'No such output port' },
  TEAM_NOT_FOUND: { category: ErrorCategory.NOT_FOUND, message: 'No such team' },
  SUBSCRIPTION_OWN_PRODUCT: {
    category: ErrorCategory.VALIDATION_FAILED,
    message: 'A team does not request access to its own products: its members can read them already',
  },
  SUBSCRIPTION_EXISTS: {
    category: ErrorCategory.CONFLICT,
    message: 'The team already has a pending or approved subscription to this port',
  },
  SUBSCRIPTION_PRODUCT_UNAVAILABLE: {
    category: ErrorCategory.CONFLICT,
    message: 'Access can be requested to published data products only',
  },
  SUBSCRIPTION_PORT_NOT_PROVISIONABLE: {
    category: ErrorCategory.VALIDATION_FAILED,
    message: 'Access to this kind of port cannot be granted by Tessera',
  },
  SUBSCRIPTION_INVALID_TRANSITION: {
    category: ErrorCategory.INVALID_TRANSITION,
    message: 'The subscription cannot make this transition from its current status',
  },
  SUBSCRIPTION_NOT_EXPIRING: {
    category: ErrorCategory.VALIDATION_FAILED,
    message: 'The subscription has no expiry, so there is nothing to renew',
  },
  INVALID_CURSOR: { category: ErrorCategory.VALIDATION_FAILED, message: 'The cursor is not valid for this list' },
});

export type AccessErrorReason = Parameters<typeof accessError>[0];
