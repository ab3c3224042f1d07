import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaService } from '../../src/infra/prisma/prisma.service';
import { dataOf, ProductWorld } from '../products/product-world';
import { uniqueSuffix } from '../support/environment';
import { fewestStatements } from '../support/statements';
import { failureOf, ORDER_BREAKING, ORDER_V1, ORDER_V2, postgresPort, publishAs, published } from './schema-world';

const PORT_SCHEMAS = `query($id: ID!, $first: Int, $after: String) {
  outputPort(id: $id) {
    schemaFormat compatibilityMode contractVersion registrySubject schemaDrift { version }
    latestSchemaVersion { version fields { path name type doc required default depth } }
    schemaVersions(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { version contractVersion }
    }
  }
}`;

const COMPARE = `query($portId: ID!, $from: Int!, $to: Int!) {
  compareSchemaVersions(portId: $portId, from: $from, to: $to) {
    format from { version } to { version }
    fields { path change fromType toType fromDoc toDoc aspects }
    changes { path kind breaks versions }
  }
}`;

const PRODUCT_PAGE = `query($first: Int!, $domainId: ID!) {
  dataProducts(first: $first, filter: { domainIds: [$domainId] }) {
    nodes {
      name
      outputPorts {
        name schemaFormat compatibilityMode contractVersion registrySubject schemaDrift { version }
        latestSchemaVersion { version fingerprint }
        schemaVersions(first: 5) { totalCount nodes { version changes { kind } } }
      }
    }
  }
}`;

const SEARCH = `query($query: String) { searchDataProducts(query: $query, first: 20) { edges { node { id } } } }`;

