import { graphql } from '@/generated/graphql';

/** What the product page shows of a port's schema: its versions and the newest one's fields. */
export const portSchemaFields = graphql(`
  fragment PortSchemaFields on OutputPort {
    compatibilityMode
    contractVersion
    schemaFormat
    schemaVersions(first: 20) {
      totalCount
      nodes {
        id
        version
        contractVersion
        createdAt
        breaking
        source
        overrideReason
      }
    }
    latestSchemaVersion {
      id
      version
      format
      fields {
        name
        path
        depth
        type
        required
        doc
        default
      }
    }
  }
`);
