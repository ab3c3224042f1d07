import { registerEnumType } from '@nestjs/graphql';
import { CONNECTION_KINDS, POSTGRES_SSL_MODES } from '../connection-settings';

export const ConnectionKindEnum = Object.fromEntries(CONNECTION_KINDS.map((kind) => [kind, kind])) as {
  [Kind in (typeof CONNECTION_KINDS)[number]]: Kind;
};

/** GraphQL enum names cannot contain '-': SCRAM_SHA_256 stands for scram-sha-256. */
export const SaslMechanismEnum = {
  PLAIN: 'plain',
  SCRAM_SHA_256: 'scram-sha-256',
  SCRAM_SHA_512: 'scram-sha-512',
} as const;

export const PostgresSslModeEnum = Object.fromEntries(POSTGRES_SSL_MODES.map((mode) => [mode, mode])) as {
  [Mode in (typeof POSTGRES_SSL_MODES)[number]]: Mode;
};

export const PrincipalKindEnum = { KAFKA_PRINCIPAL: 'KAFKA_PRINCIPAL', POSTGRES_ROLE: 'POSTGRES_ROLE' } as const;
export type PrincipalKind = keyof typeof PrincipalKindEnum;

registerEnumType(ConnectionKindEnum, {
  name: 'ConnectionKind',
  description: 'What a platform connection reaches.',
  valuesMap: {
    KAFKA_CLUSTER: { description: 'A Kafka cluster (KAFKA_TOPIC ports name it as location.cluster).' },
    SCHEMA_REGISTRY: { description: 'A Confluent-compatible schema registry.' },
    POSTGRES_DATABASE: {
      description: 'A monitored Postgres database (POSTGRES_TABLE ports name it as location.database).',
    },
  },
});

registerEnumType(SaslMechanismEnum, {
  name: 'SaslMechanism',
  description: 'How Tessera authenticates to a Kafka cluster over SASL.',
  valuesMap: {
    PLAIN: { description: 'SASL/PLAIN (use with TLS outside test setups).' },
    SCRAM_SHA_256: { description: 'SASL/SCRAM-SHA-256.' },
    SCRAM_SHA_512: { description: 'SASL/SCRAM-SHA-512.' },
  },
});

registerEnumType(PostgresSslModeEnum, {
  name: 'PostgresSslMode',
  description: 'TLS towards a monitored Postgres database.',
  valuesMap: {
    DISABLE: { description: 'Plain TCP.' },
    REQUIRE: { description: 'TLS, without verifying the server certificate.' },
    VERIFY_FULL: { description: 'TLS, with the certificate chain and host name verified.' },
  },
});

registerEnumType(PrincipalKindEnum, {
  name: 'PrincipalKind',
  description: 'The kind of identity a team reads with.',
  valuesMap: {
    KAFKA_PRINCIPAL: { description: 'A Kafka principal, User:<name>, on a Kafka cluster.' },
    POSTGRES_ROLE: { description: 'A role in a monitored Postgres database.' },
  },
});
