import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigModule } from '../../src/config/config.module';
import type { AppConfig } from '../../src/config/app-config';
import { PrismaModule } from '../../src/infra/prisma/prisma.module';
import { SecretsModule } from '../../src/infra/secrets/secrets.module';
import { ConnectionDirectory } from '../../src/modules/connections/connection-directory';
import { ConnectionsModule } from '../../src/modules/connections/connections.module';
import { TestApi } from '../support/api-client';
import { createTestDatabase, dropDatabase } from '../support/databases';
import { Factories } from '../support/factories';
import { testConfig } from '../support/test-config';
import {
  createLoginRole,
  dropRoles,
  KAFKA_ADMIN,
  postgresServer,
  registryUrl,
  saslBrokers,
} from './connection-fixtures';

const REGISTER_KAFKA = `mutation($input: RegisterKafkaClusterInput!) {
  registerKafkaCluster(input: $input) {
    kafkaCluster { id kind name brokers ssl secretsReadable sasl { mechanism username hasPassword } registry { id name } }
  }
}`;
const UPDATE_KAFKA = `mutation($input: UpdateKafkaClusterInput!) {
  updateKafkaCluster(input: $input) { kafkaCluster { id name sasl { mechanism username hasPassword } registry { name } } }
}`;
const REGISTER_REGISTRY = `mutation($input: RegisterSchemaRegistryInput!) {
  registerSchemaRegistry(input: $input) { schemaRegistry { id name url username hasPassword } }
}`;
const REGISTER_POSTGRES = `mutation($input: RegisterPostgresDatabaseInput!) {
  registerPostgresDatabase(input: $input) {
    postgresDatabase { id name host port database ssl readOnlyUser hasReadOnlyPassword provisioningUser hasProvisioningPassword }
  }
}`;
const UPDATE_POSTGRES = `mutation($input: UpdatePostgresDatabaseInput!) {
  updatePostgresDatabase(input: $input) { postgresDatabase { id readOnlyUser hasReadOnlyPassword } }
}`;
const TEST = `mutation($id: ID!) {
  testConnection(input: { id: $id }) { ok message checks { step ok message } connection { id name } }
}`;
const REMOVE = 'mutation($id: ID!) { removeConnection(input: { id: $id }) { removedConnectionId } }';
const LIST = `query($kind: ConnectionKind, $first: Int, $after: String) {
  connections(kind: $kind, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { __typename id kind name ... on KafkaCluster { brokers } }
  }
}`;
const ONE = `query($id: ID!) { connection(id: $id) { __typename id name secretsReadable
  ... on PostgresDatabase { hasReadOnlyPassword } ... on KafkaCluster { sasl { hasPassword } } } }`;

type TestResult = { ok: boolean; message: string; checks: { step: string; ok: boolean; message: string }[] };

