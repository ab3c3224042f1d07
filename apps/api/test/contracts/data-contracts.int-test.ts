import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { TestApi } from '../support/api-client';
import { createTestDatabase, dropDatabase } from '../support/databases';
import { Factories } from '../support/factories';
import { testConfig } from '../support/test-config';

const IMPORT = `
  mutation Import($input: ImportDataContractInput!) {
    importDataContract(input: $input) {
      changed
      contract { portId contractId version status importedAt }
    }
  }`;
const EXPORT = `query Export($portId: ID!, $format: DataContractFormat) { exportDataContract(portId: $portId, format: $format) }`;
const PORT_CONTRACT = `
  query Port($id: ID!) {
    outputPort(id: $id) {
      contract {
        contractId version status apiVersion name importedAt yaml json
        slaProperties { property value valueExt unit element driver description }
        qualityRules { element name type dimension metric severity rule }
        terms { purpose usage limitations billing noticePeriod }
        support { channel url tool scope description }
      }
    }
  }`;

interface ImportData {
  importDataContract: { changed: boolean; contract: { portId: string; version: string; status: string } } | null;
}
interface ExportData {
  exportDataContract: string | null;
}
type Json = Record<string, unknown>;

const AVRO = JSON.stringify({
  type: 'record',
  name: 'OrderPlaced',
  namespace: 'shop.orders',
  doc: 'An order was placed.',
  fields: [
    { name: 'order_id', type: 'string', doc: 'The order.' },
    { name: 'amount', type: 'double' },
    { name: 'note', type: ['null', 'string'], default: null },
  ],
});

/** A contract with every kind of field: owned by Tessera, kept by Tessera, unknown to Tessera. */
const CONTRACT_YAML = `apiVersion: v3.1.0
kind: DataContract
id: orders-contract
name: Orders placed
version: 0.0.1
status: proposed
description:
  purpose: Every order placed.
  usage: Join on order_id.
  limitations: No refunds.
  x-audience: analysts
  customProperties:
    - property: noticePeriod
      value: P3M
tags: [orders, finance]
schema:
  - name: OrderPlaced
    x-owner-note: kept at object level
    quality:
      - type: sql
        query: SELECT COUNT(*) FROM orders
        mustBeGreaterThan: 0
    properties:
      - name: order_id
        logicalType: string
        primaryKey: true
        classification: internal
        x-lineage: { from: shop.orders.id }
        quality:
          - metric: duplicateValues
            mustBe: 0
            dimension: uniqueness
      - name: amount
        logicalType: number
        criticalDataElement: true
        tags: [money]
slaProperties:
  - property: retention
    value: 3
    unit: y
  - property: latency
    value: 1
    unit: d
    driver: operational
support:
  - channel: '#orders-data'
    url: https://chat.example.com/orders
    tool: slack
    x-hours: 9-17
price:
  priceAmount: 1.5
  priceCurrency: USD
  priceUnit: gigabyte
team:
  name: somebody-else
  members:
    - username: ada@example.com
      role: owner
      x-pager: ada-pager
customProperties:
  - property: costCentre
    value: { id: 42, owner: finance }
x-custom:
  anything: [1, { b: 2, a: 1 }]
futureTopLevelField: true
`;

/** Unknown keys inside schema properties, for a port without a schema version (nothing derived there). */
const UNDERIVED_CONTRACT = {
  apiVersion: 'v3.0.2',
  kind: 'DataContract',
  id: 'customers-contract',
  version: '1.0.0',
  status: 'active',
  schema: [
    {
      name: 'customers',
      physicalType: 'table',
      properties: [
        { name: 'id', logicalType: 'integer', 'x-vendor': { masked: false }, customProperties: [] },
        {
          name: 'address',
          logicalType: 'object',
          properties: [{ name: 'city', logicalType: 'string', 'x-geo': 'city-level' }],
        },
        { name: 'tags', logicalType: 'array', items: { logicalType: 'string', 'x-item-note': 1 } },
      ],
    },
  ],
  team: [{ username: 'bob', role: 'steward' }],
  'x-custom': { nested: { deep: [true, null, 'x'] } },
};

