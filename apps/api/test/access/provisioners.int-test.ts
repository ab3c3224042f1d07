import { randomUUID } from 'node:crypto';
import { AclOperationTypes, AclPermissionTypes, AclResourceTypes, ResourcePatternTypes, type Admin } from 'kafkajs';
import { escapeIdentifier } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createGrantProvisionerRegistry,
  fixedConnections,
  KafkaTopicProvisioner,
  PostgresTableProvisioner,
  ProvisioningError,
  ProvisioningErrorCode,
  type KafkaAclGrantRecord,
  type KafkaClusterConnection,
  type KafkaTopicGrantSpec,
  type PostgresDatabaseConnection,
  type PostgresPrivilegeGrantRecord,
  type PostgresTableGrantSpec,
} from '../../src/modules/access/provisioners';
import { createEmptyDatabase, dropDatabase } from '../support/databases';
import { eventually } from '../support/eventually';
import { freePort } from '../support/ports';
import {
  connectedAdmin,
  consumeAs,
  kafkaAs,
  refusedByAuthorizer,
  saslBrokers,
  saslCredentials,
  type ConsumeOutcome,
} from './kafka-clients';
import { asSuperuser, createLoginRole, dropRoles, quoted, selectAs, type SelectOutcome } from './postgres-clients';

/** The provisioning error a promise rejected with, or a failure if it did not reject. */
async function provisioningFailure(promise: Promise<unknown>): Promise<ProvisioningError> {
  const error = await promise.then(
    () => new Error('expected the call to fail'),
    (error: unknown) => error,
  );
  expect(error).toBeInstanceOf(ProvisioningError);
  return error as ProvisioningError;
}

const consumed = (outcome: ConsumeOutcome) => ('values' in outcome ? outcome.values : []);

