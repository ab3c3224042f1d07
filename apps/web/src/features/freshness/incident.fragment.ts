import { graphql } from '@/generated/graphql';

/** An incident as lists show it (product page, inbox). */
export const incidentFields = graphql(`
  fragment IncidentFields on Incident {
    id
    kind
    status
    openedAt
    acknowledgedAt
    acknowledgeNote
    recoveringSince
    resolvedAt
    reminderCount
    acknowledgedBy {
      displayName
    }
    outputPort {
      id
      name
    }
    dataProduct {
      slug
      name
    }
  }
`);