describe('connections: admin registration, secrets at rest, real connection tests', () => {
  let database: { name: string; url: string };
  let config: AppConfig;
  let api: TestApi;
  let factories: Factories;
  let admin: ReturnType<TestApi['as']>;
  let readOnly: { user: string; password: string };
  const roles: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('connections');
    config = testConfig(database.url);
    api = await TestApi.start(config);
    factories = new Factories(database.url);
    const adminUser = await factories.user({ isPlatformAdmin: true });
    admin = api.as(await factories.apiToken({ userId: adminUser.id }, ['admin']));
    readOnly = await createLoginRole('conn_reader');
    roles.push(readOnly.user);
  });

  afterAll(async () => {
    await factories.close();
    await api.close();
    await dropDatabase(database.name);
    await dropRoles(roles);
  });

  async function registerKafka(name: string, password: string = KAFKA_ADMIN.password, extra = {}) {
    const response = await admin.graphql<{
      registerKafkaCluster: { kafkaCluster: Record<string, unknown> & { id: string } };
    }>(REGISTER_KAFKA, {
      input: {
        name,
        brokers: saslBrokers(),
        sasl: { mechanism: 'PLAIN', username: KAFKA_ADMIN.username, password },
        ...extra,
      },
    });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.registerKafkaCluster.kafkaCluster;
  }

  async function registerPostgres(name: string, password: string, extra = {}) {
    const { host, port } = postgresServer();
    const response = await admin.graphql<{
      registerPostgresDatabase: { postgresDatabase: Record<string, unknown> & { id: string } };
    }>(REGISTER_POSTGRES, {
      input: {
        name,
        host,
        port,
        database: database.name,
        ssl: 'DISABLE',
        readOnlyUser: readOnly.user,
        readOnlyPassword: password,
        ...extra,
      },
    });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.registerPostgresDatabase.postgresDatabase;
  }

  async function testConnection(id: string): Promise<TestResult> {
    const response = await admin.graphql<{ testConnection: TestResult }>(TEST, { id });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.testConnection;
  }

  it('registers a Kafka cluster with SASL, shows only that a password is stored, and tests it for real', async () => {
    const cluster = await registerKafka('sasl-cluster');
    expect(cluster).toMatchObject({
      kind: 'KAFKA_CLUSTER',
      name: 'sasl-cluster',
      brokers: saslBrokers(),
      ssl: false,
      secretsReadable: true,
      sasl: { mechanism: 'PLAIN', username: 'admin', hasPassword: true },
      registry: null,
    });
    const result = await testConnection(cluster.id);
    expect(result.ok).toBe(true);
    expect(result.checks).toEqual([
      {
        step: 'describe cluster (SASL plain as admin)',
        ok: true,
        message: expect.stringMatching(/^cluster \S+: 1 broker/) as string,
      },
    ]);
  });

  it('reports a wrong Kafka password as a failed test, not an error, without echoing it', async () => {
    const cluster = await registerKafka('sasl-wrong', 'not-the-admin-password');
    const result = await testConnection(cluster.id);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/SASL PLAIN authentication failed/i);
    expect(result.message).not.toContain('not-the-admin-password');
  });

  it('reports an unreachable broker within the step deadline', async () => {
    const response = await admin.graphql<{ registerKafkaCluster: { kafkaCluster: { id: string } } }>(REGISTER_KAFKA, {
      input: { name: 'nowhere', brokers: ['127.0.0.1:1'] },
    });
    const result = await testConnection(response.body.data!.registerKafkaCluster.kafkaCluster.id);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/ECONNREFUSED|Connection error|connect/i);
  });

  it('registers the Apicurio registry, links it to a cluster by name, and tests GET /subjects', async () => {
    const response = await admin.graphql<{
      registerSchemaRegistry: { schemaRegistry: { id: string } & Record<string, unknown> };
    }>(REGISTER_REGISTRY, { input: { name: 'apicurio', url: `${registryUrl()}/` } });
    const registry = response.body.data!.registerSchemaRegistry.schemaRegistry;
    expect(registry).toMatchObject({ name: 'apicurio', url: registryUrl(), username: null, hasPassword: false });
    const result = await testConnection(registry.id);
    expect(result).toMatchObject({ ok: true, message: 'ok' });
    expect(result.checks[0]?.message).toMatch(/^\d+ subject\(s\)$/);

    const cluster = await registerKafka('with-registry', KAFKA_ADMIN.password, { registryName: 'apicurio' });
    expect(cluster.registry).toEqual({ id: registry.id, name: 'apicurio' });
    const directory = api.app.get(ConnectionDirectory);
    expect((await directory.kafkaCluster('with-registry'))?.registry).toEqual({
      id: registry.id,
      name: 'apicurio',
      url: registryUrl(),
    });
  });

  it('reports a registry URL that is not the API root', async () => {
    const response = await admin.graphql<{ registerSchemaRegistry: { schemaRegistry: { id: string } } }>(
      REGISTER_REGISTRY,
      {
        input: { name: 'wrong-root', url: `${new URL(registryUrl()).origin}/no-such-api` },
      },
    );
    const result = await testConnection(response.body.data!.registerSchemaRegistry.schemaRegistry.id);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/GET \/subjects: HTTP 404/);
  });

  it('registers a Postgres database and tests select 1 as the read-only user; a wrong password is reported', async () => {
    const good = await registerPostgres('orders-db', readOnly.password);
    expect(good).toMatchObject({
      ...postgresServer(),
      database: database.name,
      ssl: 'DISABLE',
      readOnlyUser: readOnly.user,
      hasReadOnlyPassword: true,
      provisioningUser: null,
      hasProvisioningPassword: false,
    });
    const ok = await testConnection(good.id);
    expect(ok.ok).toBe(true);
    expect(ok.checks).toEqual([
      {
        step: `select 1 as the read-only user ${readOnly.user}`,
        ok: true,
        message: expect.stringMatching(/^connected to Postgres \d+/) as string,
      },
    ]);

    const bad = await registerPostgres('orders-db-wrong', 'wrong-password-123');
    const failed = await testConnection(bad.id);
    expect(failed.ok).toBe(false);
    expect(failed.message).toContain(`password authentication failed for user "${readOnly.user}"`);
    expect(failed.message).not.toContain('wrong-password-123');
  });

  it('stores passwords only sealed: the secrets column holds no plaintext, and the directory decrypts', async () => {
    const owner = await createLoginRole('conn_owner');
    roles.push(owner.user);
    const db = await registerPostgres('sealed-db', readOnly.password, {
      provisioningUser: owner.user,
      provisioningPassword: owner.password,
    });
    const row = await factories.prisma.connection.findUniqueOrThrow({ where: { id: db.id } });
    expect(row.secrets).toMatch(/^v1\.[A-Za-z0-9_-]{8}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    for (const secret of [readOnly.password, owner.password]) {
      expect(row.secrets).not.toContain(secret);
      expect(JSON.stringify(row.settings)).not.toContain(secret);
      expect(Buffer.from(row.secrets!.split('.')[4]!, 'base64url').toString('latin1')).not.toContain(secret);
    }
    const kafkaRow = await factories.prisma.connection.findFirstOrThrow({ where: { name: 'sasl-cluster' } });
    expect(`${kafkaRow.secrets}${JSON.stringify(kafkaRow.settings)}`).not.toContain(KAFKA_ADMIN.password);

    const directory = api.app.get(ConnectionDirectory);
    expect(await directory.postgresDatabase('sealed-db')).toEqual({
      id: db.id,
      name: 'sealed-db',
      ...postgresServer(),
      database: database.name,
      ssl: 'DISABLE',
      readOnly: { user: readOnly.user, password: readOnly.password },
      provisioning: { user: owner.user, password: owner.password },
    });
    expect(await directory.kafkaCluster('sasl-cluster')).toMatchObject({
      brokers: saslBrokers(),
      sasl: { mechanism: 'plain', username: 'admin', password: KAFKA_ADMIN.password },
      registry: null,
    });
    expect(await directory.postgresDatabase('no-such-db')).toBeNull();
    expect(await directory.schemaRegistry('sealed-db')).toBeNull();

    // Both passwords pass the real test.
    expect((await testConnection(db.id)).checks.map((check) => check.ok)).toEqual([true, true]);
  });

  it('serves the directory from ConnectionsModule alone, as the worker imports it (no GraphQL, no authorization)', async () => {
    @Module({ imports: [ConfigModule.forRoot(config), PrismaModule, SecretsModule, ConnectionsModule] })
    class WorkerLikeModule {}
    const context = await NestFactory.createApplicationContext(WorkerLikeModule, { logger: false });
    try {
      const settings = await context.get(ConnectionDirectory).kafkaCluster('sasl-cluster');
      expect(settings?.sasl?.password).toBe(KAFKA_ADMIN.password);
    } finally {
      await context.close();
    }
  });

  it('replaces a password only when given: other updates keep it, and the test follows the change', async () => {
    const db = await registerPostgres('rotating-db', 'wrong-at-first');
    expect((await testConnection(db.id)).ok).toBe(false);
    const fixed = await admin.graphql(UPDATE_POSTGRES, { input: { id: db.id, readOnlyPassword: readOnly.password } });
    expect(fixed.body.errors).toBeUndefined();
    expect((await testConnection(db.id)).ok).toBe(true);
    const described = await admin.graphql(UPDATE_POSTGRES, {
      input: { id: db.id, description: 'orders replica', readOnlyPassword: null },
    });
    expect(described.body.errors).toBeUndefined();
    expect((await testConnection(db.id)).ok).toBe(true);

    const events = await factories.prisma.auditEvent.findMany({ where: { entityId: db.id }, orderBy: { id: 'asc' } });
    expect(events.map((event) => event.action)).toEqual([
      'connection.register',
      'connection.update',
      'connection.update',
    ]);
    expect(events[1]?.after).toMatchObject({ replacedSecrets: ['readOnlyPassword'] });
    expect(events[2]?.after).toMatchObject({ description: 'orders replica', replacedSecrets: [] });
    const audited = JSON.stringify(events.map((event) => [event.before, event.after]));
    expect(audited).not.toContain(readOnly.password);
    expect(audited).not.toContain('wrong-at-first');
  });

  it('changes SASL settings partially and links and unlinks a registry', async () => {
    const cluster = await registerKafka('partial');
    const renamedUser = await admin.graphql<{ updateKafkaCluster: { kafkaCluster: Record<string, unknown> } }>(
      UPDATE_KAFKA,
      {
        input: { id: cluster.id, sasl: { mechanism: 'SCRAM_SHA_256', username: 'admin' }, registryName: 'apicurio' },
      },
    );
    expect(renamedUser.body.data?.updateKafkaCluster.kafkaCluster).toMatchObject({
      sasl: { mechanism: 'SCRAM_SHA_256', username: 'admin', hasPassword: true },
      registry: { name: 'apicurio' },
    });
    const back = await admin.graphql<{ updateKafkaCluster: { kafkaCluster: Record<string, unknown> } }>(UPDATE_KAFKA, {
      input: { id: cluster.id, sasl: { mechanism: 'PLAIN', username: 'admin' }, detachRegistry: true },
    });
    expect(back.body.data?.updateKafkaCluster.kafkaCluster).toMatchObject({ registry: null });
    expect((await testConnection(cluster.id)).ok).toBe(true);
  });

  it('refuses a taken name per kind, an unknown registry and a password that is needed but missing', async () => {
    const taken = await admin.graphql(REGISTER_KAFKA, { input: { name: 'sasl-cluster', brokers: ['k:9092'] } });
    expect(taken.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CONNECTION_NAME_TAKEN' });
    // The same name for another kind is fine.
    const otherKind = await admin.graphql(REGISTER_REGISTRY, {
      input: { name: 'sasl-cluster', url: 'https://registry.example' },
    });
    expect(otherKind.body.errors).toBeUndefined();

    const noRegistry = await admin.graphql(REGISTER_KAFKA, {
      input: { name: 'lonely', brokers: ['k:9092'], registryName: 'missing' },
    });
    expect(noRegistry.body.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'SCHEMA_REGISTRY_NOT_FOUND',
    });

    const plain = await admin.graphql<{ registerKafkaCluster: { kafkaCluster: { id: string } } }>(REGISTER_KAFKA, {
      input: { name: 'plain-cluster', brokers: ['k:9092'] },
    });
    const needsPassword = await admin.graphql(UPDATE_KAFKA, {
      input: { id: plain.body.data!.registerKafkaCluster.kafkaCluster.id, sasl: { mechanism: 'PLAIN', username: 'x' } },
    });
    expect(needsPassword.body.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      reason: 'PASSWORD_REQUIRED',
    });

    const badInput = await admin.graphql(REGISTER_KAFKA, { input: { name: 'Bad Name', brokers: ['nope'] } });
    expect(badInput.body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', reason: 'INVALID_INPUT' });
    expect(await factories.prisma.connection.count({ where: { name: { in: ['lonely', 'Bad Name'] } } })).toBe(0);
  });

  it('lists connections by name with a kind filter and cursor paging, and finds one by id', async () => {
    const first = await admin.graphql<{
      connections: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        nodes: { name: string; __typename: string }[];
      };
    }>(LIST, { kind: 'POSTGRES_DATABASE', first: 2 });
    const all = await factories.prisma.connection.findMany({
      where: { kind: 'POSTGRES_DATABASE' },
      orderBy: { name: 'asc' },
    });
    expect(first.body.data?.connections.totalCount).toBe(all.length);
    expect(first.body.data?.connections.nodes.map((node) => node.name)).toEqual(all.slice(0, 2).map((row) => row.name));
    expect(first.body.data?.connections.nodes.every((node) => node.__typename === 'PostgresDatabase')).toBe(true);
    const second = await admin.graphql<{ connections: { nodes: { name: string }[] } }>(LIST, {
      kind: 'POSTGRES_DATABASE',
      first: 2,
      after: first.body.data?.connections.pageInfo.endCursor,
    });
    expect(second.body.data?.connections.nodes.map((node) => node.name)).toEqual(
      all.slice(2, 4).map((row) => row.name),
    );

    const one = await admin.graphql<{ connection: { __typename: string; name: string } }>(ONE, { id: all[0]!.id });
    expect(one.body.data?.connection).toMatchObject({ __typename: 'PostgresDatabase', name: all[0]!.name });
    const missing = await admin.graphql(ONE, { id: '00000000-0000-4000-8000-000000000000' });
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('shows secrets sealed for another row as unreadable, and the test and directory say so', async () => {
    const donor = await factories.prisma.connection.findFirstOrThrow({ where: { name: 'orders-db' } });
    const victim = await registerPostgres('moved-secrets', readOnly.password);
    await factories.prisma.connection.update({ where: { id: victim.id }, data: { secrets: donor.secrets } });

    const viewed = await admin.graphql<{ connection: { secretsReadable: boolean; hasReadOnlyPassword: boolean } }>(
      ONE,
      {
        id: victim.id,
      },
    );
    expect(viewed.body.data?.connection).toMatchObject({ secretsReadable: false, hasReadOnlyPassword: false });
    expect(await testConnection(victim.id)).toMatchObject({
      ok: false,
      message: expect.stringContaining('cannot be decrypted') as string,
    });
    await expect(api.app.get(ConnectionDirectory).postgresDatabase('moved-secrets')).rejects.toMatchObject({
      reason: 'SECRETS_UNREADABLE',
    });
    // Entering the password again repairs it.
    const repaired = await admin.graphql(UPDATE_POSTGRES, {
      input: { id: victim.id, readOnlyPassword: readOnly.password },
    });
    expect(repaired.body.errors).toBeUndefined();
    expect((await testConnection(victim.id)).ok).toBe(true);
  });

  it('refuses removing or renaming a connection while an output port names it; removes it after', async () => {
    const team = await factories.team();
    const domain = await factories.domain(team.id);
    const product = await factories.product(team.id, domain.id);
    const cluster = await registerKafka('in-use-cluster');
    const db = await registerPostgres('in-use-db', readOnly.password);
    const topicPort = await factories.outputPort(product.id, {
      location: { cluster: 'in-use-cluster', topic: 'orders' },
    });
    const tablePort = await factories.outputPort(product.id, {
      kind: 'POSTGRES_TABLE',
      location: { database: 'in-use-db', schema: 'public', table: 'orders' },
    });

    for (const id of [cluster.id, db.id]) {
      const refused = await admin.graphql(REMOVE, { id });
      expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CONNECTION_IN_USE' });
      expect(refused.body.errors?.[0]?.message).toContain('1 output port(s) name it');
    }
    const renamed = await admin.graphql(UPDATE_KAFKA, { input: { id: cluster.id, name: 'other-name' } });
    expect(renamed.body.errors?.[0]?.extensions).toMatchObject({ reason: 'CONNECTION_IN_USE' });
    expect(await factories.prisma.connection.count({ where: { id: { in: [cluster.id, db.id] } } })).toBe(2);

    await factories.prisma.outputPort.deleteMany({ where: { id: { in: [topicPort.id, tablePort.id] } } });
    for (const id of [cluster.id, db.id]) {
      const removed = await admin.graphql(REMOVE, { id });
      expect(removed.body.data).toEqual({ removeConnection: { removedConnectionId: id } });
    }
    const audit = await factories.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: db.id, action: 'connection.remove' },
    });
    expect(audit.before).toMatchObject({
      kind: 'POSTGRES_DATABASE',
      name: 'in-use-db',
      storedSecrets: ['readOnlyPassword'],
    });
    expect(JSON.stringify(audit.before)).not.toContain(readOnly.password);
  });

  it('removes a row whose stored settings are damaged (the way out of a hand-edited row)', async () => {
    const damaged = await factories.prisma.connection.create({
      data: { kind: 'KAFKA_CLUSTER', name: 'damaged', settings: { brokers: 'not-a-list' }, secrets: 'v1.garbage' },
    });
    const removed = await admin.graphql(REMOVE, { id: damaged.id });
    expect(removed.body.data).toEqual({ removeConnection: { removedConnectionId: damaged.id } });
    const audit = await factories.prisma.auditEvent.findFirstOrThrow({ where: { entityId: damaged.id } });
    expect(audit.before).toMatchObject({ name: 'damaged', storedSecrets: 'unreadable' });
  });

  it('refuses removing a registry a cluster links', async () => {
    const registry = await factories.prisma.connection.findFirstOrThrow({ where: { name: 'apicurio' } });
    const refused = await admin.graphql(REMOVE, { id: registry.id });
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ reason: 'CONNECTION_IN_USE' });
    expect(refused.body.errors?.[0]?.message).toContain('Kafka cluster(s) link it');
  });

  it('refuses everyone but platform admins acting as admins, and writes nothing', async () => {
    const member = await factories.user();
    const team = await factories.team([{ userId: member.id, role: 'OWNER' }]);
    const memberToken = await factories.apiToken({ userId: member.id }, ['catalog:read', 'catalog:write']);
    const teamToken = await factories.apiToken({ teamId: team.id, role: 'OWNER' }, ['catalog:write']);
    const adminUser = await factories.user({ isPlatformAdmin: true });
    const adminWithoutAdminScope = await factories.apiToken({ userId: adminUser.id }, ['catalog:write']);
    const target = await factories.prisma.connection.findFirstOrThrow({ where: { name: 'orders-db' } });
    const before = await factories.prisma.connection.count();

    const attempts: [string, Record<string, unknown>][] = [
      [LIST, {}],
      [ONE, { id: target.id }],
      [REGISTER_KAFKA, { input: { name: 'rogue', brokers: ['k:9092'] } }],
      [UPDATE_POSTGRES, { input: { id: target.id, readOnlyUser: 'rogue' } }],
      [REMOVE, { id: target.id }],
      [TEST, { id: target.id }],
    ];
    for (const token of [memberToken, teamToken, adminWithoutAdminScope]) {
      for (const [query, variables] of attempts) {
        const response = await api.as(token).graphql(query, variables);
        expect(response.body.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
      }
    }
    for (const [query, variables] of attempts) {
      const response = await api.graphql(query, variables);
      expect(response.body.errors?.[0]?.extensions?.code, query).toBe('UNAUTHENTICATED');
    }
    expect(await factories.prisma.connection.count()).toBe(before);
    expect((await factories.prisma.connection.findUniqueOrThrow({ where: { id: target.id } })).settings).toMatchObject({
      readOnlyUser: readOnly.user,
    });
  });
});
