import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';
import { PrismaPg } from '@prisma/adapter-pg';
import { workerHeartbeatJob } from '@tessera/contracts';
import { Kafka, logLevel } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkerApplication } from '../../src/bootstrap';
import { PrismaClient } from '../../src/generated/prisma/client';
import { startEmbeddedDatabase } from '../../src/infra/prisma/embedded-database';
import { QueueService } from '../../src/infra/queue/queue.service';
import { RedisService } from '../../src/infra/redis/redis.service';
import { heartbeatKey } from '../../src/modules/platform/worker-heartbeat';
import { createTestDatabase, dropDatabase } from '../support/databases';
import { serviceEnvironment, uniqueSuffix } from '../support/environment';
import { freePort } from '../support/ports';
import { testConfig } from '../support/test-config';
import { eventually } from '../support/eventually';

describe('the real services', () => {
  let database: { name: string; url: string };

  beforeAll(async () => {
    database = await createTestDatabase('services');
  });

  afterAll(async () => {
    await dropDatabase(database.name);
  });

  it('round-trips a row through Prisma on Postgres', async () => {
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
    try {
      const created = await prisma.team.create({ data: { slug: 'payments', name: 'Payments' } });
      const read = await prisma.team.findUniqueOrThrow({ where: { slug: 'payments' } });
      expect(read).toMatchObject({ id: created.id, name: 'Payments', description: '' });
      expect(read.createdAt).toBeInstanceOf(Date);
    } finally {
      await prisma.$disconnect();
    }
  });

  it('processes a BullMQ job through Redis in the worker', async () => {
    const config = testConfig(database.url);
    const worker = await createWorkerApplication(config);
    await worker.init();
    try {
      const redis = worker.get(RedisService).commands();
      await redis.del(heartbeatKey(config.redis.queuePrefix));
      const jobId = await worker.get(QueueService).enqueue(workerHeartbeatJob, {});
      expect(jobId).not.toBe('');
      const recorded = await eventually(
        () => redis.get(heartbeatKey(config.redis.queuePrefix)),
        (value) => value !== null,
      );
      expect(Date.now() - new Date(recorded ?? 0).getTime()).toBeLessThan(30_000);
    } finally {
      await worker.close();
    }
  });

  it('produces and consumes a record on Kafka', async () => {
    const kafka = new Kafka({
      clientId: 'services-test',
      brokers: serviceEnvironment().kafkaBrokers.split(','),
      logLevel: logLevel.NOTHING,
    });
    const topic = `tessera.test.services-${uniqueSuffix()}.v1`;
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
    const producer = kafka.producer({ idempotent: true });
    const consumer = kafka.consumer({ groupId: `services-test-${uniqueSuffix()}` });
    try {
      await producer.connect();
      await producer.send({ topic, acks: -1, messages: [{ key: 'product-1', value: 'registered' }] });
      await consumer.connect();
      await consumer.subscribe({ topic, fromBeginning: true });
      const received = await new Promise<{ key: string; value: string }>((resolve) => {
        void consumer.run({
          eachMessage: ({ message }) => {
            resolve({ key: String(message.key), value: String(message.value) });
            return Promise.resolve();
          },
        });
      });
      expect(received).toEqual({ key: 'product-1', value: 'registered' });
    } finally {
      await consumer.disconnect();
      await producer.disconnect();
      await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
      await admin.disconnect();
    }
  });

  it('registers an Avro schema on the registry and reads it back', async () => {
    const registry = new SchemaRegistry({ host: serviceEnvironment().schemaRegistryUrl });
    const subject = `tessera.test.services-${uniqueSuffix()}-value`;
    const schema = {
      type: 'record',
      name: 'ProductRegistered',
      namespace: 'tessera.test',
      fields: [
        { name: 'productId', type: 'string' },
        { name: 'registeredAt', type: { type: 'long', logicalType: 'timestamp-millis' } },
      ],
    };
    const { id } = await registry.register({ type: SchemaType.AVRO, schema: JSON.stringify(schema) }, { subject });
    expect(id).toBeGreaterThan(0);
    expect(((await registry.getSchema(id)) as { name?: string }).name).toBe('tessera.test.ProductRegistered');
    expect(await registry.getLatestSchemaId(subject)).toBe(id);
    const encoded = await registry.encode(id, { productId: 'p-1', registeredAt: 1_700_000_000_000 });
    expect(await registry.decode(encoded)).toEqual({ productId: 'p-1', registeredAt: 1_700_000_000_000 });
  });

  it('applies the same migrations to the embedded PGlite database and queries it through Prisma', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'tessera-pglite-'));
    const embedded = await startEmbeddedDatabase({ dataDir, port: await freePort() });
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: embedded.url, max: 2 }) });
    try {
      expect(embedded.migrations.applied).toContain('20261128000000_init');
      const user = await prisma.user.create({ data: { email: 'ada@example.com', displayName: 'Ada' } });
      const team = await prisma.team.create({
        data: { slug: 'orders', name: 'Orders', memberships: { create: { userId: user.id, role: 'OWNER' } } },
        include: { memberships: true },
      });
      expect(team.memberships).toEqual([expect.objectContaining({ userId: user.id, role: 'OWNER' })]);
      const rows = await prisma.$queryRaw<
        { similarity: number }[]
      >`SELECT similarity('payments', 'paymnts') AS similarity`;
      expect(rows[0]?.similarity).toBeGreaterThan(0.3);
    } finally {
      await prisma.$disconnect();
      await embedded.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