/** Reading schema versions: the port's fields, paging, comparison, search, hidden products, malformed input. */
describe('schema versions: reading, search and malformed input', () => {
  let world: ProductWorld;

  beforeAll(async () => {
    world = await ProductWorld.start('schemas_reading', { GRAPHQL_MAX_COST: '100000' });
  });

  afterAll(async () => {
    await world.close();
  });

  const db = () => world.factories.prisma;

  it('shows a port its versions newest first, the latest one with its field table, and its settings', async () => {
    const { port } = await postgresPort(world);
    await published(world, world.memberA, { portId: port.id, format: 'AVRO', definition: ORDER_V1 });
    await published(world, world.memberA, {
      portId: port.id,
      format: 'AVRO',
      definition: ORDER_V2,
      contractVersion: '1.1.0',
    });
    await published(world, world.ownerA, {
      portId: port.id,
      format: 'AVRO',
      definition: ORDER_BREAKING,
      contractVersion: '2.0.0',
    });
    type PortSchemas = {
      outputPort: {
        schemaVersions: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: object[] };
      } & Record<string, unknown>;
    };

    const first = dataOf(await world.as(world.outsider)<PortSchemas>(PORT_SCHEMAS, { id: port.id, first: 2 }));
    const rest = dataOf(
      await world.as(world.outsider)<PortSchemas>(PORT_SCHEMAS, {
        id: port.id,
        first: 2,
        after: first.outputPort.schemaVersions.pageInfo.endCursor,
      }),
    );

    expect(first.outputPort).toMatchObject({
      schemaFormat: 'AVRO',
      compatibilityMode: 'BACKWARD',
      contractVersion: '2.0.0',
      // Not a Kafka port, and neither subject nor drift is shown outside the owning team.
      registrySubject: null,
      schemaDrift: null,
      latestSchemaVersion: {
        version: 3,
        fields: [
          { path: '$.id', name: 'id', type: 'string', doc: 'The order id', required: true, default: null, depth: 0 },
          { path: '$.amount', name: 'amount', type: 'long', doc: null, required: true, default: null, depth: 0 },
          {
            path: '$.currency',
            name: 'currency',
            type: 'string',
            doc: 'ISO 4217 currency code',
            required: true,
            default: '"EUR"',
            depth: 0,
          },
          {
            path: '$.customerEmail',
            name: 'customerEmail',
            type: 'string',
            doc: null,
            required: true,
            default: null,
            depth: 0,
          },
        ],
      },
      schemaVersions: {
        totalCount: 3,
        pageInfo: { hasNextPage: true },
        nodes: [
          { version: 3, contractVersion: '2.0.0' },
          { version: 2, contractVersion: '1.1.0' },
        ],
      },
    });
    expect(rest.outputPort.schemaVersions).toMatchObject({
      pageInfo: { hasNextPage: false },
      nodes: [{ version: 1, contractVersion: '1.0.0' }],
    });
  });

  it('compares two versions field by field, with types, docs and whom each change breaks', async () => {
    const { port } = await postgresPort(world);
    await published(world, world.memberA, { portId: port.id, format: 'AVRO', definition: ORDER_V1 });
    await published(world, world.memberA, { portId: port.id, format: 'AVRO', definition: ORDER_V2 });
    await published(world, world.ownerA, {
      portId: port.id,
      format: 'AVRO',
      definition: ORDER_BREAKING,
      contractVersion: '2.0.0',
    });

    const comparison = dataOf(
      await world.as(world.outsider)<{ compareSchemaVersions: Record<string, unknown> }>(COMPARE, {
        portId: port.id,
        from: 1,
        to: 3,
      }),
    ).compareSchemaVersions;
    const missing = failureOf(await world.as(world.outsider)(COMPARE, { portId: port.id, from: 1, to: 9 }));

    expect(comparison).toMatchObject({ format: 'AVRO', from: { version: 1 }, to: { version: 3 } });
    expect(comparison.fields).toEqual([
      {
        path: '$.currency',
        change: 'ADDED',
        fromType: null,
        toType: 'string',
        fromDoc: null,
        toDoc: 'ISO 4217 currency code',
        aspects: ['default'],
      },
      {
        path: '$.customerEmail',
        change: 'ADDED',
        fromType: null,
        toType: 'string',
        fromDoc: null,
        toDoc: null,
        aspects: [],
      },
    ]);
    expect(comparison.changes).toEqual(
      expect.arrayContaining([
        { path: '$.customerEmail', kind: 'FIELD_ADDED_WITHOUT_DEFAULT', breaks: 'WRITERS', versions: [1] },
      ]),
    );
    expect(missing.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'SCHEMA_VERSION_NOT_FOUND' });
  });

  it("keeps another team's draft hidden on every schema path", async () => {
    const draft = await world.product(world.teamB.id, { status: 'DRAFT' });
    const port = await world.factories.outputPort(draft.id, {
      kind: 'POSTGRES_TABLE',
      location: { database: 'warehouse', schema: 'public', table: 'drafts' },
    });
    await published(world, world.ownerB, { portId: port.id, format: 'AVRO', definition: ORDER_V1 });

    const publish = failureOf(
      await publishAs(world, world.memberA, { portId: port.id, format: 'AVRO', definition: ORDER_V2 }),
    );
    const dryRun = failureOf(
      await publishAs(world, world.memberA, { portId: port.id, format: 'AVRO', definition: ORDER_V2, dryRun: true }),
    );
    const compare = failureOf(await world.as(world.memberA)(COMPARE, { portId: port.id, from: 1, to: 1 }));
    const read = failureOf(await world.as(world.memberA)(PORT_SCHEMAS, { id: port.id }));

    for (const failure of [publish, dryRun, compare, read]) {
      expect(failure.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'OUTPUT_PORT_NOT_FOUND' });
    }
  });

  it.each([
    {
      what: 'invalid Avro JSON',
      format: 'AVRO' as const,
      definition:
        '{\n  "type": "record",\n  "name": "Order",\n  "fields": [\n    { "name": "id", "type": "string" },,\n  ]\n}',
      location: { line: 5, column: expect.any(Number) as unknown },
    },
    {
      what: 'a Protobuf syntax error',
      format: 'PROTOBUF' as const,
      definition: 'syntax = "proto3";\nmessage Order {\n  string id = 1\n  int64 amount = 2;\n}\n',
      location: { line: 4, column: expect.any(Number) as unknown },
    },
    {
      what: 'a JSON Schema with an unresolved $ref',
      format: 'JSON' as const,
      definition: '{\n  "type": "object",\n  "properties": {\n    "customer": { "$ref": "#/$defs/Customer" }\n  }\n}',
      location: { line: 4, column: expect.any(Number) as unknown },
    },
    {
      what: 'a schema over the size limit',
      format: 'AVRO' as const,
      definition: JSON.stringify({
        type: 'record',
        name: 'Huge',
        fields: Array.from({ length: 4_000 }, (_, index) => ({
          name: `field_${index}`,
          type: 'string',
          doc: 'x'.repeat(60),
        })),
      }),
      location: { path: '$', line: null, column: null },
    },
  ])(
    'refuses $what with SCHEMA_INVALID and where the problem is, writing nothing',
    async ({ format, definition, location }) => {
      const { port } = await postgresPort(world);
      const auditBefore = await world.auditCount();

      const failure = failureOf(await publishAs(world, world.memberA, { portId: port.id, format, definition }));

      expect(failure.extensions).toMatchObject({ code: 'VALIDATION_FAILED', reason: 'SCHEMA_INVALID', location });
      expect(failure.message).toMatch(
        location.line === null ? /limit is 262144 bytes/ : new RegExp(`line ${location.line}`),
      );
      expect((failure.extensions.issues as object[])[0]).toMatchObject({
        path: 'definition',
        ...(location.line ? { line: location.line } : {}),
      });
      expect(await db().schemaVersion.count({ where: { portId: port.id } })).toBe(0);
      expect((await db().outputPort.findUniqueOrThrow({ where: { id: port.id } })).schemaFormat).toBeNull();
      expect(await world.auditCount()).toBe(auditBefore);
    },
  );

  it("finds a product by its latest schema's field names and docs, keeping its port names", async () => {
    const word = `zq${uniqueSuffix().replace(/[^a-z]/g, '')}`;
    const { product, port } = await postgresPort(world);
    const schema = JSON.stringify({
      type: 'record',
      name: 'Shipment',
      fields: [{ name: `${word}Tracking`, type: 'string', doc: `carrier handover ${word}doc` }],
    });

    await published(world, world.memberA, { portId: port.id, format: 'AVRO', definition: schema });
    const search = async (query: string) =>
      dataOf(
        await world.as(world.outsider)<{ searchDataProducts: { edges: { node: { id: string } }[] } }>(SEARCH, {
          query,
        }),
      ).searchDataProducts.edges.map((edge) => edge.node.id);

    const extra = (await db().dataProduct.findUniqueOrThrow({ where: { id: product.id } })).searchExtra;
    expect(extra.startsWith(port.name)).toBe(true);
    expect(extra).toContain(`${word}Tracking`);
    expect(await search(`${word}doc`)).toEqual([product.id]);
    expect(await search(`${word}Tracking`)).toEqual([product.id]);
  });

  it('reads a product page with schema fields in the same number of statements for 2 and 12 products', async () => {
    const domain = await world.factories.domain(world.teamA.id);
    for (let index = 0; index < 12; index += 1) {
      const product = await world.product(world.teamA.id, {
        domainId: domain.id,
        status: 'PUBLISHED',
        name: `p${index}`,
      });
      for (const table of ['a', 'b']) {
        const port = await world.factories.outputPort(product.id, {
          kind: 'POSTGRES_TABLE',
          location: { database: 'warehouse', schema: 'public', table },
        });
        await published(world, world.memberA, { portId: port.id, format: 'AVRO', definition: ORDER_V1 });
        await published(world, world.memberA, { portId: port.id, format: 'AVRO', definition: ORDER_V2 });
      }
    }
    const prisma = world.api.app.get(PrismaService);
    const statementsOf = (first: number) =>
      fewestStatements(prisma, async () => {
        const data = dataOf(
          await world.as(world.ownerA)<{ dataProducts: { nodes: { outputPorts: unknown[] }[] } }>(PRODUCT_PAGE, {
            first,
            domainId: domain.id,
          }),
        );
        expect(data.dataProducts.nodes).toHaveLength(first);
      });

    await statementsOf(1);
    const two = await statementsOf(2);
    const twelve = await statementsOf(12);

    expect(twelve).toBe(two);
  });
});
