import type { ChildProcess } from 'node:child_process';
import { EVENT_TOPICS } from '@tessera/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApi } from '../support/api-client';
import { createTestDatabase, dropDatabase } from '../support/databases';
import { DedicatedServices } from '../support/dedicated-services';
import { serviceEnvironment, uniqueSuffix } from '../support/environment';
import { eventually } from '../support/eventually';
import { consumeUntil, type ReceivedEvent } from '../support/event-consumer';
import { Factories } from '../support/factories';
import { builtEntry, startUntil } from '../support/processes';
import { testConfig } from '../support/test-config';

const TOPIC = EVENT_TOPICS.dataProduct;
const UPDATE = 'mutation($input: UpdateDataProductInput!) { updateDataProduct(input: $input) { dataProduct { id } } }';

/** Runs `count` product updates, `concurrency` at a time, spread over the given products. */
async function mutate(
  api: TestApi,
  token: string,
  productIds: readonly string[],
  count: number,
  label: string,
  concurrency = 16,
): Promise<void> {
  let next = 0;
  const failures: unknown[] = [];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const index = next++;
        const response = await api
          .as(token)
          .graphql(UPDATE, { input: { id: productIds[index % productIds.length], purpose: `${label} ${index}` } });
        if (response.body.errors) failures.push(response.body.errors);
      }
    }),
  );
  expect(failures).toEqual([]);
}

/** Every expected id arrived; repeats are byte-identical; per key, first arrivals follow commit order. */
function verifyDelivery(
  events: readonly ReceivedEvent[],
  expected: ReadonlyMap<string, { position: bigint; aggregateId: string }>,
): void {
  const firstSeen = new Map<string, ReceivedEvent>();
  for (const event of events) {
    const earlier = firstSeen.get(event.envelope.id);
    if (earlier) expect(event.raw, `a repeat of ${event.envelope.id} is an exact duplicate`).toBe(earlier.raw);
    else firstSeen.set(event.envelope.id, event);
  }
  const missing = [...expected.keys()].filter((id) => !firstSeen.has(id));
  expect(missing).toEqual([]);
  const lastPositionOf = new Map<string, bigint>();
  for (const event of events) {
    const row = expected.get(event.envelope.id);
    if (!row || firstSeen.get(event.envelope.id) !== event) continue;
    expect(event.key).toBe(row.aggregateId);
    const last = lastPositionOf.get(row.aggregateId) ?? -1n;
    expect(row.position > last, `events of ${row.aggregateId} arrive in commit order`).toBe(true);
    lastPositionOf.set(row.aggregateId, row.position);
  }
}

