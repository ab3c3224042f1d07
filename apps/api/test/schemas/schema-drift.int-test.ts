import type { INestApplicationContext } from '@nestjs/common';
import { SCHEMA_DRIFT_SCHEDULER_ID, schemaRegistryDriftJob } from '@tessera/contracts';
import type { Job } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkerApplication } from '../../src/bootstrap';
import { QueueService } from '../../src/infra/queue/queue.service';
import { SchemaDriftProcessor } from '../../src/modules/schemas/schema-drift.processor';
import { dataOf, ProductWorld } from '../products/product-world';
import { serviceEnvironment } from '../support/environment';
import { testConfig } from '../support/test-config';
import { kafkaPort, registerClusterWithRegistry, RegistryHttp } from './registry-fixtures';
import { approvedSubscription, ORDER_V1, ORDER_V2, published } from './schema-world';

const DRIFT = `query($id: ID!) {
  outputPort(id: $id) {
    registrySubject
    schemaDrift { version source registryVersion breaking changes { path breaks } }
    schemaVersions(first: 10) { nodes { version source } }
  }
}`;

/** The worker's drift scan: versions registered in the registry outside Tessera are recorded on the port. */
describe('schema registry drift', () => {
  const registryHttp = new RegistryHttp(serviceEnvironment().schemaRegistryUrl);
  let world: ProductWorld;
  let worker: INestApplicationContext;
  let cluster: string;

  beforeAll(async () => {
    world = await ProductWorld.start('schemas_drift');
    cluster = await registerClusterWithRegistry(world, registryHttp.url);
    worker = await createWorkerApplication(testConfig(world.database.url), {
      definitions: [schemaRegistryDriftJob],
      processors: [SchemaDriftProcessor],
    });
    await worker.init();
  });

  afterAll(async () => {
    await worker?.close();
    await registryHttp.cleanUp();
    await world.close();
  });

  const scan = () =>
    worker.get(SchemaDriftProcessor).process({}, { name: schemaRegistryDriftJob.name, id: 'test' } as Job);

  it('is scheduled once by the worker at boot', async () => {
    const scheduler = await worker.get(QueueService).queue('schemas').getJobScheduler(SCHEMA_DRIFT_SCHEDULER_ID);

    expect(scheduler).toMatchObject({ name: schemaRegistryDriftJob.name, every: 5 * 60_000 });
  });

  it('records a version registered outside Tessera, shows it to the owners and tells subscribers, once', async () => {
    const { port, subject } = await kafkaPort(world, cluster);
    registryHttp.track(subject);
    await published(world, world.memberA, { portId: port.id, format: 'AVRO', definition: ORDER_V1 });
    await approvedSubscription(world, port.id, world.teamB.id);
    const registryId = await registryHttp.register(subject, ORDER_V2);

    await scan();
    const again = await scan();

    const owner = dataOf(
      await world.as(world.memberA)<{ outputPort: Record<string, unknown> }>(DRIFT, { id: port.id }),
    );
    const outsider = dataOf(
      await world.as(world.outsider)<{ outputPort: Record<string, unknown> }>(DRIFT, { id: port.id }),
    );
    expect(again.versionsFound).toBe(0);
    expect(owner.outputPort).toMatchObject({
      registrySubject: subject,
      schemaDrift: [
        {
          version: 2,
          source: 'REGISTRY_DRIFT',
          registryVersion: 2,
          breaking: false,
          changes: [{ path: '$.currency', breaks: 'NONE' }],
        },
      ],
      schemaVersions: {
        nodes: [
          { version: 2, source: 'REGISTRY_DRIFT' },
          { version: 1, source: 'TESSERA' },
        ],
      },
    });
    expect(outsider.outputPort).toMatchObject({ registrySubject: null, schemaDrift: null });
    const stored = await world.factories.prisma.schemaVersion.findUniqueOrThrow({
      where: { portId_version: { portId: port.id, version: 2 } },
    });
    expect(stored).toMatchObject({ registryId, publishedById: null });
    const events = await world.factories.prisma.outboxEvent.findMany({
      where: { eventType: 'schema.version.published', payload: { path: ['portId'], equals: port.id } },
      orderBy: { position: 'asc' },
    });
    expect(events.map((event) => event.payload)).toEqual([
      expect.objectContaining({ version: 1, source: 'TESSERA' }),
      expect.objectContaining({
        version: 2,
        source: 'REGISTRY_DRIFT',
        subscribers: [expect.objectContaining({ teamId: world.teamB.id })],
      }),
    ]);
    const audit = await world.factories.prisma.auditEvent.findFirst({ where: { entityId: stored.id } });
    expect(audit).toMatchObject({ action: 'schema_version.drift', actorType: 'SYSTEM' });
  });

  it('leaves ports alone whose subject holds nothing new', async () => {
    const { port, subject } = await kafkaPort(world, cluster);
    registryHttp.track(subject);
    await published(world, world.memberA, { portId: port.id, format: 'AVRO', definition: ORDER_V1 });

    await scan();

    const versions = await world.factories.prisma.schemaVersion.findMany({ where: { portId: port.id } });
    expect(versions.map((version) => version.source)).toEqual(['TESSERA']);
  });
});