describe('data contracts', () => {
  let database: { name: string; url: string };
  let api: TestApi;
  let factories: Factories;
  let tokens: { member: string; outsider: string; admin: string };
  let team: { id: string; slug: string };
  let product: { id: string; slug: string };
  let port: { id: string; name: string };
  let plainPort: { id: string };
  let hiddenPort: { id: string };

  const importContract = (token: string, portId: string, document: string, format: 'YAML' | 'JSON' = 'YAML') =>
    api.as(token).graphql<ImportData>(IMPORT, { input: { portId, document, format } });
  const exportContract = async (token: string, portId: string, format: 'YAML' | 'JSON' = 'YAML') => {
    const response = await api.as(token).graphql<ExportData>(EXPORT, { portId, format });
    expect(response.body.errors).toBeUndefined();
    return response.body.data?.exportDataContract ?? '';
  };
  const written = async () => ({
    contracts: await factories.prisma.dataContract.count(),
    audit: await factories.prisma.auditEvent.count({ where: { entityType: 'data_contract' } }),
  });

  beforeAll(async () => {
    database = await createTestDatabase('contracts');
    api = await TestApi.start(testConfig(database.url));
    factories = new Factories(database.url);
    const [member, outsider, admin] = await Promise.all([
      factories.user(),
      factories.user(),
      factories.user({ isPlatformAdmin: true }),
    ]);
    team = await factories.team([{ userId: member.id, role: 'MEMBER' }]);
    const otherTeam = await factories.team([{ userId: outsider.id, role: 'OWNER' }]);
    const domain = await factories.domain(team.id);
    product = await factories.product(team.id, domain.id, {
      status: 'PUBLISHED',
      supportLinks: [{ channel: '#orders', url: 'https://chat.example.com/orders-team', tool: 'slack' }],
    });
    port = await factories.outputPort(product.id, {
      name: 'order-events',
      description: 'One event per order.',
      contractVersion: '2.1.0',
    });
    plainPort = await factories.outputPort(product.id, { name: 'customers', kind: 'POSTGRES_TABLE' });
    await factories.prisma.$executeRaw`
      INSERT INTO schema_versions (port_id, version, format, definition, fingerprint, contract_version)
      VALUES (${port.id}::uuid, 1, 'AVRO', ${AVRO}, 'f1', '2.1.0')`;
    await factories.prisma.$executeRaw`
      INSERT INTO freshness_objectives (port_id, warn_after_seconds, error_after_seconds, check_kind)
      VALUES (${port.id}::uuid, 300, 900, 'PUSH')`;
    const hidden = await factories.product(otherTeam.id, (await factories.domain(otherTeam.id)).id);
    hiddenPort = await factories.outputPort(hidden.id);
    tokens = {
      member: await factories.apiToken({ userId: member.id }),
      outsider: await factories.apiToken({ userId: outsider.id }),
      admin: await factories.apiToken({ userId: admin.id }, ['admin']),
    };
  });

  afterAll(async () => {
    await factories.close();
    await api.close();
    await dropDatabase(database.name);
  });

  it('round-trips a YAML contract with no loss: import, export, import, export give the same document', async () => {
    const first = await importContract(tokens.member, port.id, CONTRACT_YAML);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data?.importDataContract).toMatchObject({ changed: true, contract: { version: '2.1.0' } });
    const exported = await exportContract(tokens.member, port.id);
    const original = parse(CONTRACT_YAML) as Json;
    expect(Object.keys(parse(exported) as Json)).toEqual(expect.arrayContaining(Object.keys(original)));

    const again = await importContract(tokens.member, port.id, exported);
    expect(again.body.errors).toBeUndefined();
    const reexported = await exportContract(tokens.member, port.id);
    expect(parse(reexported)).toStrictEqual(parse(exported));
    expect(reexported).toBe(exported);

    // Importing the export once more stores what is already there: nothing is written.
    const before = await written();
    const third = await importContract(tokens.member, port.id, reexported);
    expect(third.body.data?.importDataContract?.changed).toBe(false);
    expect(await written()).toEqual(before);
  });

  it('exports the fields Tessera does not model unchanged, beside the ones it derives', async () => {
    await importContract(tokens.member, port.id, CONTRACT_YAML);
    const document = parse(await exportContract(tokens.member, port.id)) as Json;
    const original = parse(CONTRACT_YAML) as Json;
    for (const key of ['x-custom', 'futureTopLevelField', 'customProperties', 'price', 'tags', 'name', 'id'])
      expect(document[key]).toStrictEqual(original[key]);
    expect(document.description).toStrictEqual(original.description);
    expect(document.support).toStrictEqual(original.support);
    // Tessera's: the port's contract version, the product's lifecycle, domain, product and team.
    expect(document).toMatchObject({
      version: '2.1.0',
      status: 'active',
      dataProduct: product.slug,
      team: { name: team.slug, members: [{ username: 'ada@example.com', role: 'owner', 'x-pager': 'ada-pager' }] },
    });
    // The schema comes from the schema version; what the document says about each field stays.
    expect(document.schema).toStrictEqual([
      {
        name: 'OrderPlaced',
        logicalType: 'object',
        physicalType: 'topic',
        description: 'An order was placed.',
        properties: [
          {
            name: 'order_id',
            logicalType: 'string',
            physicalType: 'string',
            required: true,
            primaryKey: true,
            classification: 'internal',
            description: 'The order.',
            quality: [{ metric: 'duplicateValues', mustBe: 0, dimension: 'uniqueness' }],
            'x-lineage': { from: 'shop.orders.id' },
          },
          {
            name: 'amount',
            logicalType: 'number',
            physicalType: 'double',
            required: true,
            criticalDataElement: true,
            tags: ['money'],
          },
          { name: 'note', logicalType: 'string', physicalType: 'string', required: false },
        ],
        quality: [{ type: 'sql', query: 'SELECT COUNT(*) FROM orders', mustBeGreaterThan: 0 }],
        'x-owner-note': 'kept at object level',
      },
    ]);
    // The freshness objective replaces the document's latency, keeping its driver.
    expect(document.slaProperties).toStrictEqual([
      { property: 'retention', value: 3, unit: 'y' },
      expect.objectContaining({ property: 'latency', value: 15, valueExt: 5, unit: 'minutes', driver: 'operational' }),
    ]);
  });

  it('round-trips a JSON contract, keeping unknown keys inside schema properties of a port without a schema version', async () => {
    const response = await importContract(tokens.member, plainPort.id, JSON.stringify(UNDERIVED_CONTRACT), 'JSON');
    expect(response.body.errors).toBeUndefined();
    const exported = await exportContract(tokens.member, plainPort.id, 'JSON');
    const document = JSON.parse(exported) as Json;
    expect(document.schema).toStrictEqual(UNDERIVED_CONTRACT.schema);
    expect(document.team).toStrictEqual(UNDERIVED_CONTRACT.team);
    expect(document['x-custom']).toStrictEqual(UNDERIVED_CONTRACT['x-custom']);
    expect(document.apiVersion).toBe('v3.0.2');

    await importContract(tokens.member, plainPort.id, exported, 'JSON');
    expect(JSON.parse(await exportContract(tokens.member, plainPort.id, 'JSON'))).toStrictEqual(document);
    // The same contract as YAML is the same document.
    expect(parse(await exportContract(tokens.member, plainPort.id, 'YAML'))).toStrictEqual(document);
  });

  it('refuses an invalid contract with the path, line and column of the problem, and writes nothing', async () => {
    const before = await written();
    const invalid = CONTRACT_YAML.replace('        logicalType: number\n', '        logicalType: money\n');
    const response = await importContract(tokens.member, port.id, invalid);
    const extensions = response.body.errors?.[0]?.extensions as {
      code: string;
      reason: string;
      issues: { path: string; line: number; column: number; message: string }[];
    };
    expect(extensions).toMatchObject({ code: 'VALIDATION_FAILED', reason: 'CONTRACT_INVALID' });
    expect(extensions.issues).toEqual([
      expect.objectContaining({ path: 'schema[0].properties[1].logicalType', line: 34, column: 22 }),
    ]);
    expect(await written()).toEqual(before);

    const json = await importContract(tokens.member, port.id, '{"schema": [{"properties": []}]}', 'JSON');
    expect(json.body.errors?.[0]?.extensions).toMatchObject({
      reason: 'CONTRACT_INVALID',
      issues: [expect.objectContaining({ path: 'schema[0].name', line: 1, column: 13 })],
    });
    expect(await written()).toEqual(before);
  });

  it('lets only the owning team change a contract, and hides the contracts of hidden products', async () => {
    const before = await written();
    const outsider = await importContract(tokens.outsider, port.id, 'x-custom: 1');
    expect(outsider.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const hidden = await importContract(tokens.member, hiddenPort.id, 'x-custom: 1');
    expect(hidden.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'OUTPUT_PORT_NOT_FOUND' });
    expect(await written()).toEqual(before);

    const hiddenExport = await api.as(tokens.member).graphql<ExportData>(EXPORT, { portId: hiddenPort.id });
    expect(hiddenExport.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const missing = await api.as(tokens.member).graphql<ExportData>(EXPORT, { portId: 'not-a-port' });
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // Readers of a published product read its contract; admins change any.
    expect(await exportContract(tokens.outsider, port.id)).toContain('kind: DataContract');
    const admin = await importContract(tokens.admin, hiddenPort.id, 'x-custom: 1');
    expect(admin.body.errors).toBeUndefined();
  });

  it('records the import in the audit log with the documents before and after', async () => {
    await importContract(tokens.member, plainPort.id, 'x-audit-check: 1');
    const event = await factories.prisma.auditEvent.findFirst({
      where: { action: 'data_contract.import' },
      orderBy: { id: 'desc' },
    });
    expect(event).toMatchObject({ entityType: 'data_contract', teamId: team.id });
    expect(event?.after).toMatchObject({ portId: plainPort.id, document: { 'x-audit-check': 1 } });
  });

  it('shows the contract on the output port with its SLA, quality rules, terms and support', async () => {
    await importContract(tokens.member, port.id, CONTRACT_YAML);
    const response = await api.as(tokens.outsider).graphql<{ outputPort: { contract: Json } }>(PORT_CONTRACT, {
      id: port.id,
    });
    expect(response.body.errors).toBeUndefined();
    const contract = response.body.data?.outputPort.contract as Json;
    expect(contract).toMatchObject({
      contractId: 'orders-contract',
      version: '2.1.0',
      status: 'active',
      apiVersion: 'v3.1.0',
      name: 'Orders placed',
      terms: {
        purpose: 'Every order placed.',
        usage: 'Join on order_id.',
        limitations: 'No refunds.',
        billing: '1.5 USD per gigabyte',
        noticePeriod: 'P3M',
      },
      support: [{ channel: '#orders-data', url: 'https://chat.example.com/orders', tool: 'slack' }],
    });
    expect(contract.slaProperties).toEqual([
      expect.objectContaining({ property: 'retention', value: '3', unit: 'y' }),
      expect.objectContaining({ property: 'latency', value: '15', valueExt: '5', unit: 'minutes' }),
    ]);
    expect(contract.qualityRules).toEqual([
      expect.objectContaining({ element: 'OrderPlaced', type: 'sql' }),
      expect.objectContaining({ element: 'OrderPlaced.order_id', metric: 'duplicateValues', dimension: 'uniqueness' }),
    ]);
    expect(parse(contract.yaml as string)).toStrictEqual(JSON.parse(contract.json as string));
  });

  it('gives a port without an imported document the contract Tessera derives', async () => {
    const fresh = await factories.outputPort(product.id, { name: 'fresh-port', description: 'New.' });
    const response = await api.as(tokens.member).graphql<{ outputPort: { contract: Json } }>(PORT_CONTRACT, {
      id: fresh.id,
    });
    expect(response.body.data?.outputPort.contract).toMatchObject({
      contractId: `${product.slug}/fresh-port`,
      version: '1.0.0',
      importedAt: null,
      terms: { purpose: 'New.' },
      support: [{ channel: '#orders', url: 'https://chat.example.com/orders-team' }],
    });
  });
});