describe('catalog events through the transactional outbox', () => {
  let database: { name: string; url: string };
  let services: DedicatedServices;
  let api: TestApi;
  let factories: Factories;
  let token: string;
  let productIds: string[];
  const workers: ChildProcess[] = [];

  const outboxRows = async (since: Date) => {
    const rows = await factories.prisma.outboxEvent.findMany({
      where: { occurredAt: { gte: since } },
      select: { id: true, position: true, aggregateId: true, publishedAt: true },
    });
    return rows;
  };
  const expectedFrom = (rows: Awaited<ReturnType<typeof outboxRows>>) =>
    new Map(rows.map((row) => [row.id, { position: row.position, aggregateId: row.aggregateId }]));

  function startWorker(extraEnv: Record<string, string> = {}): Promise<ChildProcess> {
    const config = serviceEnvironment();
    return startUntil(
      process.execPath,
      [builtEntry('worker')],
      {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'test',
        LOG_LEVEL: 'info',
        DATABASE_URL: database.url,
        REDIS_URL: config.redisUrl,
        QUEUE_PREFIX: `outbox-${uniqueSuffix()}`,
        KAFKA_BROKERS: services.kafkaBrokers,
        SCHEMA_REGISTRY_URL: config.schemaRegistryUrl,
        KAFKA_TOPIC_PARTITIONS: '3',
        OUTBOX_BATCH_SIZE: '50',
        ...extraEnv,
      },
      /processing \d+ job type/,
    ).then((child) => {
      workers.push(child);
      return child;
    });
  }

  async function stopWorker(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return;
    await new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill(signal);
    });
  }

  beforeAll(async () => {
    database = await createTestDatabase('outbox');
    services = await DedicatedServices.create();
    await services.up('kafka');
    api = await TestApi.start(testConfig(database.url, { KAFKA_BROKERS: services.kafkaBrokers }));
    factories = new Factories(database.url);
    const owner = await factories.user();
    const team = await factories.team([{ userId: owner.id, role: 'OWNER' }]);
    const domain = await factories.domain(team.id);
    token = await factories.apiToken({ userId: owner.id });
    productIds = [];
    for (let index = 0; index < 40; index += 1)
      productIds.push((await factories.product(team.id, domain.id, { status: 'PUBLISHED' })).id);
  }, 300_000);

  afterAll(async () => {
    await Promise.all(workers.map((child) => stopWorker(child, 'SIGKILL')));
    await factories?.close();
    await api?.close();
    await services?.destroy();
    await dropDatabase(database.name);
  });

  it('writes no outbox row for a mutation that fails', async () => {
    const before = await factories.prisma.outboxEvent.count();
    const invalid = await api.as(token).graphql(UPDATE, { input: { id: productIds[0], tags: ['Not A Tag!'] } });
    expect(invalid.body.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    const outsider = await factories.apiToken({ userId: (await factories.user()).id });
    const forbidden = await api.as(outsider).graphql(UPDATE, { input: { id: productIds[0], purpose: 'hijack' } });
    expect(forbidden.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await factories.prisma.outboxEvent.count()).toBe(before);
  });

  it('accepts 5,000 mutations while Kafka is down, then delivers every event in order per aggregate', async () => {
    const since = new Date();
    const worker = await startWorker();
    await services.down('kafka');
    await mutate(api, token, productIds, 5_000, 'kafka-down');
    const rows = await outboxRows(since);
    expect(rows).toHaveLength(5_000);
    expect(rows.every((row) => row.publishedAt === null)).toBe(true);
    const metrics = await api.app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toMatch(/tessera_outbox_backlog 5000/);

    await services.up('kafka');
    await eventually(
      () => factories.prisma.outboxEvent.count({ where: { occurredAt: { gte: since }, publishedAt: null } }),
      (left) => left === 0,
      { timeoutMs: 180_000, intervalMs: 1_000 },
    );
    const expected = expectedFrom(rows);
    const events = await consumeUntil(
      services.kafkaBrokers,
      TOPIC,
      (read) => new Set(read.map((event) => event.envelope.id).filter((id) => expected.has(id))).size === expected.size,
    );
    verifyDelivery(events, expected);
    const sample = events.find((event) => expected.has(event.envelope.id));
    expect(sample?.envelope).toMatchObject({
      type: 'tessera.data_product.updated',
      source: '/tessera/catalog',
      subject: `data_product/${sample?.key}`,
      dataVersion: 1,
    });
    expect((sample?.envelope.data as { purpose?: unknown }).purpose).toBeUndefined();
    expect((sample?.envelope.data as { id: string }).id).toBe(sample?.key);
    await stopWorker(worker);
  }, 600_000);

  it('loses nothing when the relay is killed with SIGKILL in the middle of a batch', async () => {
    const since = new Date();
    await mutate(api, token, productIds, 2_000, 'killed');
    const worker = await startWorker({ OUTBOX_BATCH_SIZE: '20' });
    await eventually(
      () => factories.prisma.outboxEvent.count({ where: { occurredAt: { gte: since }, publishedAt: { not: null } } }),
      (published) => published > 0,
      { timeoutMs: 60_000, intervalMs: 20 },
    );
    await stopWorker(worker, 'SIGKILL');
    const left = await factories.prisma.outboxEvent.count({ where: { occurredAt: { gte: since }, publishedAt: null } });
    expect(left).toBeGreaterThan(0);

    const restarted = await startWorker();
    await eventually(
      () => factories.prisma.outboxEvent.count({ where: { occurredAt: { gte: since }, publishedAt: null } }),
      (remaining) => remaining === 0,
      { timeoutMs: 120_000, intervalMs: 500 },
    );
    const expected = expectedFrom(await outboxRows(since));
    const events = await consumeUntil(
      services.kafkaBrokers,
      TOPIC,
      (read) => new Set(read.map((event) => event.envelope.id).filter((id) => expected.has(id))).size === expected.size,
    );
    verifyDelivery(events, expected);
    await stopWorker(restarted);
  }, 600_000);

  it('keeps order per aggregate and misses nothing with two relays running at once', async () => {
    const since = new Date();
    await mutate(api, token, productIds, 3_000, 'two-relays');
    const [first, second] = await Promise.all([
      startWorker({ OUTBOX_BATCH_SIZE: '25' }),
      startWorker({ OUTBOX_BATCH_SIZE: '25' }),
    ]);
    await eventually(
      () => factories.prisma.outboxEvent.count({ where: { occurredAt: { gte: since }, publishedAt: null } }),
      (remaining) => remaining === 0,
      { timeoutMs: 120_000, intervalMs: 500 },
    );
    const expected = expectedFrom(await outboxRows(since));
    const events = await consumeUntil(
      services.kafkaBrokers,
      TOPIC,
      (read) => new Set(read.map((event) => event.envelope.id).filter((id) => expected.has(id))).size === expected.size,
    );
    verifyDelivery(events, expected);
    await Promise.all([stopWorker(first), stopWorker(second)]);
  }, 600_000);
});
