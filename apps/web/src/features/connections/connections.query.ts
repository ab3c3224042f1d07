import 'server-only';
import { graphql } from '@/generated/graphql';
import type { PlatformConnectionsQuery } from '@/generated/graphql/graphql';
import { requestGraphQL } from '@/lib/api';

const connectionsQuery = graphql(`
  query PlatformConnections {
    connections(first: 100) {
      totalCount
      nodes {
        id
        kind
        name
        description
        secretsReadable
        updatedAt
        ... on KafkaCluster {
          brokers
          ssl
          sasl {
            mechanism
            username
            hasPassword
          }
          registry {
            name
          }
        }
        ... on SchemaRegistry {
          url
          username
          hasPassword
        }
        ... on PostgresDatabase {
          host
          port
          database
          postgresSsl: ssl
          readOnlyUser
          hasReadOnlyPassword
          provisioningUser
          hasProvisioningPassword
        }
      }
    }
  }
`);

export type PlatformConnection = PlatformConnectionsQuery['connections']['nodes'][number];

/** Every Kafka cluster, schema registry and monitored database, by name (platform admins). */
export async function loadConnections(): Promise<PlatformConnectionsQuery['connections']> {
  return (await requestGraphQL(connectionsQuery)).connections;
}
