import type { TransactionClient } from '../audit/audit.service';

/**
 * How every feature reaches platform infrastructure registered by admins (Connections): a
 * port location names its connection (`location.cluster`, `location.database`) and the
 * directory turns the name into settings, secrets decrypted at the moment of use. Nothing
 * outside the connections module reads the `connections` table.
 */

export interface SaslSettings {
  readonly mechanism: 'plain' | 'scram-sha-256' | 'scram-sha-512';
  readonly username: string;
  readonly password: string;
}

export interface SchemaRegistrySettings {
  readonly id: string;
  readonly name: string;
  /** The Confluent-compatible API root (Apicurio: `.../apis/ccompat/v7`). */
  readonly url: string;
  readonly username?: string;
  readonly password?: string;
}

export interface KafkaClusterSettings {
  readonly id: string;
  readonly name: string;
  readonly brokers: readonly string[];
  readonly ssl: boolean;
  /** Credentials Tessera connects with (admin rights for ACLs; read for freshness checks). */
  readonly sasl?: SaslSettings;
  /** The registry holding the schemas of this cluster's topics, when one is attached. */
  readonly registry: SchemaRegistrySettings | null;
}

export interface PostgresCredentials {
  readonly user: string;
  readonly password: string;
}

export interface PostgresDatabaseSettings {
  readonly id: string;
  readonly name: string;
  readonly host: string;
  readonly port: number;
  readonly database: string;
  readonly ssl: 'DISABLE' | 'REQUIRE' | 'VERIFY_FULL';
  /** Read-only credentials for freshness checks. */
  readonly readOnly: PostgresCredentials;
  /** Credentials allowed to GRANT/REVOKE (the tables' owner); null: the database cannot be provisioned. */
  readonly provisioning: PostgresCredentials | null;
}

/** Nest provider (abstract class as token) implemented by the connections module. */
export abstract class ConnectionDirectory {
  /**
   * The Kafka cluster named `name`, or null when none is registered. A caller inside a
   * transaction passes it, so the read needs no second database connection meanwhile.
   */
  abstract kafkaCluster(name: string, tx?: TransactionClient): Promise<KafkaClusterSettings | null>;
  /** The schema registry named `name`, or null. */
  abstract schemaRegistry(name: string): Promise<SchemaRegistrySettings | null>;
  /** The monitored database named `name`, or null. */
  abstract postgresDatabase(name: string): Promise<PostgresDatabaseSettings | null>;
}
