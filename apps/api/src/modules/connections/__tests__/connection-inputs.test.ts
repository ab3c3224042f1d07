import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../infra/graphql/domain-error';
import { validateInput } from '../../../infra/graphql/validate-input';
import { registerKafkaClusterSchema } from '../dto/register-kafka-cluster.input';
import { registerPostgresDatabaseSchema } from '../dto/register-postgres-database.input';
import { registerSchemaRegistrySchema } from '../dto/register-schema-registry.input';
import { setTeamPrincipalSchema } from '../dto/team-principal.inputs';
import { updateKafkaClusterSchema } from '../dto/update-kafka-cluster.input';
import { principalNameIssues } from '../principal-names';

function issuesOf(schema: Parameters<typeof validateInput>[0], input: unknown): { path: string; message: string }[] {
  try {
    validateInput(schema, input);
    return [];
  } catch (error) {
    if (error instanceof DomainError) return [...error.issues];
    throw error;
  }
}

const ID = '7d1c4a4e-8a43-4b3e-9a57-6f4c1d2b9e10';

describe('Kafka cluster input', () => {
  it('accepts host:port brokers (names, IPv4, bracketed IPv6), dropping repeats', () => {
    const parsed = validateInput(registerKafkaClusterSchema, {
      name: 'main',
      brokers: ['kafka-1.example.com:9092', '10.0.0.5:9093', '[::1]:9094', 'kafka-1.example.com:9092'],
      ssl: null,
      sasl: null,
    });
    expect(parsed.brokers).toEqual(['kafka-1.example.com:9092', '10.0.0.5:9093', '[::1]:9094']);
    expect(parsed).toMatchObject({ ssl: false, description: '', sasl: undefined });
  });

  it('refuses brokers that are not host:port, and an empty list', () => {
    for (const broker of ['kafka', 'kafka:', 'kafka:0', 'kafka:65536', 'http://kafka:9092', '::1:9092', 'a b:1']) {
      expect(issuesOf(registerKafkaClusterSchema, { name: 'main', brokers: [broker] })).toEqual([
        { path: 'brokers.0', message: expect.stringContaining('is not host:port') as string },
      ]);
    }
    expect(issuesOf(registerKafkaClusterSchema, { name: 'main', brokers: [] })[0]?.path).toBe('brokers');
  });

  it('refuses a name that is not a slug and an unknown SASL mechanism', () => {
    const issues = issuesOf(registerKafkaClusterSchema, {
      name: 'Main Cluster',
      brokers: ['k:9092'],
      sasl: { mechanism: 'gssapi', username: 'admin', password: 'x' },
    });
    expect(issues.map((issue) => issue.path).sort()).toEqual(['name', 'sasl.mechanism']);
  });

  it('needs a password with SASL when registering', () => {
    expect(
      issuesOf(registerKafkaClusterSchema, {
        name: 'main',
        brokers: ['k:9092'],
        sasl: { mechanism: 'scram-sha-512', username: 'admin' },
      }),
    ).toEqual([{ path: 'sasl.password', message: 'required with SASL' }]);
  });

  it('refuses contradictory updates', () => {
    const paths = issuesOf(updateKafkaClusterSchema, {
      id: ID,
      removeSasl: true,
      sasl: { mechanism: 'plain', username: 'u' },
      detachRegistry: true,
      registryName: 'main',
    }).map((issue) => issue.path);
    expect(paths.sort()).toEqual(['detachRegistry', 'removeSasl']);
  });
});

describe('schema registry input', () => {
  it('keeps http(s) URLs without a trailing slash', () => {
    expect(
      validateInput(registerSchemaRegistrySchema, { name: 'main', url: 'http://127.0.0.1:8081/apis/ccompat/v7/' }).url,
    ).toBe('http://127.0.0.1:8081/apis/ccompat/v7');
  });

  it('refuses other schemes, credentials in the URL, queries and half of basic auth', () => {
    for (const url of ['ftp://registry', 'file:///etc/passwd', 'https://user:pw@registry', 'https://r/x?y=1', 'nope'])
      expect(issuesOf(registerSchemaRegistrySchema, { name: 'main', url })[0]?.path).toBe('url');
    expect(issuesOf(registerSchemaRegistrySchema, { name: 'main', url: 'https://r', username: 'u' })).toEqual([
      { path: 'password', message: 'basic auth needs both username and password' },
    ]);
  });
});

describe('Postgres database input', () => {
  const valid = {
    name: 'orders',
    host: 'db.internal',
    database: 'orders',
    readOnlyUser: 'reader',
    readOnlyPassword: 'pw',
  };

  it('defaults the port to 5432 and TLS to REQUIRE', () => {
    expect(validateInput(registerPostgresDatabaseSchema, valid)).toMatchObject({ port: 5432, ssl: 'REQUIRE' });
  });

  it('refuses a bad host, port or TLS mode', () => {
    const paths = issuesOf(registerPostgresDatabaseSchema, {
      ...valid,
      host: 'bad host!',
      port: 70_000,
      ssl: 'PREFER',
    }).map((issue) => issue.path);
    expect(paths.sort()).toEqual(['host', 'port', 'ssl']);
  });

  it('refuses a provisioning user without a password', () => {
    expect(issuesOf(registerPostgresDatabaseSchema, { ...valid, provisioningUser: 'owner' })).toEqual([
      { path: 'provisioningPassword', message: 'the provisioning user needs both a name and a password' },
    ]);
  });
});

describe('team principal input and names', () => {
  it('takes a connection by id, or by kind and name, but not both or neither', () => {
    expect(issuesOf(setTeamPrincipalSchema, { teamId: ID, connectionId: ID, name: 'User:a' })).toEqual([]);
    expect(
      issuesOf(setTeamPrincipalSchema, {
        teamId: ID,
        connectionKind: 'KAFKA_CLUSTER',
        connectionName: 'main',
        name: 'x',
      }),
    ).toEqual([]);
    expect(issuesOf(setTeamPrincipalSchema, { teamId: ID, name: 'x' })[0]?.path).toBe('connectionId');
    expect(
      issuesOf(setTeamPrincipalSchema, { teamId: ID, connectionId: ID, connectionName: 'main', name: 'x' })[0]?.path,
    ).toBe('connectionId');
    expect(issuesOf(setTeamPrincipalSchema, { teamId: ID, connectionKind: 'KAFKA_CLUSTER', name: 'x' })[0]?.path).toBe(
      'connectionName',
    );
  });

  it('accepts Kafka principals of the form User:<name> and refuses the wildcard', () => {
    expect(principalNameIssues('KAFKA_PRINCIPAL', 'User:orders-reader')).toEqual([]);
    for (const name of ['orders-reader', 'User:', 'User:a b', 'Group:x', 'User:*'])
      expect(principalNameIssues('KAFKA_PRINCIPAL', name)).not.toEqual([]);
  });

  it('accepts Postgres roles up to 63 bytes and refuses reserved or overlong ones', () => {
    expect(principalNameIssues('POSTGRES_ROLE', 'orders_reader')).toEqual([]);
    expect(principalNameIssues('POSTGRES_ROLE', 'Orders Reader')).toEqual([]);
    expect(principalNameIssues('POSTGRES_ROLE', 'r'.repeat(63))).toEqual([]);
    for (const name of ['', 'r'.repeat(64), 'é'.repeat(32), 'public', 'PUBLIC', 'none', 'pg_monitor', 'a\u0000b'])
      expect(principalNameIssues('POSTGRES_ROLE', name)).not.toEqual([]);
  });
});
