import { defineErrors, ErrorCategory } from '../../infra/graphql/domain-error';

/**
 * The notifications feature's reason codes. A channel of a team the viewer does not belong
 * to answers exactly like a missing one.
 */
export const notificationsError = defineErrors({
  CHANNEL_NOT_FOUND: { category: ErrorCategory.NOT_FOUND, message: 'No such notification channel' },
  TEAM_NOT_FOUND: { category: ErrorCategory.NOT_FOUND, message: 'No such team' },
  CHANNEL_NAME_TAKEN: {
    category: ErrorCategory.CONFLICT,
    message: 'The team already has a notification channel with this name',
  },
  OUTBOUND_URL_REFUSED: {
    category: ErrorCategory.VALIDATION_FAILED,
    message: 'Tessera may not call this URL',
  },
  FIELD_NOT_FOR_KIND: {
    category: ErrorCategory.VALIDATION_FAILED,
    message: 'The field does not apply to this kind of channel',
  },
  CHANNEL_HAS_NO_SECRET: {
    category: ErrorCategory.VALIDATION_FAILED,
    message: 'Only WEBHOOK channels have a signing secret',
  },
  INVALID_CURSOR: { category: ErrorCategory.VALIDATION_FAILED, message: 'The cursor is not valid for this list' },
  CHANNEL_DISABLED: {
    category: ErrorCategory.CONFLICT,
    message: 'The channel is disabled; enable it first',
  },
});

export type NotificationsErrorReason = Parameters<typeof notificationsError>[0];
