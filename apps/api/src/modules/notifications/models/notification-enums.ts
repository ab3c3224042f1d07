import { registerEnumType } from '@nestjs/graphql';

/** GraphQL enums of the notifications feature, with the same values as the Prisma enums. */
export const ChannelKindEnum = { WEBHOOK: 'WEBHOOK', SLACK: 'SLACK', EMAIL: 'EMAIL' } as const;
export type ChannelKindName = keyof typeof ChannelKindEnum;

export const DeliveryStatusEnum = {
  PENDING: 'PENDING',
  RETRYING: 'RETRYING',
  DELIVERED: 'DELIVERED',
  DEAD: 'DEAD',
} as const;
export type DeliveryStatusName = keyof typeof DeliveryStatusEnum;

registerEnumType(ChannelKindEnum, {
  name: 'ChannelKind',
  description: 'WEBHOOK: signed JSON to your URL; SLACK: an incoming-webhook message with blocks; EMAIL: SMTP.',
  valuesMap: {
    WEBHOOK: { description: 'Signed JSON POSTed to a URL (HMAC-SHA256, see docs/notifications.md).' },
    SLACK: { description: 'A Slack (or Slack-compatible) incoming-webhook URL.' },
    EMAIL: { description: 'Email to a list of addresses, through the platform SMTP server.' },
  },
});
registerEnumType(DeliveryStatusEnum, {
  name: 'DeliveryStatus',
  description: 'Where a delivery stands: PENDING -> (RETRYING ->) DELIVERED, or DEAD after the last attempt.',
  valuesMap: {
    PENDING: { description: 'Not attempted yet.' },
    RETRYING: { description: 'An attempt failed; another follows after a backoff.' },
    DELIVERED: { description: 'The receiver accepted it.' },
    DEAD: { description: 'Given up: attempts exhausted, the URL refused, or the channel gone or disabled.' },
  },
});
