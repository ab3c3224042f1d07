import { SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, ProductWorld } from '../products/product-world';
import { serviceEnvironment, uniqueSuffix } from '../support/environment';
import { kafkaPort, registerClusterWithRegistry, RegistryHttp } from './registry-fixtures';
import {
  ATTACH,
  avroOrder,
  failureOf,
  ORDER_BREAKING,
  ORDER_V1,
  ORDER_V2,
  postgresPort,
  publishAs,
  published,
} from './schema-world';

/**
 * Kafka ports whose cluster has a schema registry (the shared Kafka and Apicurio): versions
 * are registered under the port's subject, producers and consumers use them through
 * @kafkajs/confluent-schema-registry, and what Tessera refuses never reaches the registry.
 */
describe('schema versions on Kafka ports with a schema registry', () => {
  const environment = serviceEnvironment();
  const registryHttp = new RegistryHttp(environment.schemaRegistryUrl);
  const kafka = new Kafka({
    clientId: 'schemas-test',
    brokers: environment.kafkaBrokers.split(','),
    logLevel: logLevel.NOTHING,
  });
  let world: ProductWorld;
  let cluster: string;

  beforeAll(async () => {
    world = await ProductWorld.start('schemas_registry');
    cluster = await registerClusterWithRegistry(world, environment.schemaRegistryUrl);
  });

  afterAll(async () => {
    await registryHttp.cleanUp();
    await world.close();
  });

  const versionsOf = (portId: string) =>
    world.factories.prisma.schemaVersion.findMany({ where: { portId }, orderBy: { version: 'asc' } });

  it('registers versions producers encode with, and a consumer decodes old and new records after a compatible evolution', async () => {
    const { port, topic, subject } = await kafkaPort(world, cluster);
    registryHttp.track(subject);
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 1, replicationFactor: 1 }] });
    await admin.disconnect();
    const registry = new SchemaRegistry({ host: environment.schemaRegistryUrl });
    const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();

    const first = await published(world, world.memberA, { portId: port.id, format: 'AVRO', definition: ORDER_V1 });
    const v1Id = first.schemaVersion!.registryId!;
    await producer.send({ topic, messages: [{ value: await registry.encode(v1Id, { id: 'o-1', amount: 100 }) }] });
    const second = await published(world, world.memberA, { portId: port.id, format: 'AVRO', definition: ORDER_V2 });
    const v2Id = second.schemaVersion!.registryId!;
    await producer.send({
      topic,
      messages: [{ value: await registry.encode(v2Id, { id: 'o-2', amount: 200, currency: 'USD' }) }],
    });
    await producer.disconnect();

    expect(first.schemaVersion).toMatchObject({ version: 1, registryVersion: 1 });
    expect(second.schemaVersion).toMatchObject({ version: 2, registryVersion: 2 });
    expect(v2Id).not.toBe(v1Id);
    expect(await registryHttp.versions(subject)).toEqual([1, 2]);
    expect(await registryHttp.compatibility(subject)).toBe('BACKWARD');

    // A consumer on the new schema reads both records: the old one gets the new field's default.
    const consumer = kafka.consumer({ groupId: `schemas-test-${uniqueSuffix()}` });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const values: Buffer[] = [];
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`read ${values.length} of 2 records`)), 30_000);
      void consumer.run({
        eachMessage: ({ message }) => {
          values.push(message.value!);
          if (values.length === 2) {
            clearTimeout(timer);
            resolve();
          }
          return Promise.resolve();
        },
      });
    });
    await consumer.disconnect();
    const asV2 = { [SchemaType.AVRO]: { readerSchema: JSON.parse(ORDER_V2) as never } };
    expect(await registry.decode(values[0]!, asV2)).toEqual({ id: 'o-1', amount: 100, currency: 'EUR' });
    expect(await registry.decode(values[1]!, asV2)).toEqual({ id: 'o-2', amount: 200, currency: 'USD' });
    expect(await registry.decode(values[0]!)).toEqual({ id: 'o-1', amount: 100 });
  });

  it('refuses an incompatible version before it reaches the registry, and writes nothing', async () => {
    const { port, subject } = await kafkaPort(world, cluster);
    registryHttp.track(subject);
    await published(world, world.memberA, { portId: port.id, format: 'AVRO', definition: ORDER_V1 });
    await published(world, world.memberA, { portId: port.id, format: 'AVRO', definition: ORDER_V2 });

    const refused = failureOf(
      await publishAs(world, world.memberA, { portId: port.id, format: 'AVRO', definition: ORDER_BREAKING }),
    );

    expect(refused.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SCHEMA_INCOMPATIBLE' });
    expect(await registryHttp.versions(subject)).toEqual([1, 2]);
    expect((await versionsOf(port.id)).map((row) => row.version)).toEqual([1, 2]);
  });

  it('registers a breaking change published as a new major version, and puts the subject back in its mode', async () => {
    const { port, subject } = await kafkaPort(world, cluster);
    registryHttp.track(subject);
    await published(world, world.memberA, { portId: port.id, format: 'AVRO', definition: ORDER_V2 });

    const major = await published(world, world.memberA, {
      portId: port.id,
      format: 'AVRO',
      definition: ORDER_BREAKING,
      contractVersion: '2.0.0',
    });

    expect(major).toMatchObject({
      verdict: 'BREAKING_ALLOWED_MAJOR',
      schemaVersion: { version: 2, registryVersion: 2 },
    });
    expect(await registryHttp.versions(subject)).toEqual([1, 2]);
    expect(await registryHttp.compatibility(subject)).toBe('BACKWARD');
  });

  it("takes the registry's refusal as final when it disagrees with the engine, writing nothing", async () => {
    const { port, subject } = await kafkaPort(world, cluster);
    registryHttp.track(subject);
    const before = 'syntax = "proto3";\npackage shop;\nmessage Order {\n  string id = 1;\n  string note = 2;\n}\n';
    // Confluent's rules accept a removed field (readers skip unknown numbers); Apicurio 3.0.9 refuses it.
    const after = 'syntax = "proto3";\npackage shop;\nmessage Order {\n  string id = 1;\n  reserved 2;\n}\n';
    await published(world, world.memberA, { portId: port.id, format: 'PROTOBUF', definition: before });

    const dryRun = await published(world, world.memberA, {
      portId: port.id,
      format: 'PROTOBUF',
      definition: after,
      dryRun: true,
    });
    const refused = failureOf(
      await publishAs(world, world.memberA, { portId: port.id, format: 'PROTOBUF', definition: after }),
    );

    expect(dryRun.verdict).toBe('COMPATIBLE');
    expect(refused.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'REGISTRY_REFUSED',
      registry: { subject, status: 409 },
    });
    expect(await registryHttp.versions(subject)).toEqual([1]);
    expect(await versionsOf(port.id)).toHaveLength(1);
  });

  it("imports an attached subject's history in registry order, then publishes under that subject", async () => {
    const { port } = await kafkaPort(world, cluster);
    const subject = `legacy-${uniqueSuffix()}-value`;
    const history = [
      avroOrder([{ name: 'id', type: 'string' }]),
      avroOrder([
        { name: 'id', type: 'string' },
        { name: 'amount', type: 'long', default: 0 },
      ]),
      avroOrder([
        { name: 'id', type: 'string' },
        { name: 'amount', type: 'long', default: 0 },
        { name: 'channel', type: ['null', 'string'], default: null },
      ]),
    ];
    const ids: number[] = [];
    for (const schema of history) ids.push(await registryHttp.register(subject, schema));

    const attached = dataOf(
      await world.as(world.memberA)<{
        attachRegistrySubject: {
          subject: string;
          importedVersions: { version: number; source: string; registryId: number; registryVersion: number }[];
          outputPort: { registrySubject: string; schemaFormat: string };
        };
      }>(ATTACH, { input: { portId: port.id, subject } }),
    ).attachRegistrySubject;
    const next = await published(world, world.memberA, {
      portId: port.id,
      format: 'AVRO',
      definition: avroOrder([
        { name: 'id', type: 'string' },
        { name: 'amount', type: 'long', default: 0 },
        { name: 'channel', type: ['null', 'string'], default: null },
        { name: 'note', type: 'string', default: '' },
      ]),
    });

    expect(attached.subject).toBe(subject);
    expect(attached.outputPort).toMatchObject({ registrySubject: subject, schemaFormat: 'AVRO' });
    expect(attached.importedVersions).toEqual([
      {
        version: 1,
        source: 'REGISTRY_IMPORT',
        registryId: ids[0],
        registryVersion: 1,
        fingerprint: expect.any(String) as unknown,
        breaking: false,
        changes: [],
      },
      expect.objectContaining({ version: 2, source: 'REGISTRY_IMPORT', registryId: ids[1], registryVersion: 2 }),
      expect.objectContaining({ version: 3, source: 'REGISTRY_IMPORT', registryId: ids[2], registryVersion: 3 }),
    ]);
    expect(next.schemaVersion).toMatchObject({ version: 4, source: 'TESSERA', registryVersion: 4 });
    expect(await registryHttp.versions(subject)).toEqual([1, 2, 3, 4]);
  });

  it('refuses to attach a missing subject, or a subject to a port without a registry', async () => {
    const { port } = await kafkaPort(world, cluster);
    const { port: table } = await postgresPort(world);

    const missing = failureOf(
      await world.as(world.memberA)(ATTACH, { input: { portId: port.id, subject: `missing-${uniqueSuffix()}` } }),
    );
    const noRegistry = failureOf(
      await world.as(world.memberA)(ATTACH, { input: { portId: table.id, subject: 'x-value' } }),
    );
    const outsider = failureOf(
      await world.as(world.ownerB)(ATTACH, { input: { portId: port.id, subject: 'x-value' } }),
    );

    expect(missing.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'REGISTRY_SUBJECT_NOT_FOUND' });
    expect(noRegistry.extensions).toMatchObject({ code: 'VALIDATION_FAILED', reason: 'REGISTRY_NOT_CONFIGURED' });
    expect(outsider.extensions.code).toBe('FORBIDDEN');
  });
});
