import { graphql } from '@/generated/graphql';

/** The teams reading a port (approved subscriptions); the API answers null to all but its team and admins. */
export const portSubscriberFields = graphql(`
  fragment PortSubscriberFields on OutputPort {
    subscriptions(statuses: [APPROVED], first: 20) {
      totalCount
      nodes {
        id
        expiresAt
        decidedAt
        consumerTeam {
          slug
          name
        }
        grants {
          status
        }
      }
    }
  }
`);
