import { Test, type TestingModule } from '@nestjs/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FreshnessCheckerRegistry,
  FreshnessCheckersModule,
  type CheckOutcome,
  type Heartbeat,
  type HeartbeatStore,
  type KafkaTimestampSource,
  type KafkaTopicTargetInput,
  type PostgresTableTargetInput,
} from '../../src/modules/freshness/checkers';
import { KafkaLogClient } from '../../src/modules/freshness/checkers/kafka/kafka-log-client';
import { eventually } from '../support/eventually';
import { freePort } from '../support/ports';
import { debeziumEvent, KafkaFixtures } from './kafka-fixtures';
import { MALICIOUS_TABLE, MonitoredDatabase, NEWEST_ORDER } from './postgres-fixtures';

class TestHeartbeatStore implements HeartbeatStore {
  static readonly heartbeats = new Map<string, Heartbeat>();
  latestHeartbeat(portId: string): Promise<Heartbeat | null> {
    return Promise.resolve(TestHeartbeatStore.heartbeats.get(portId) ?? null);
  }
}

function expectError(outcome: CheckOutcome, errorCode: string): void {
  expect(outcome).toMatchObject({ status: 'ERROR', errorCode });
}

function expectObserved(outcome: CheckOutcome, expected: number | Date): void {
  expect(outcome.status, JSON.stringify(outcome)).toBe('OK');
  expect(outcome.status === 'OK' && outcome.observedAt.toISOString()).toBe(new Date(expected).toISOString());
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('freshness checkers against the real Kafka, schema registry and Postgres', () => {
  let moduleRef: TestingModule;
  let registry: FreshnessCheckerRegistry;
  const kafka = new KafkaFixtures();
  const database = new MonitoredDatabase();
  const cluster = { id: 'local-kafka', brokers: kafka.brokers };
  const now = Date.now();

  const checkTopic = (topic: string, timestamp?: KafkaTimestampSource, options: Partial<KafkaTopicTargetInput> = {}) =>
    registry.check({ kind: 'KAFKA_TOPIC', cluster, topic, timestamp, ...options }, { timeoutMs: 10_000 });
  const valueField = (path: string, unit?: 'SECONDS' | 'MILLISECONDS'): KafkaTimestampSource => ({
    source: 'VALUE_FIELD',
    path,
    unit: unit ?? 'MILLISECONDS',
    schemaRegistry: { id: 'local-registry', url: kafka.registryUrl },
  });
  const json = (value: unknown) => JSON.stringify(value);

  const checkTable = (target: Partial<PostgresTableTargetInput>, timeoutMs = 10_000) =>
    registry.check(
      {
        kind: 'POSTGRES_TABLE',
        connection: {
          id: `monitored-${database.name}`,
          ...database.address,
          database: database.name,
          user: database.role,
          password: database.password,
        },
        schema: 'sales',
        table: 'orders',
        column: 'updated_at',
        ...target,
      },
      { timeoutMs },
    );

  beforeAll(async () => {
    await Promise.all([kafka.connect(), database.create()]);
    moduleRef = await Test.createTestingModule({
      imports: [FreshnessCheckersModule.register({ heartbeatStore: TestHeartbeatStore })],
    }).compile();
    registry = moduleRef.get(FreshnessCheckerRegistry);
  });

  afterAll(async () => {
    await moduleRef?.close();
    await Promise.all([kafka.close(), database.drop()]);
  });

  describe('KAFKA_TOPIC', () => {
    it('takes the newest record time across partitions and skips the empty one', async () => {
      const topic = await kafka.createTopic(4);
      await kafka.send(topic, [
        { partition: 0, value: 'a', timestamp: String(now - 60_000) },
        { partition: 0, value: 'b', timestamp: String(now - 50_000) },
        { partition: 1, value: 'c', timestamp: String(now - 30_000) },
        { partition: 2, value: 'd', timestamp: String(now - 90_000) },
        { partition: 2, value: 'e', timestamp: String(now - 45_000) },
      ]);

      const outcome = await checkTopic(topic);

      expectObserved(outcome, now - 30_000);
      expect(outcome.status === 'OK' && outcome.details).toMatchObject({
        partitionCount: 4,
        newestPartition: 1,
        timestampType: 'CREATE_TIME',
        partitions: [
          { partition: 0, observedAt: new Date(now - 50_000).toISOString() },
          { partition: 1, observedAt: new Date(now - 30_000).toISOString() },
          { partition: 2, observedAt: new Date(now - 45_000).toISOString() },
        ],
      });
    });

    it('answers EMPTY for a topic without records', async () => {
      const topic = await kafka.createTopic(3);
      expect(await checkTopic(topic)).toMatchObject({ status: 'EMPTY', observedAt: null });
    });

    it('ignores transaction markers and aborted records, reading back to the last committed record', async () => {
      const topic = await kafka.createTopic(1);
      const producer = await kafka.transactionalProducer();
      try {
        const committed = await producer.transaction();
        await committed.send({
          topic,
          messages: [
            { value: 'committed-1', timestamp: String(now - 40_000) },
            { value: 'committed-2', timestamp: String(now - 30_000) },
          ],
        });
        await committed.commit();
        // More aborted records than the first window holds, so the scan must widen past them.
        const aborted = await producer.transaction();
        const abortedMessages = Array.from({ length: 20 }, (_, i) => ({
          value: `aborted-${i}`,
          timestamp: String(now),
        }));
        await aborted.send({ topic, messages: abortedMessages });
        await aborted.abort();
      } finally {
        await producer.disconnect();
      }

      const outcome = await checkTopic(topic);

      expectObserved(outcome, now - 30_000);
    });

    it('reports the broker time on a LogAppendTime topic, not the time the producer set', async () => {
      const topic = await kafka.createTopic(1, { 'message.timestamp.type': 'LogAppendTime' });
      const before = Date.now();
      await kafka.send(topic, [{ value: 'x', timestamp: String(now - 3_600_000) }]);
      const after = Date.now();

      const outcome = await checkTopic(topic);

      expect(outcome.status).toBe('OK');
      const observed = outcome.status === 'OK' ? outcome.observedAt.getTime() : 0;
      expect(observed).toBeGreaterThanOrEqual(before - 1000);
      expect(observed).toBeLessThanOrEqual(after + 1000);
      expect(outcome.status === 'OK' && outcome.details.timestampType).toBe('LOG_APPEND_TIME');
    });

    it('reads a compacted topic with gaps and a tail of tombstones', async () => {
      const topic = await kafka.createTopic(1, {
        'cleanup.policy': 'compact',
        'segment.ms': '100',
        'min.cleanable.dirty.ratio': '0.01',
        'min.compaction.lag.ms': '0',
      });
      // One record per segment (each append after segment.ms rolls a new one), so the cleaner can remove old versions.
      for (let version = 1; version <= 6; version += 1) {
        const key = version % 2 === 0 ? 'b' : 'a';
        const at = now - 100_000 + version * 1000;
        await kafka.send(topic, [
          { key, value: json({ updatedAt: new Date(at).toISOString() }), timestamp: String(at) },
        ]);
        await sleep(150);
      }
      const tombstones = Array.from({ length: 10 }, (_, i) => ({
        key: `gone-${i}`,
        value: null,
        timestamp: String(now - 10_000),
      }));
      await kafka.send(topic, tombstones);
      // Wait for the log cleaner: the compacted part of the log then has offsets missing.
      const client = new KafkaLogClient(
        { ...cluster, id: 'compaction-probe', clientId: 'probe', ssl: false },
        {
          connectionTimeoutMs: 3000,
          requestTimeoutMs: 10_000,
        },
      );
      try {
        const leader = (await client.partitionLeaders(topic)).get(0)!;
        await eventually(
          async () => (await client.fetch(topic, 0, leader, 0n, 1024 * 1024, 1000)).messages.map((m) => m.offset),
          (offsets) => offsets.length > 0 && offsets[0] !== '0',
          { timeoutMs: 60_000, intervalMs: 1000 },
        );
      } finally {
        await client.close();
      }

      // A tombstone is a change to the data: the record time of the newest one counts.
      expectObserved(await checkTopic(topic), now - 10_000);
      // A value field needs a value: the scan reads back past the tombstones to the last update.
      expectObserved(await checkTopic(topic, valueField('updatedAt')), now - 94_000);
    }, 90_000);

    it('extracts source.ts_ms from a Debezium change event encoded with Avro through the schema registry', async () => {
      const topic = await kafka.createTopic(2);
      const schemaId = await kafka.registerDebeziumSchema(topic);
      const committedAt = now - 120_000;
      await kafka.send(topic, [
        { partition: 0, value: await kafka.registry.encode(schemaId, debeziumEvent(1, committedAt - 60_000)) },
        { partition: 1, value: await kafka.registry.encode(schemaId, debeziumEvent(2, committedAt)) },
      ]);

      const outcome = await checkTopic(topic, valueField('source.ts_ms'));

      expectObserved(outcome, committedAt);
      expect(outcome.status === 'OK' && outcome.details).toMatchObject({
        timestampSource: 'VALUE_FIELD',
        newestPartition: 1,
      });
    });

    it('reads a JSON field given as an ISO string, and one given in epoch seconds', async () => {
      const topic = await kafka.createTopic(1);
      const at = new Date('2026-05-06T07:08:09.123Z');
      await kafka.send(topic, [
        { value: json({ payload: { updatedAt: at.toISOString() }, meta: { ts: 1778051289 } }) },
      ]);

      expectObserved(await checkTopic(topic, valueField('payload.updatedAt')), at);
      expectObserved(await checkTopic(topic, valueField('meta.ts', 'SECONDS')), 1778051289_000);
      // Epoch seconds read as milliseconds land in January 1970: refused, not reported as very stale.
      expectError(await checkTopic(topic, valueField('meta.ts', 'MILLISECONDS')), 'INVALID_TIMESTAMP');
    });

    it('answers FIELD_NOT_FOUND when no value has the field, and DECODE_FAILED for values it cannot read', async () => {
      const missing = await kafka.createTopic(1);
      await kafka.send(missing, [{ value: json({ payload: { other: 1 } }) }]);
      expectError(await checkTopic(missing, valueField('payload.updatedAt')), 'FIELD_NOT_FOUND');

      const garbage = await kafka.createTopic(1);
      await kafka.send(garbage, [{ value: 'not json at all' }]);
      expectError(await checkTopic(garbage, valueField('payload.updatedAt')), 'DECODE_FAILED');

      const unknownSchema = await kafka.createTopic(1);
      const wire = Buffer.concat([Buffer.from([0, 0x7f, 0xff, 0xff, 0x00]), Buffer.from('payload')]);
      await kafka.send(unknownSchema, [{ value: wire }]);
      expectError(await checkTopic(unknownSchema, valueField('source.ts_ms')), 'DECODE_FAILED');
    });

    it('answers TOPIC_NOT_FOUND for an unknown topic and does not create it', async () => {
      const topic = `tessera.test.freshness-missing-${Date.now()}`;
      expectError(await checkTopic(topic), 'TOPIC_NOT_FOUND');
      expect(await kafka.topicExists(topic)).toBe(false);
    });

    it('answers BROKER_UNAVAILABLE quickly when nothing listens at the broker address', async () => {
      const port = await freePort();
      const started = Date.now();

      const outcome = await registry.check(
        { kind: 'KAFKA_TOPIC', cluster: { id: 'nowhere', brokers: [`127.0.0.1:${port}`] }, topic: 'orders' },
        { timeoutMs: 5000 },
      );

      expectError(outcome, 'BROKER_UNAVAILABLE');
      expect(Date.now() - started).toBeLessThan(5000);
    });

    it('tells bad SASL credentials apart from missing ACLs', async () => {
      const saslBrokers = process.env.KAFKA_SASL_BROKERS!.split(',');
      const topic = await kafka.createTopic(1);
      const sasl = (username: string, password: string) => ({
        cluster: {
          id: `sasl-${username}-${password}`,
          brokers: saslBrokers,
          sasl: { mechanism: 'plain' as const, username, password },
        },
      });

      expectError(await checkTopic(topic, undefined, sasl('bob', 'wrong-password')), 'BAD_CREDENTIALS');
      expectError(await checkTopic(topic, undefined, sasl('bob', 'bob-secret')), 'NOT_AUTHORIZED');
    });
  });

  describe('POSTGRES_TABLE', () => {
    it('reads max() of a timestamptz column as the read-only role', async () => {
      const outcome = await checkTable({});
      expectObserved(outcome, NEWEST_ORDER);
      expect(outcome.status === 'OK' && outcome.details).toMatchObject({ columnType: 'timestamptz' });
    });

    it('reads timestamp (as UTC), date (midnight UTC) and integer epoch columns', async () => {
      expectObserved(await checkTable({ column: 'created_local' }), Date.parse('2026-03-02T11:12:13.250Z'));
      expectObserved(await checkTable({ column: 'created_on' }), Date.parse('2026-02-28T00:00:00Z'));
      expectObserved(await checkTable({ column: 'epoch_ms', unit: 'MILLISECONDS' }), NEWEST_ORDER);
      expectObserved(await checkTable({ column: 'epoch_s', unit: 'SECONDS' }), Date.parse('2026-03-04T05:06:07Z'));
      expectError(await checkTable({ column: 'epoch_s', unit: 'MILLISECONDS' }), 'INVALID_TIMESTAMP');
      expectError(await checkTable({ column: 'label' }), 'UNSUPPORTED_COLUMN_TYPE');
    });

    it('answers EMPTY when the table has no rows', async () => {
      expect(await checkTable({ schema: 'public', table: 'empty_table' })).toMatchObject({ status: 'EMPTY' });
    });

    it('quotes identifiers: a table named like an injection is read, and table y survives', async () => {
      expectObserved(
        await checkTable({ schema: 'public', table: MALICIOUS_TABLE }),
        Date.parse('2026-01-02T03:04:05Z'),
      );
      expectError(await checkTable({ column: 'updated_at) FROM y; DROP TABLE y; --' }), 'COLUMN_NOT_FOUND');
      expect(await database.tableExists('public.y')).toBe(true);
    });

    it('reads in a read-only transaction: a view that writes is refused and nothing is written', async () => {
      expectError(await checkTable({ schema: 'public', table: 'touching', column: 'at' }), 'PERMISSION_DENIED');
      expect(await database.countRows('public.touches')).toBe(0);
    });

    it('answers QUERY_TIMEOUT when the statement outlives the budget', async () => {
      const started = Date.now();
      const outcome = await checkTable({ schema: 'public', table: 'slow_orders' }, 1500);
      expectError(outcome, 'QUERY_TIMEOUT');
      expect(Date.now() - started).toBeLessThan(2500);
    });

    it('maps missing tables, schemas, columns and privileges to their codes', async () => {
      expectError(await checkTable({ table: 'no_such_table' }), 'TABLE_NOT_FOUND');
      expectError(await checkTable({ schema: 'no_such_schema' }), 'TABLE_NOT_FOUND');
      expectError(await checkTable({ column: 'no_such_column' }), 'COLUMN_NOT_FOUND');
      expectError(await checkTable({ table: 'secret' }), 'PERMISSION_DENIED');
    });

    it('maps connection failures: bad password, missing database, nothing listening', async () => {
      const connection = {
        id: 'bad-password',
        ...database.address,
        database: database.name,
        user: database.role,
        password: 'not-the-password',
      };
      expectError(await checkTable({ connection }), 'BAD_CREDENTIALS');
      expectError(
        await checkTable({ connection: { ...connection, id: 'no-db', password: database.password, database: 'nope' } }),
        'DATABASE_NOT_FOUND',
      );
      const port = await freePort();
      expectError(
        await checkTable({ connection: { ...connection, id: 'nowhere', port, password: database.password } }),
        'DATABASE_UNAVAILABLE',
      );
    });

    it('keeps the pool bounded and closes it on shutdown', async () => {
      const outcomes = await Promise.all(Array.from({ length: 10 }, () => checkTable({})));
      expect(outcomes.every((outcome) => outcome.status === 'OK')).toBe(true);
      expect(await database.sessionsOfRole()).toBeLessThanOrEqual(2);

      await registry.close();

      await eventually(
        () => database.sessionsOfRole(),
        (sessions) => sessions === 0,
      );
    });
  });
});

describe('PUSH through the registry', () => {
  it('reads the latest heartbeat and answers EMPTY before the first one', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [FreshnessCheckersModule.register({ heartbeatStore: TestHeartbeatStore })],
    }).compile();
    const registry = moduleRef.get(FreshnessCheckerRegistry);
    const lastUpdatedAt = new Date('2026-04-05T06:07:08Z');
    TestHeartbeatStore.heartbeats.set('port-1', { lastUpdatedAt, receivedAt: new Date() });

    expect(await registry.check({ kind: 'PUSH', portId: 'port-0' }, { timeoutMs: 1000 })).toMatchObject({
      status: 'EMPTY',
    });
    expectObserved(await registry.check({ kind: 'PUSH', portId: 'port-1' }, { timeoutMs: 1000 }), lastUpdatedAt);
    await moduleRef.close();
  });
});
