import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, ProductWorld } from '../products/product-world';
import { DedicatedServices } from '../support/dedicated-services';
import { kafkaPort, registerClusterWithRegistry, RegistryHttp } from './registry-fixtures';
import { failureOf, ORDER_V1, ORDER_V2, publishAs, published, SET_MODE } from './schema-world';

const CATALOG_READ = `query($id: ID!) {
  outputPort(id: $id) {
    name compatibilityMode
    latestSchemaVersion { version fields { name } }
    schemaVersions(first: 5) { totalCount nodes { version } }
    product { name outputPorts { name } }
  }
}`;

/**
 * With the port's registry stopped (a registry of this suite's own, stopped for real), the
 * catalog still answers and publishing fails with REGISTRY_UNAVAILABLE without writing
 * anything; once the registry is back, publishing works again.
 */
describe('schema publishing while the schema registry is down', () => {
  let services: DedicatedServices;
  let world: ProductWorld;
  let cluster: string;

  beforeAll(async () => {
    services = await DedicatedServices.create();
    await services.up('registry');
    world = await ProductWorld.start('schemas_outage');
    cluster = await registerClusterWithRegistry(world, services.schemaRegistryUrl);
  }, 300_000);

  afterAll(async () => {
    await world?.close();
    await services?.destroy();
  }, 120_000);

  it('refuses to publish with REGISTRY_UNAVAILABLE and writes nothing, keeps reads working, and publishes once the registry is back', async () => {
    const { port, subject } = await kafkaPort(world, cluster);
    const registry = new RegistryHttp(services.schemaRegistryUrl);
    const first = await published(world, world.memberA, { portId: port.id, format: 'AVRO', definition: ORDER_V1 });
    expect(first.schemaVersion?.registryVersion).toBe(1);

    await services.down('registry');
    const auditBefore = await world.auditCount();
    const outboxBefore = await world.factories.prisma.outboxEvent.count();

    const down = failureOf(
      await publishAs(world, world.memberA, { portId: port.id, format: 'AVRO', definition: ORDER_V2 }),
    );
    const modeChange = failureOf(await world.as(world.ownerA)(SET_MODE, { input: { portId: port.id, mode: 'FULL' } }));
    const read = dataOf(
      await world.as(world.outsider)<{ outputPort: Record<string, unknown> }>(CATALOG_READ, { id: port.id }),
    );
    const dryRun = await published(world, world.memberA, {
      portId: port.id,
      format: 'AVRO',
      definition: ORDER_V2,
      dryRun: true,
    });

    expect(down.extensions).toMatchObject({ code: 'UNAVAILABLE', reason: 'REGISTRY_UNAVAILABLE' });
    expect(modeChange.extensions).toMatchObject({ code: 'UNAVAILABLE', reason: 'REGISTRY_UNAVAILABLE' });
    expect(read.outputPort).toMatchObject({
      compatibilityMode: 'BACKWARD',
      latestSchemaVersion: { version: 1, fields: [{ name: 'id' }, { name: 'amount' }] },
      schemaVersions: { totalCount: 1, nodes: [{ version: 1 }] },
    });
    expect(dryRun.verdict).toBe('COMPATIBLE');
    expect(await world.factories.prisma.schemaVersion.count({ where: { portId: port.id } })).toBe(1);
    expect(await world.auditCount()).toBe(auditBefore);
    expect(await world.factories.prisma.outboxEvent.count()).toBe(outboxBefore);

    // The registry keeps its data in memory: it comes back empty, and the subject starts again.
    await services.up('registry');
    const second = await published(world, world.memberA, { portId: port.id, format: 'AVRO', definition: ORDER_V2 });

    expect(second).toMatchObject({
      verdict: 'COMPATIBLE',
      created: true,
      schemaVersion: { version: 2, registryVersion: 1 },
    });
    expect(await registry.versions(subject)).toEqual([1]);
  }, 300_000);
});
