import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, errorOf, ProductWorld } from './product-world';

const PORT = 'id name description kind connectionDetails { kind location }';
const ADD_OUTPUT = `mutation($input: AddOutputPortInput!) { addOutputPort(input: $input) { outputPort { ${PORT} } dataProduct { id updatedAt } } }`;
const UPDATE_OUTPUT = `mutation($input: UpdateOutputPortInput!) { updateOutputPort(input: $input) { outputPort { ${PORT} } } }`;
const REMOVE_OUTPUT = `mutation($input: RemoveOutputPortInput!) { removeOutputPort(input: $input) { removedOutputPortId dataProduct { outputPorts { name } } } }`;
const ADD_INPUT = `mutation($input: AddInputPortInput!) { addInputPort(input: $input) { inputPort { id name sourcePort { id name product { id } } product { id } } dataProduct { inputPorts { name } } } }`;
const REMOVE_INPUT = `mutation($input: RemoveInputPortInput!) { removeInputPort(input: $input) { removedInputPortId dataProduct { inputPorts { name } } } }`;

interface Port {
  id: string;
  name: string;
  description: string;
  kind: string;
  connectionDetails: { kind: string; location: Record<string, unknown> } | null;
}

const kafka = (topic = 'orders.placed.v1') => ({ kind: 'KAFKA_TOPIC', location: { cluster: 'main', topic } });

