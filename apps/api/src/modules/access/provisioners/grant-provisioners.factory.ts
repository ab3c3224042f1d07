import type { ConnectionLookup } from './connection-lookup';
import { GrantProvisionerRegistry } from './grant-provisioner.registry';
import {
  KafkaTopicProvisioner,
  type KafkaClusterConnection,
  type KafkaTopicProvisionerOptions,
} from './kafka/kafka-topic.provisioner';
import {
  PostgresTableProvisioner,
  type PostgresDatabaseConnection,
  type PostgresTableProvisionerOptions,
} from './postgres/postgres-table.provisioner';

export interface GrantProvisionerConnections {
  readonly kafkaClusters: ConnectionLookup<KafkaClusterConnection>;
  readonly postgresDatabases: ConnectionLookup<PostgresDatabaseConnection>;
}

export interface GrantProvisionerOptions {
  readonly kafka?: KafkaTopicProvisionerOptions;
  readonly postgres?: PostgresTableProvisionerOptions;
}

/** The registry with every port kind Tessera can provision today. */
export function createGrantProvisionerRegistry(
  connections: GrantProvisionerConnections,
  options: GrantProvisionerOptions = {},
): GrantProvisionerRegistry {
  return new GrantProvisionerRegistry([
    new KafkaTopicProvisioner(connections.kafkaClusters, options.kafka),
    new PostgresTableProvisioner(connections.postgresDatabases, options.postgres),
  ]);
}
