import type { Type } from '@nestjs/common';
import { Field, ID, Int, InterfaceType, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../../infra/graphql/pagination';
import type { ConnectionKind, PostgresSslMode, SaslMechanism } from '../connection-settings';
import { ConnectionKindEnum, PostgresSslModeEnum, SaslMechanismEnum } from './connection-enums';

/**
 * Platform infrastructure registered by admins. Secrets are never part of the graph: only
 * whether one is stored (`has…Password`).
 */
@InterfaceType('PlatformConnection', {
  description: 'A Kafka cluster, schema registry or monitored database registered by platform admins.',
  resolveType: (value: { kind: ConnectionKind }) => {
    switch (value.kind) {
      case 'KAFKA_CLUSTER':
        return KafkaCluster;
      case 'SCHEMA_REGISTRY':
        return SchemaRegistry;
      case 'POSTGRES_DATABASE':
        return PostgresDatabase;
    }
  },
})
export abstract class PlatformConnection {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => ConnectionKindEnum, { description: 'What the connection reaches.' })
  kind!: ConnectionKind;

  @Field({ description: 'The name port locations use; a slug, unique per kind.' })
  name!: string;

  @Field({ description: 'What the connection is for.' })
  description!: string;

  @Field({
    description:
      'False when the stored secrets cannot be decrypted with the current SECRETS_KEY: enter the passwords again.',
  })
  secretsReadable!: boolean;

  @Field({ description: 'When it was registered.' })
  createdAt!: Date;

  @Field({ description: 'When it last changed.' })
  updatedAt!: Date;
}

@ObjectType({ description: 'How Tessera authenticates to a Kafka cluster.' })
export class KafkaSasl {
  @Field(() => SaslMechanismEnum, { description: 'The SASL mechanism.' })
  mechanism!: SaslMechanism;

  @Field({ description: 'The SASL user name.' })
  username!: string;

  @Field({ description: 'Whether a password is stored (it is never shown).' })
  hasPassword!: boolean;
}

@ObjectType({ implements: () => [PlatformConnection], description: 'A Kafka cluster.' })
export class KafkaCluster extends PlatformConnection {
  @Field(() => [String], { description: 'Bootstrap brokers, host:port.' })
  brokers!: string[];

  @Field({ description: 'Whether Tessera connects over TLS.' })
  ssl!: boolean;

  @Field(() => KafkaSasl, { nullable: true, description: 'SASL authentication; null when the cluster needs none.' })
  sasl!: KafkaSasl | null;

  /** Resolved to `registry` by the resolver. */
  registryId!: string | null;
}

@ObjectType({ implements: () => [PlatformConnection], description: 'A Confluent-compatible schema registry.' })
export class SchemaRegistry extends PlatformConnection {
  @Field({ description: 'The API root (for Apicurio: …/apis/ccompat/v7).' })
  url!: string;

  @Field(() => String, { nullable: true, description: 'The HTTP basic auth user; null without basic auth.' })
  username!: string | null;

  @Field({ description: 'Whether a basic auth password is stored (it is never shown).' })
  hasPassword!: boolean;
}

@ObjectType({ implements: () => [PlatformConnection], description: 'A monitored Postgres database.' })
export class PostgresDatabase extends PlatformConnection {
  @Field({ description: 'Host name or address.' })
  host!: string;

  @Field(() => Int, { description: 'TCP port.' })
  port!: number;

  @Field({ description: 'The database name on the server.' })
  database!: string;

  @Field(() => PostgresSslModeEnum, { description: 'TLS mode.' })
  ssl!: PostgresSslMode;

  @Field({ description: 'The read-only user freshness checks connect as.' })
  readOnlyUser!: string;

  @Field({ description: 'Whether the read-only password is stored (it is never shown).' })
  hasReadOnlyPassword!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The user that grants and revokes access (the tables’ owner); null: access cannot be provisioned.',
  })
  provisioningUser!: string | null;

  @Field({ description: 'Whether the provisioning password is stored (it is never shown).' })
  hasProvisioningPassword!: boolean;
}

/** `PlatformConnectionConnection` and `PlatformConnectionEdge`: lists of connections. */
export const PlatformConnectionConnection = Connection(
  PlatformConnection as unknown as Type<PlatformConnection>,
  'PlatformConnection',
);

/** The connection a team principal belongs to: what the team's members may see of it. */
@ObjectType({ description: 'The name and kind of a platform connection, without its settings.' })
export class ConnectionReference {
  @Field(() => ID, { description: 'The connection id.' })
  id!: string;

  @Field(() => ConnectionKindEnum, { description: 'What the connection reaches.' })
  kind!: ConnectionKind;

  @Field({ description: 'The name port locations use.' })
  name!: string;
}