describe('output and input ports', () => {
  let world: ProductWorld;

  beforeAll(async () => {
    world = await ProductWorld.start('products_ports');
  });

  afterAll(async () => {
    await world.close();
  });

  const searchExtraOf = async (id: string) =>
    (await world.factories.prisma.dataProduct.findUniqueOrThrow({ where: { id } })).searchExtra;

  async function addOutput(
    productId: string,
    name: string,
    port: Record<string, unknown> = kafka(),
    caller = world.memberA,
  ) {
    return world.as(caller)<{ addOutputPort: { outputPort: Port; dataProduct: { id: string; updatedAt: string } } }>(
      ADD_OUTPUT,
      { input: { productId, name, ...port } },
    );
  }

  it('adds Kafka and Postgres ports, keeps the port names in the search text, and audits each once', async () => {
    const product = await world.product(world.teamA.id);
    const topic = dataOf(await addOutput(product.id, 'orders-stream', { ...kafka(), description: 'Every order' }));
    expect(topic.addOutputPort.outputPort).toMatchObject({
      name: 'orders-stream',
      description: 'Every order',
      kind: 'KAFKA_TOPIC',
      connectionDetails: { kind: 'KAFKA_TOPIC', location: { cluster: 'main', topic: 'orders.placed.v1' } },
    });
    expect(new Date(topic.addOutputPort.dataProduct.updatedAt).getTime()).toBeGreaterThan(product.updatedAt.getTime());
    const table = dataOf(
      await addOutput(product.id, 'orders-table', {
        kind: 'POSTGRES_TABLE',
        location: { database: 'warehouse', schema: 'sales', table: 'orders' },
      }),
    );
    expect(table.addOutputPort.outputPort.connectionDetails?.location).toEqual({
      database: 'warehouse',
      schema: 'sales',
      table: 'orders',
    });
    expect(await searchExtraOf(product.id)).toBe('orders-stream orders-table');
    const events = await world.factories.prisma.auditEvent.findMany({
      where: { entityType: 'output_port', teamId: world.teamA.id },
    });
    expect(events.map((event) => [event.action, event.entityId])).toEqual([
      ['output_port.create', topic.addOutputPort.outputPort.id],
      ['output_port.create', table.addOutputPort.outputPort.id],
    ]);
  });

  it("checks the location against the port kind's own format, naming the fields", async () => {
    const product = await world.product(world.teamA.id);
    const wrongKind = await addOutput(product.id, 'p1', {
      kind: 'POSTGRES_TABLE',
      location: { cluster: 'main', topic: 't' },
    });
    const error = errorOf(wrongKind);
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', reason: 'INVALID_PORT_LOCATION' });
    expect((error.issues as { path: string }[]).map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['location.database', 'location.schema', 'location.table']),
    );
    const badTopic = await addOutput(product.id, 'p2', {
      kind: 'KAFKA_TOPIC',
      location: { cluster: 'main', topic: 'has spaces' },
    });
    expect(errorOf(badTopic)).toMatchObject({ reason: 'INVALID_PORT_LOCATION', issues: [{ path: 'location.topic' }] });
    const badName = await addOutput(product.id, 'Not A Name');
    expect(errorOf(badName)).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: 'name' }] });
    expect(await world.factories.prisma.outputPort.count({ where: { productId: product.id } })).toBe(0);
    expect(await world.auditCount({ action: 'output_port.create' })).toBe(2);
  });

  it('refuses a second port with the same name, writing nothing', async () => {
    const product = await world.product(world.teamA.id);
    dataOf(await addOutput(product.id, 'events'));
    const again = await addOutput(product.id, 'events', kafka('other.topic'));
    expect(errorOf(again)).toMatchObject({ code: 'CONFLICT', reason: 'PORT_NAME_TAKEN' });
    expect(await world.factories.prisma.outputPort.count({ where: { productId: product.id } })).toBe(1);
  });

  it("refuses ports on another team's product and on retired products", async () => {
    const published = await world.product(world.teamA.id, { status: 'PUBLISHED' });
    expect(errorOf(await addOutput(published.id, 'x', kafka(), world.ownerB))).toMatchObject({ code: 'FORBIDDEN' });
    const draft = await world.product(world.teamA.id);
    expect(errorOf(await addOutput(draft.id, 'x', kafka(), world.ownerB))).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'DATA_PRODUCT_NOT_FOUND',
    });
    const retired = await world.product(world.teamA.id, { status: 'RETIRED' });
    expect(errorOf(await addOutput(retired.id, 'x'))).toMatchObject({
      code: 'CONFLICT',
      reason: 'DATA_PRODUCT_RETIRED',
    });
  });

  it('renames and moves a port (location checked against its kind); a no-op writes nothing', async () => {
    const product = await world.product(world.teamA.id);
    const port = dataOf(await addOutput(product.id, 'before')).addOutputPort.outputPort;
    const renamed = await world.as(world.memberA)<{ updateOutputPort: { outputPort: Port } }>(UPDATE_OUTPUT, {
      input: { id: port.id, name: 'after', location: { cluster: 'main', topic: 'moved.v2' } },
    });
    expect(dataOf(renamed).updateOutputPort.outputPort).toMatchObject({
      name: 'after',
      connectionDetails: { location: { topic: 'moved.v2' } },
    });
    expect(await searchExtraOf(product.id)).toBe('after');
    const [update] = await world.factories.prisma.auditEvent.findMany({
      where: { entityId: port.id, action: 'output_port.update' },
    });
    expect(update).toMatchObject({
      before: { name: 'before' },
      after: { name: 'after', location: { topic: 'moved.v2' } },
    });

    const unchanged = await world.as(world.memberA)(UPDATE_OUTPUT, {
      input: { id: port.id, name: 'after', location: { topic: 'moved.v2', cluster: 'main' } },
    });
    dataOf(unchanged);
    expect(await world.auditCount({ entityId: port.id })).toBe(2);

    const wrong = await world.as(world.memberA)(UPDATE_OUTPUT, { input: { id: port.id, location: { table: 't' } } });
    expect(errorOf(wrong)).toMatchObject({ reason: 'INVALID_PORT_LOCATION' });
    const taken = dataOf(await addOutput(product.id, 'taken')).addOutputPort.outputPort;
    const clash = await world.as(world.memberA)(UPDATE_OUTPUT, { input: { id: taken.id, name: 'after' } });
    expect(errorOf(clash)).toMatchObject({ code: 'CONFLICT', reason: 'PORT_NAME_TAKEN' });
  });

  it('removes a port nobody reads, and refuses one that another product reads (PORT_IN_USE)', async () => {
    const product = await world.product(world.teamA.id, { status: 'PUBLISHED' });
    const kept = dataOf(await addOutput(product.id, 'kept')).addOutputPort.outputPort;
    const read = dataOf(await addOutput(product.id, 'read')).addOutputPort.outputPort;
    // A product of another team, even a draft hidden from team A, holds the port.
    const consumer = await world.product(world.teamB.id);
    await world.factories.prisma.inputPort.create({
      data: { productId: consumer.id, sourcePortId: read.id, name: 'in' },
    });

    const refused = await world.as(world.ownerA)(REMOVE_OUTPUT, { input: { id: read.id } });
    expect(errorOf(refused)).toMatchObject({ code: 'CONFLICT', reason: 'PORT_IN_USE' });
    expect(await world.factories.prisma.outputPort.count({ where: { id: read.id } })).toBe(1);

    const removed = await world.as(world.ownerA)<{
      removeOutputPort: { removedOutputPortId: string; dataProduct: { outputPorts: { name: string }[] } };
    }>(REMOVE_OUTPUT, { input: { id: kept.id } });
    expect(dataOf(removed).removeOutputPort).toEqual({
      removedOutputPortId: kept.id,
      dataProduct: { outputPorts: [{ name: 'read' }] },
    });
    expect(await searchExtraOf(product.id)).toBe('read');
    expect(await world.auditCount({ entityId: kept.id, action: 'output_port.delete' })).toBe(1);
    expect(await world.auditCount({ entityId: read.id, action: 'output_port.delete' })).toBe(0);
  });

  it('neither removes nor moves a port teams subscribe to (PORT_HAS_SUBSCRIBERS), and allows both once the subscription ended', async () => {
    const product = await world.product(world.teamA.id, { status: 'PUBLISHED' });
    const port = dataOf(await addOutput(product.id, 'subscribed')).addOutputPort.outputPort;
    const subscription = await world.factories.prisma.subscription.create({
      data: { portId: port.id, consumerTeamId: world.teamB.id, purpose: 'reporting', status: 'APPROVED' },
    });

    const move = await world.as(world.memberA)(UPDATE_OUTPUT, {
      input: { id: port.id, location: { cluster: 'main', topic: 'elsewhere.v1' } },
    });
    expect(errorOf(move)).toMatchObject({ code: 'CONFLICT', reason: 'PORT_HAS_SUBSCRIBERS' });
    const renamed = await world.as(world.memberA)<{ updateOutputPort: { outputPort: Port } }>(UPDATE_OUTPUT, {
      input: { id: port.id, name: 'still-subscribed' },
    });
    expect(dataOf(renamed).updateOutputPort.outputPort.name).toBe('still-subscribed');
    const removal = await world.as(world.ownerA)(REMOVE_OUTPUT, { input: { id: port.id } });
    expect(errorOf(removal)).toMatchObject({ code: 'CONFLICT', reason: 'PORT_HAS_SUBSCRIBERS' });
    expect(await world.factories.prisma.outputPort.count({ where: { id: port.id } })).toBe(1);

    await world.factories.prisma.subscription.update({ where: { id: subscription.id }, data: { status: 'REVOKED' } });
    dataOf(await world.as(world.ownerA)(REMOVE_OUTPUT, { input: { id: port.id } }));
    expect(await world.factories.prisma.outputPort.count({ where: { id: port.id } })).toBe(0);
  });

  it('keeps the search text complete under concurrent port additions', async () => {
    const product = await world.product(world.teamA.id);
    const names = ['a1', 'b2', 'c3', 'd4', 'e5', 'f6'];
    const responses = await Promise.all(names.map((name) => addOutput(product.id, name, kafka(`t.${name}`))));
    responses.forEach((response) => dataOf(response));
    expect(await searchExtraOf(product.id)).toBe(names.join(' '));
  });

  describe('input ports (lineage)', () => {
    it('records that a product reads another product’s port, once, and removes it again', async () => {
      const source = await world.product(world.teamB.id, { status: 'PUBLISHED' });
      const port = await world.factories.outputPort(source.id);
      const consumer = await world.product(world.teamA.id);
      const added = await world.as(world.memberA)<{
        addInputPort: { inputPort: { id: string; name: string; sourcePort: { id: string; product: { id: string } } } };
      }>(ADD_INPUT, {
        input: { productId: consumer.id, sourcePortId: port.id, name: 'orders-in', description: 'joins' },
      });
      const inputPort = dataOf(added).addInputPort.inputPort;
      expect(inputPort).toMatchObject({ name: 'orders-in', sourcePort: { id: port.id, product: { id: source.id } } });
      expect(await world.auditCount({ entityId: inputPort.id, action: 'input_port.create' })).toBe(1);

      const twice = await world.as(world.memberA)(ADD_INPUT, {
        input: { productId: consumer.id, sourcePortId: port.id, name: 'again' },
      });
      expect(errorOf(twice)).toMatchObject({ code: 'CONFLICT', reason: 'INPUT_PORT_EXISTS' });
      const other = await world.factories.outputPort(source.id);
      const sameName = await world.as(world.memberA)(ADD_INPUT, {
        input: { productId: consumer.id, sourcePortId: other.id, name: 'orders-in' },
      });
      expect(errorOf(sameName)).toMatchObject({ code: 'CONFLICT', reason: 'PORT_NAME_TAKEN' });

      const removed = await world.as(world.memberA)<{ removeInputPort: { removedInputPortId: string } }>(REMOVE_INPUT, {
        input: { id: inputPort.id },
      });
      expect(dataOf(removed).removeInputPort.removedInputPortId).toBe(inputPort.id);
      expect(await world.factories.prisma.inputPort.count({ where: { productId: consumer.id } })).toBe(0);
      expect(await world.auditCount({ entityId: inputPort.id })).toBe(2);
    });

    it('refuses its own port, a retired source, and a hidden source exactly like a missing one', async () => {
      const consumer = await world.product(world.teamA.id);
      const eventsBefore = await world.auditCount({ action: 'input_port.create' });
      const own = await world.factories.outputPort(consumer.id);
      const self = await world.as(world.memberA)(ADD_INPUT, {
        input: { productId: consumer.id, sourcePortId: own.id, name: 'me' },
      });
      expect(errorOf(self)).toMatchObject({ code: 'VALIDATION_FAILED', reason: 'SELF_LINEAGE' });

      const retired = await world.product(world.teamB.id, { status: 'RETIRED' });
      const retiredPort = await world.factories.outputPort(retired.id);
      const old = await world.as(world.memberA)(ADD_INPUT, {
        input: { productId: consumer.id, sourcePortId: retiredPort.id, name: 'old' },
      });
      expect(errorOf(old)).toMatchObject({ code: 'CONFLICT', reason: 'LINEAGE_SOURCE_RETIRED' });

      const hiddenDraft = await world.product(world.teamB.id);
      const hiddenPort = await world.factories.outputPort(hiddenDraft.id);
      const hidden = await world.as(world.memberA)(ADD_INPUT, {
        input: { productId: consumer.id, sourcePortId: hiddenPort.id, name: 'secret' },
      });
      const missing = await world.as(world.memberA)(ADD_INPUT, {
        input: { productId: consumer.id, sourcePortId: '00000000-0000-4000-8000-000000000000', name: 'secret' },
      });
      expect(errorOf(hidden)).toMatchObject({ code: 'NOT_FOUND', reason: 'LINEAGE_SOURCE_NOT_FOUND' });
      expect(errorOf(hidden)).toEqual(errorOf(missing));
      expect(await world.factories.prisma.inputPort.count({ where: { productId: consumer.id } })).toBe(0);
      expect(await world.auditCount({ action: 'input_port.create' })).toBe(eventsBefore);
    });

    it("refuses lineage changes to another team's product, and new inputs on retired products; removal stays possible", async () => {
      const source = await world.product(world.teamB.id, { status: 'PUBLISHED' });
      const port = await world.factories.outputPort(source.id);
      const theirs = await world.product(world.teamB.id, { status: 'PUBLISHED' });
      const forbidden = await world.as(world.memberA)(ADD_INPUT, {
        input: { productId: theirs.id, sourcePortId: port.id, name: 'x' },
      });
      expect(errorOf(forbidden)).toMatchObject({ code: 'FORBIDDEN' });

      const retired = await world.product(world.teamA.id, { status: 'RETIRED' });
      const refused = await world.as(world.memberA)(ADD_INPUT, {
        input: { productId: retired.id, sourcePortId: port.id, name: 'x' },
      });
      expect(errorOf(refused)).toMatchObject({ reason: 'DATA_PRODUCT_RETIRED' });
      const edge = await world.factories.prisma.inputPort.create({
        data: { productId: retired.id, sourcePortId: port.id, name: 'x' },
      });
      dataOf(await world.as(world.memberA)(REMOVE_INPUT, { input: { id: edge.id } }));
      // With the retired consumer's edge gone, the upstream owner can remove the port.
      dataOf(await world.as(world.ownerB)(REMOVE_OUTPUT, { input: { id: port.id } }));
    });
  });
});
