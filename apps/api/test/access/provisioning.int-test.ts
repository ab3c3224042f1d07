import { randomUUID } from 'node:crypto';
import { AclOperationTypes, AclPermissionTypes, AclResourceTypes, ResourcePatternTypes, type Admin } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyDatabase, dropDatabase } from '../support/databases';
import { uniqueSuffix } from '../support/environment';
import { eventually } from '../support/eventually';
import { AccessWorld } from './access-world';
import {
  connectedAdmin,
  consumeAs,
  kafkaAs,
  refusedByAuthorizer,
  saslBrokers,
  type ConsumeOutcome,
} from './kafka-clients';
import { asSuperuser, createLoginRole, dropRoles, quoted, selectAs, type SelectOutcome } from './postgres-clients';

const consumed = (outcome: ConsumeOutcome) => ('values' in outcome ? outcome.values : []);
const refused = (outcome: SelectOutcome) => ('sqlState' in outcome ? outcome.sqlState : null);

/**
 * Acceptance 1 and 2, and reconciliation: subscriptions decided through GraphQL, grants made
 * and removed by the real worker against the broker's SASL listener (StandardAuthorizer) and a
 * real Postgres database, observed as the consumer team's own principal would see them.
 */
describe('provisioning grants end to end', () => {
  let world: AccessWorld;
  let admin: Admin;
  let cluster: string;
  const topics: string[] = [];
  const values = ['order-1', 'order-2', 'order-3'];

  /** A topic with three records, and a published port of team A on it. */
  async function topicPort(): Promise<{ topic: string; portId: string; productId: string }> {
    const topic = `tessera.test.subscriptions-${randomUUID()}`;
    topics.push(topic);
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
    const producer = kafkaAs('admin').producer();
    await producer.connect();
    await producer.send({ topic, acks: -1, messages: values.map((value) => ({ value })) });
    await producer.disconnect();
    return { topic, ...(await world.publishedPort({ cluster, topic })) };
  }

  /** alice is team B's principal; its consumer groups must start with the team's slug. */
  const aliceReads = (topic: string) =>
    consumeAs('alice', topic, `${world.teamB.slug}.${uniqueSuffix()}`, values.length);
  const aliceConsumes = (topic: string) =>
    eventually(
      () => aliceReads(topic),
      (outcome) => 'values' in outcome,
    );
  const aliceIsRefused = (topic: string) => eventually(() => aliceReads(topic), refusedByAuthorizer);

  beforeAll(async () => {
    world = await AccessWorld.start('access_provisioning', { worker: true });
    admin = await connectedAdmin();
    cluster = await world.registerKafkaCluster(saslBrokers().join(','));
    await world.setPrincipal('KAFKA_CLUSTER', cluster, 'User:alice');
  });

  afterAll(async () => {
    const anyAcl = {
      resourcePatternType: ResourcePatternTypes.ANY,
      operation: AclOperationTypes.ANY,
      permissionType: AclPermissionTypes.ANY,
    };
    await admin
      .deleteAcls({
        filters: [
          ...topics.map((name) => ({ ...anyAcl, resourceType: AclResourceTypes.TOPIC, resourceName: name })),
          { ...anyAcl, resourceType: AclResourceTypes.GROUP, resourceName: `${world.teamB.slug}.` },
        ],
      })
      .catch(() => undefined);
    await admin.deleteTopics({ topics }).catch(() => undefined);
    await admin.disconnect();
    await world.close();
  });

  describe('KAFKA_TOPIC (acceptance 1)', () => {
    it('refuses the consumer before approval, lets it consume after, and refuses it again after revoke', async () => {
      const { topic, portId } = await topicPort();
      expect(refusedByAuthorizer(await aliceReads(topic))).toBe(true);

      const { id } = await world.request(portId);
      expect(refusedByAuthorizer(await aliceReads(topic))).toBe(true);

      await world.approve(id);
      const grant = await world.grantBecomes(id, (view) => view.status === 'ACTIVE');
      expect(grant.records).toEqual([
        expect.objectContaining({
          resourceType: 'TOPIC',
          resourceName: topic,
          operation: 'READ',
          principal: 'User:alice',
        }),
        expect.objectContaining({ resourceType: 'TOPIC', resourceName: topic, operation: 'DESCRIBE' }),
        expect.objectContaining({
          resourceType: 'GROUP',
          resourceName: `${world.teamB.slug}.`,
          patternType: 'PREFIXED',
        }),
      ]);
      expect(consumed(await aliceConsumes(topic))).toEqual(values);

      await world.revoke(id);
      const removed = await world.grantBecomes(id, (view) => view.status === 'REMOVED');
      expect(removed.desired).toBe('REVOKE');
      expect(refusedByAuthorizer(await aliceIsRefused(topic))).toBe(true);
    });

    it('removes the grant when the subscription expires, after warning the consumer', async () => {
      const { topic, portId } = await topicPort();
      const { id } = await world.request(portId, { durationDays: 30 });
      await world.approve(id);
      await world.grantBecomes(id, (view) => view.status === 'ACTIVE');
      expect(consumed(await aliceConsumes(topic))).toEqual(values);
      const db = world.factories.prisma;

      // Arrange the calendar: the expiry comes within the warning window, then passes.
      await db.subscription.update({ where: { id }, data: { expiresAt: new Date(Date.now() + 60 * 60 * 1000) } });
      await eventually(
        () => db.subscription.findUniqueOrThrow({ where: { id } }),
        (row) => row.expiryWarnedAt !== null,
      );
      await db.subscription.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });

      const expired = await eventually(
        () => world.subscription(id),
        (view) => view.status === 'EXPIRED',
      );
      expect(expired.status).toBe('EXPIRED');
      await world.grantBecomes(id, (view) => view.status === 'REMOVED');
      expect(refusedByAuthorizer(await aliceIsRefused(topic))).toBe(true);
      const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: 'subscription.expire' } });
      expect(audit.actorType).toBe('SYSTEM');
    });

    it('restores an ACL removed by hand through reconciliation, with nobody acting', async () => {
      const { topic, portId } = await topicPort();
      const { id } = await world.request(portId);
      await world.approve(id);
      await world.grantBecomes(id, (view) => view.status === 'ACTIVE');
      expect(consumed(await aliceConsumes(topic))).toEqual(values);
      const readBinding = {
        resourceType: AclResourceTypes.TOPIC,
        resourceName: topic,
        resourcePatternType: ResourcePatternTypes.LITERAL,
        principal: 'User:alice',
        host: '*',
        operation: AclOperationTypes.READ,
        permissionType: AclPermissionTypes.ALLOW,
      };

      await admin.deleteAcls({ filters: [readBinding] });
      const present = () => admin.describeAcls(readBinding).then((result) => result.resources.length > 0);
      expect(await present()).toBe(false);

      await eventually(present, (found) => found, { timeoutMs: 30_000, intervalMs: 250 });
      expect(consumed(await aliceConsumes(topic))).toEqual(values);
      expect((await world.subscription(id)).grants[0]?.status).toBe('ACTIVE');
    });

    it('shows PRINCIPAL_MISSING until the team sets a principal, then grants without a new decision', async () => {
      const bare = await world.registerKafkaCluster(saslBrokers().join(','));
      const topic = `tessera.test.subscriptions-${randomUUID()}`;
      topics.push(topic);
      const { portId } = await world.publishedPort({ cluster: bare, topic });
      const { id } = await world.request(portId);
      await world.approve(id);

      const failed = await world.grantBecomes(id, (view) => view.status === 'FAILED');
      expect(failed.lastErrorCode).toBe('PRINCIPAL_MISSING');
      expect(failed.lastError).toContain(world.teamB.slug);

      await world.setPrincipal('KAFKA_CLUSTER', bare, 'User:alice');
      const granted = await world.grantBecomes(id, (view) => view.status === 'ACTIVE');
      expect([granted.lastError, granted.lastErrorCode]).toEqual([null, null]);
    });
  });

  describe('POSTGRES_TABLE (acceptance 2)', () => {
    let monitored: { name: string; url: string };
    let databaseName: string;
    const role = `consumer_${uniqueSuffix()}`;
    const password = 'consumer-secret';
    const table = quoted('sales', 'orders');

    beforeAll(async () => {
      monitored = await createEmptyDatabase('access_monitored');
      await asSuperuser(monitored.url, async (client) => {
        await client.query('CREATE SCHEMA sales');
        await client.query(`CREATE TABLE ${table} (id int PRIMARY KEY, total numeric)`);
        await client.query(`INSERT INTO ${table} VALUES (1, 10.5), (2, 20)`);
      });
      await createLoginRole(role, password);
      databaseName = await world.registerPostgresDatabase(monitored.url);
      await world.setPrincipal('POSTGRES_DATABASE', databaseName, role);
    });

    afterAll(async () => {
      await dropDatabase(monitored.name);
      await dropRoles([role]);
    });

    const selectOrders = () => selectAs(monitored.url, role, password, `SELECT id FROM ${table} ORDER BY id`);

    it('refuses the role before approval, lets it select after, and refuses it again after revoke', async () => {
      const { portId } = await world.publishedPort({ database: databaseName, schema: 'sales', table: 'orders' });
      expect(refused(await selectOrders())).toBe('42501');

      const { id } = await world.request(portId);
      expect(refused(await selectOrders())).toBe('42501');

      await world.approve(id);
      const grant = await world.grantBecomes(id, (view) => view.status === 'ACTIVE');
      expect(grant.records).toEqual([
        expect.objectContaining({ objectType: 'SCHEMA', privilege: 'USAGE', newlyGranted: true, role }),
        expect.objectContaining({ objectType: 'TABLE', privilege: 'SELECT', schema: 'sales', table: 'orders', role }),
      ]);
      expect(await selectOrders()).toEqual({ rows: [{ id: 1 }, { id: 2 }] });

      await world.revoke(id);
      await world.grantBecomes(id, (view) => view.status === 'REMOVED');
      expect(refused(await selectOrders())).toBe('42501');
    });

    it('ends the subscriptions of a product that is retired, approved and pending alike, and removes the grant', async () => {
      const { productId, portId } = await world.publishedPort({
        database: databaseName,
        schema: 'sales',
        table: 'orders',
      });
      const approved = await world.request(portId);
      await world.approve(approved.id);
      await world.grantBecomes(approved.id, (view) => view.status === 'ACTIVE');
      expect(await selectOrders()).toEqual({ rows: [{ id: 1 }, { id: 2 }] });
      const pending = await world.request(portId, { consumerTeamId: world.teamC.id }, world.memberC);
      expect(pending.status).toBe('PENDING');

      const owner = world.as(world.ownerA);
      const deprecated = await owner(
        `mutation($input: DeprecateDataProductInput!) { deprecateDataProduct(input: $input) { dataProduct { status } } }`,
        { input: { id: productId, reason: 'Superseded', sunsetAt: new Date(Date.now() + 60_000).toISOString() } },
      );
      expect(deprecated.body.errors).toBeUndefined();
      // Deprecation alone changes nothing for consumers.
      expect((await world.subscription(approved.id)).status).toBe('APPROVED');
      const retired = await owner(
        `mutation($input: RetireDataProductInput!) { retireDataProduct(input: $input) { dataProduct { status } } }`,
        { input: { id: productId } },
      );
      expect(retired.body.errors).toBeUndefined();

      const removed = await world.grantBecomes(approved.id, (view) => view.status === 'REMOVED');
      expect(removed.desired).toBe('REVOKE');
      expect(refused(await selectOrders())).toBe('42501');
      const db = world.factories.prisma;
      const ended = await db.subscription.findMany({ where: { id: { in: [approved.id, pending.id] } } });
      expect(ended.map((row) => [row.status, row.endReason, row.endedById])).toEqual([
        ['REVOKED', expect.stringMatching(/was retired$/), null],
        ['REVOKED', expect.stringMatching(/was retired$/), null],
      ]);
      const audit = await db.auditEvent.findFirstOrThrow({
        where: { entityId: approved.id, action: 'subscription.revoke' },
      });
      expect(audit.actorType).toBe('SYSTEM');
    });
  });
});
