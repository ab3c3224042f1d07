import { graphql } from '@/generated/graphql';

/** A channel as team settings list it, with its latest deliveries. */
export const notificationChannelFields = graphql(`
  fragment NotificationChannelFields on NotificationChannel {
    id
    name
    kind
    url
    recipients
    enabled
    disabledReason
    signingSecretCreatedAt
    previousSecretExpiresAt
    deliveries(first: 3) {
      totalCount
      nodes {
        id
        status
        title
        eventType
        attempts
        lastError
        lastStatusCode
        createdAt
        deliveredAt
      }
    }
  }
`);
