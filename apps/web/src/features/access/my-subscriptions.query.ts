import 'server-only';
import { graphql } from '@/generated/graphql';
import type { MySubscriptionsQuery } from '@/generated/graphql/graphql';
import { requestGraphQL } from '@/lib/api';

const mySubscriptionsQuery = graphql(`
  query MySubscriptions {
    mySubscriptions(first: 50) {
      totalCount
      nodes {
        id
        status
        purpose
        requestedAt
        decidedAt
        decisionReason
        expiresAt
        endedAt
        endReason
        renewalRequestedAt
        renewalDays
        consumerTeam {
          slug
          name
        }
        product {
          slug
          name
        }
        port {
          name
        }
        grants {
          id
          status
          lastError
          lastErrorCode
        }
      }
    }
  }
`);

export type MySubscription = MySubscriptionsQuery['mySubscriptions']['nodes'][number];

/** The subscriptions of every team the viewer is in, newest first. */
export async function loadMySubscriptions(): Promise<MySubscriptionsQuery['mySubscriptions']> {
  return (await requestGraphQL(mySubscriptionsQuery)).mySubscriptions;
}