describe('KAFKA_TOPIC provisioning against the SASL listener', () => {
  const cluster = 'local';
  const topic = `tessera.test.access-${randomUUID()}`;
  const secondTopic = `tessera.test.access-${randomUUID()}`;
  const teamSlug = `consumers-${randomUUID().slice(0, 8)}`;
  const group = `${teamSlug}.consumer`;
  const values = ['order-1', 'order-2', 'order-3'];
  const spec: KafkaTopicGrantSpec = {
    portKind: 'KAFKA_TOPIC',
    location: { cluster, topic },
    consumer: { teamSlug, principal: 'User:alice' },
  };
  const clusterAs = (connection: KafkaClusterConnection) =>
    new KafkaTopicProvisioner(fixedConnections({ [cluster]: connection }));
  const provisioner = clusterAs({ brokers: saslBrokers(), sasl: saslCredentials('admin') });
  let admin: Admin;
  let records: KafkaAclGrantRecord[] = [];

  const aliceReads = (groupId: string) => consumeAs('alice', topic, groupId, values.length);
  const isPresent = async (wanted: readonly KafkaAclGrantRecord[]) =>
    (await provisioner.inspect(wanted)).map((inspection) => inspection.present);

  beforeAll(async () => {
    admin = await connectedAdmin();
    await admin.createTopics({
      topics: [topic, secondTopic].map((name) => ({ topic: name, numPartitions: 1 })),
      waitForLeaders: true,
    });
    const producer = kafkaAs('admin').producer();
    await producer.connect();
    await producer.send({ topic, acks: -1, messages: values.map((value) => ({ value })) });
    await producer.disconnect();
  });

  afterAll(async () => {
    // Whatever a failed test left: every ACL on the suite's topics and group prefix.
    const anyAcl = {
      resourcePatternType: ResourcePatternTypes.ANY,
      operation: AclOperationTypes.ANY,
      permissionType: AclPermissionTypes.ANY,
    };
    await admin.deleteAcls({
      filters: [
        ...[topic, secondTopic].map((name) => ({
          ...anyAcl,
          resourceType: AclResourceTypes.TOPIC,
          resourceName: name,
        })),
        { ...anyAcl, resourceType: AclResourceTypes.GROUP, resourceName: `${teamSlug}.` },
      ],
    });
    await admin.deleteTopics({ topics: [topic, secondTopic] }).catch(() => undefined);
    await admin.disconnect();
  });

  it('refuses alice and bob before any grant', async () => {
    expect(refusedByAuthorizer(await aliceReads(group))).toBe(true);
    expect(refusedByAuthorizer(await consumeAs('bob', topic, group, values.length))).toBe(true);
  });

  it('grants READ and DESCRIBE on the topic and READ on the team group prefix; alice then consumes', async () => {
    records = await provisioner.grant(spec);

    const binding = { portKind: 'KAFKA_TOPIC', cluster, principal: 'User:alice', host: '*', permission: 'ALLOW' };
    expect(records).toEqual([
      {
        ...binding,
        resourceType: 'TOPIC',
        resourceName: topic,
        patternType: 'LITERAL',
        operation: 'READ',
        shared: false,
      },
      {
        ...binding,
        resourceType: 'TOPIC',
        resourceName: topic,
        patternType: 'LITERAL',
        operation: 'DESCRIBE',
        shared: false,
      },
      {
        ...binding,
        resourceType: 'GROUP',
        resourceName: `${teamSlug}.`,
        patternType: 'PREFIXED',
        operation: 'READ',
        shared: true,
      },
    ]);
    expect(await isPresent(records)).toEqual([true, true, true]);
    const outcome = await eventually(
      () => aliceReads(group),
      (result) => 'values' in result,
    );
    expect(consumed(outcome)).toEqual(values);
    expect(refusedByAuthorizer(await consumeAs('bob', topic, `${teamSlug}.bob`, values.length))).toBe(true);
  });

  it('reports a binding deleted by hand as absent, and restore re-creates it', async () => {
    await admin.deleteAcls({
      filters: [
        {
          resourceType: AclResourceTypes.TOPIC,
          resourceName: topic,
          resourcePatternType: ResourcePatternTypes.LITERAL,
          principal: 'User:alice',
          host: '*',
          operation: AclOperationTypes.READ,
          permissionType: AclPermissionTypes.ALLOW,
        },
      ],
    });

    expect(await isPresent(records)).toEqual([false, true, true]);
    await eventually(
      () => aliceReads(`${teamSlug}.after-drift`),
      (outcome) => refusedByAuthorizer(outcome),
    );

    await provisioner.restore(records);
    expect(await isPresent(records)).toEqual([true, true, true]);
    const outcome = await eventually(
      () => aliceReads(`${teamSlug}.after-restore`),
      (result) => 'values' in result,
    );
    expect(consumed(outcome)).toEqual(values);
  });

  it('revokes exactly the recorded bindings: alice is refused again, and revoking twice is fine', async () => {
    await provisioner.revoke(records);

    expect(await isPresent(records)).toEqual([false, false, false]);
    await eventually(
      () => aliceReads(`${teamSlug}.after-revoke`),
      (outcome) => refusedByAuthorizer(outcome),
    );
    expect(refusedByAuthorizer(await consumeAs('bob', topic, group, values.length))).toBe(true);
    await expect(provisioner.revoke(records)).resolves.toBeUndefined();
  });

  it('keeps the shared group binding while another topic grant of the team still reads', async () => {
    const first = await provisioner.grant(spec);
    const second = await provisioner.grant({ ...spec, location: { cluster, topic: secondTopic } });

    await provisioner.revoke(first);
    expect(await isPresent(first)).toEqual([false, false, true]);
    expect(await isPresent(second)).toEqual([true, true, true]);

    await provisioner.revoke(second);
    expect(await isPresent(second)).toEqual([false, false, false]);
  });

  it('answers BROKER_UNAVAILABLE quickly when no broker listens', async () => {
    const down = clusterAs({ brokers: [`127.0.0.1:${await freePort()}`], sasl: saslCredentials('admin') });
    const started = Date.now();

    for (const call of [() => down.grant(spec), () => down.revoke(records), () => down.inspect(records)]) {
      const error = await provisioningFailure(call());
      expect(error.toFailure()).toEqual({
        code: ProvisioningErrorCode.BROKER_UNAVAILABLE,
        message: `Kafka cluster "${cluster}" could not be reached`,
        retryable: true,
      });
    }
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('tells refused credentials, a principal without ACL rights and an unknown cluster apart', async () => {
    const wrongPassword = clusterAs({ brokers: saslBrokers(), sasl: saslCredentials('admin', 'not-the-secret') });
    const notAnAdmin = clusterAs({ brokers: saslBrokers(), sasl: saslCredentials('bob') });

    expect((await provisioningFailure(wrongPassword.grant(spec))).code).toBe(
      ProvisioningErrorCode.AUTHENTICATION_FAILED,
    );
    const refused = await provisioningFailure(notAnAdmin.grant(spec));
    expect([refused.code, refused.retryable]).toEqual([ProvisioningErrorCode.AUTHORIZATION_FAILED, false]);
    const unknown = await provisioningFailure(
      provisioner.grant({ ...spec, location: { cluster: 'elsewhere', topic } }),
    );
    expect(unknown.code).toBe(ProvisioningErrorCode.CONNECTION_NOT_CONFIGURED);
    expect(await isPresent(records)).toEqual([false, false, false]);
  });

  it('refuses to grant the wildcard principal', async () => {
    const error = await provisioningFailure(
      provisioner.grant({ ...spec, consumer: { teamSlug, principal: 'User:*' } }),
    );
    expect(error.code).toBe(ProvisioningErrorCode.INVALID_GRANT);
  });
});

describe('POSTGRES_TABLE provisioning against a monitored database', () => {
  const suffix = randomUUID().replaceAll('-', '').slice(0, 12);
  const password = `secret-${suffix}`;
  const consumer = `consumer_${suffix}`;
  const mallory = `mallory"; DROP TABLE public.canary; --_${suffix}`;
  const dba = `dba_${suffix}`;
  const oddSchema = 'we"ird schema';
  const oddTable = 'orders"; DROP TABLE public.canary; --';
  let database: { name: string; url: string };
  let provisioner: PostgresTableProvisioner;

  const specFor = (schema: string, table: string, role = consumer): PostgresTableGrantSpec => ({
    portKind: 'POSTGRES_TABLE',
    location: { database: 'monitored', schema, table },
    consumer: { role },
  });
  const select = (schema: string, table: string, role = consumer): Promise<SelectOutcome> =>
    selectAs(database.url, role, password, `SELECT count(*)::int AS count FROM ${quoted(schema, table)}`);
  const superuser = <T>(sql: string) =>
    asSuperuser(database.url, async (client) => (await client.query<T & Record<string, unknown>>(sql)).rows);
  const isPresent = async (records: readonly PostgresPrivilegeGrantRecord[]) =>
    (await provisioner.inspect(records)).map((inspection) => inspection.present);

  beforeAll(async () => {
    database = await createEmptyDatabase('access');
    provisioner = new PostgresTableProvisioner(
      fixedConnections<PostgresDatabaseConnection>({ monitored: { connectionString: database.url } }),
    );
    await createLoginRole(consumer, password);
    await createLoginRole(mallory, password);
    await createLoginRole(dba, password);
    await asSuperuser(database.url, async (client) => {
      for (const schema of ['sales', 'ledger', 'reporting', oddSchema]) {
        await client.query(`CREATE SCHEMA ${escapeIdentifier(schema)}`);
      }
      for (const [schema, table] of [
        ['sales', 'orders'],
        ['ledger', 'entries'],
        ['ledger', 'accounts'],
        ['reporting', 'daily'],
        [oddSchema, oddTable],
      ] as const) {
        await client.query(`CREATE TABLE ${quoted(schema, table)} AS SELECT generate_series(1, 3) AS id`);
      }
      await client.query('CREATE TABLE public.canary (id int)');
    });
  });

  afterAll(async () => {
    await dropDatabase(database.name);
    await dropRoles([consumer, mallory, dba]);
  });

  let records: PostgresPrivilegeGrantRecord[] = [];

  it('refuses SELECT to the consumer role before the grant', async () => {
    expect(await select('sales', 'orders')).toEqual({ sqlState: '42501' });
  });

  it('grants USAGE on the schema and SELECT on the table; the consumer then selects', async () => {
    records = await provisioner.grant(specFor('sales', 'orders'));

    const base = { portKind: 'POSTGRES_TABLE', database: 'monitored', role: consumer, schema: 'sales' };
    expect(records).toEqual([
      { ...base, objectType: 'SCHEMA', privilege: 'USAGE', newlyGranted: true },
      { ...base, objectType: 'TABLE', privilege: 'SELECT', table: 'orders' },
    ]);
    expect(await select('sales', 'orders')).toEqual({ rows: [{ count: 3 }] });
    expect(await isPresent(records)).toEqual([true, true]);
  });

  it('reports a privilege revoked by hand as absent, and restore re-grants it', async () => {
    await superuser(`REVOKE SELECT ON sales.orders FROM ${consumer}`);

    expect(await isPresent(records)).toEqual([true, false]);
    expect(await select('sales', 'orders')).toEqual({ sqlState: '42501' });

    await provisioner.restore(records);
    expect(await isPresent(records)).toEqual([true, true]);
    expect(await select('sales', 'orders')).toEqual({ rows: [{ count: 3 }] });
  });

  it('revokes SELECT and the USAGE it granted; revoking twice is fine', async () => {
    await provisioner.revoke(records);

    expect(await select('sales', 'orders')).toEqual({ sqlState: '42501' });
    expect(await isPresent(records)).toEqual([false, false]);
    expect(await superuser(`SELECT has_schema_privilege('${consumer}', 'sales', 'USAGE') AS usage`)).toEqual([
      { usage: false },
    ]);
    await expect(provisioner.revoke(records)).resolves.toBeUndefined();
  });

  it('keeps USAGE while another table grant of the role still needs the schema', async () => {
    const entries = await provisioner.grant(specFor('ledger', 'entries'));
    const accounts = await provisioner.grant(specFor('ledger', 'accounts'));
    expect(accounts[0]).toMatchObject({ objectType: 'SCHEMA', newlyGranted: false });

    await provisioner.revoke(entries);

    expect(await select('ledger', 'entries')).toEqual({ sqlState: '42501' });
    expect(await select('ledger', 'accounts')).toEqual({ rows: [{ count: 3 }] });
    await provisioner.revoke(accounts);
    expect(await select('ledger', 'accounts')).toEqual({ sqlState: '42501' });
  });

  it('never revokes a USAGE that was granted before, by someone else', async () => {
    await superuser(`GRANT USAGE ON SCHEMA reporting TO ${consumer}`);

    const granted = await provisioner.grant(specFor('reporting', 'daily'));
    expect(granted[0]).toMatchObject({ objectType: 'SCHEMA', newlyGranted: false });
    await provisioner.revoke(granted);

    expect(await select('reporting', 'daily')).toEqual({ sqlState: '42501' });
    expect(await superuser(`SELECT has_schema_privilege('${consumer}', 'reporting', 'USAGE') AS usage`)).toEqual([
      { usage: true },
    ]);
  });

  it('quotes identifiers: hostile role, schema and table names are names, not SQL', async () => {
    expect(await select(oddSchema, oddTable, mallory)).toEqual({ sqlState: '42501' });

    const granted = await provisioner.grant(specFor(oddSchema, oddTable, mallory));

    expect(await select(oddSchema, oddTable, mallory)).toEqual({ rows: [{ count: 3 }] });
    expect(await isPresent(granted)).toEqual([true, true]);
    await provisioner.revoke(granted);
    expect(await select(oddSchema, oddTable, mallory)).toEqual({ sqlState: '42501' });
    expect(await superuser(`SELECT to_regclass('public.canary') IS NOT NULL AS exists`)).toEqual([{ exists: true }]);
  });

  it('names what is missing: role, schema or table, and grants nothing', async () => {
    const failures = await Promise.all([
      provisioningFailure(provisioner.grant(specFor('sales', 'orders', `nobody_${suffix}`))),
      provisioningFailure(provisioner.grant(specFor('nowhere', 'orders'))),
      provisioningFailure(provisioner.grant(specFor('sales', 'missing'))),
    ]);

    expect(failures.map((error) => [error.code, error.retryable])).toEqual([
      [ProvisioningErrorCode.ROLE_NOT_FOUND, false],
      [ProvisioningErrorCode.SCHEMA_NOT_FOUND, false],
      [ProvisioningErrorCode.TABLE_NOT_FOUND, false],
    ]);
    expect(await superuser(`SELECT has_schema_privilege('${consumer}', 'sales', 'USAGE') AS usage`)).toEqual([
      { usage: false },
    ]);
  });

  it('reports REVOKE_INCOMPLETE when another grantor still gives the consumer SELECT', async () => {
    await superuser('CREATE TABLE sales.partners AS SELECT 1 AS id');
    await superuser(
      `GRANT USAGE ON SCHEMA sales TO ${dba}; GRANT SELECT ON sales.partners TO ${dba} WITH GRANT OPTION`,
    );
    await superuser(`SET ROLE ${dba}; GRANT SELECT ON sales.partners TO ${consumer}; RESET ROLE`);
    const granted = await provisioner.grant(specFor('sales', 'partners'));

    const error = await provisioningFailure(provisioner.revoke(granted));

    expect([error.code, error.retryable]).toEqual([ProvisioningErrorCode.REVOKE_INCOMPLETE, false]);
    expect(error.message).toContain('"sales"."partners"');
    expect(await select('sales', 'partners')).toEqual({ rows: [{ count: 1 }] });
    await superuser(`SET ROLE ${dba}; REVOKE SELECT ON sales.partners FROM ${consumer}; RESET ROLE`);
    await expect(provisioner.revoke(granted)).resolves.toBeUndefined();
    expect(await select('sales', 'partners')).toEqual({ sqlState: '42501' });
  });

  it('refuses the PUBLIC pseudo-role, which would grant every role', async () => {
    const error = await provisioningFailure(provisioner.grant(specFor('sales', 'orders', 'public')));
    expect(error.code).toBe(ProvisioningErrorCode.INVALID_GRANT);
  });

  it('revokes cleanly after the table was dropped', async () => {
    await superuser('CREATE TABLE sales.archive (id int)');
    const granted = await provisioner.grant(specFor('sales', 'archive'));
    await superuser('DROP TABLE sales.archive');

    expect(await isPresent(granted)).toEqual([true, false]);
    await expect(provisioner.revoke(granted)).resolves.toBeUndefined();
    expect(await isPresent(granted)).toEqual([false, false]);
  });

  it('answers DATABASE_UNAVAILABLE when nothing listens, AUTHENTICATION_FAILED for a wrong password', async () => {
    const at = (connectionString: string) =>
      new PostgresTableProvisioner(fixedConnections({ monitored: { connectionString } }), {
        connectionTimeoutMs: 2000,
      });
    const closed = new URL(database.url);
    closed.port = String(await freePort());
    const wrongPassword = new URL(database.url);
    wrongPassword.password = 'not-the-password';

    const unavailable = await provisioningFailure(at(closed.toString()).grant(specFor('sales', 'orders')));
    expect([unavailable.code, unavailable.retryable]).toEqual([ProvisioningErrorCode.DATABASE_UNAVAILABLE, true]);
    const refused = await provisioningFailure(at(wrongPassword.toString()).grant(specFor('sales', 'orders')));
    expect([refused.code, refused.retryable]).toEqual([ProvisioningErrorCode.AUTHENTICATION_FAILED, false]);
  });

  it('routes specs and records of both kinds through the registry', async () => {
    const registry = createGrantProvisionerRegistry({
      kafkaClusters: fixedConnections({ local: { brokers: saslBrokers(), sasl: saslCredentials('admin') } }),
      postgresDatabases: fixedConnections({ monitored: { connectionString: database.url } }),
    });
    const topic = `tessera.test.access-${randomUUID()}`;

    const granted = [
      ...(await registry.grant(specFor('sales', 'orders'))),
      ...(await registry.grant({
        portKind: 'KAFKA_TOPIC',
        location: { cluster: 'local', topic },
        consumer: { teamSlug: `registry-${suffix}`, principal: 'User:bob' },
      })),
    ];
    expect((await registry.inspect(granted)).map((inspection) => inspection.present)).toEqual(granted.map(() => true));

    await registry.revoke(granted);
    expect((await registry.inspect(granted)).map((inspection) => inspection.present)).toEqual(granted.map(() => false));
  });
});
