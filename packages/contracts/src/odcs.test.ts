import { describe, expect, it } from 'vitest';
import { parseDescriptorYaml, validateDescriptor } from './descriptor';
import { formatContractPath, locateContractPath, parseDataContract, validateDataContract } from './odcs-parse';

const FULL = `apiVersion: v3.1.0
kind: DataContract
id: orders-placed/order-events
name: Orders placed
version: 1.2.0
status: active
domain: orders
dataProduct: orders-placed
tenant: ShopCo
description:
  purpose: Every order placed in the web shop.
  usage: Join on order_id.
  limitations: null
  customProperties:
    - property: noticePeriod
      value: P3M
tags: [orders]
schema:
  - name: OrderPlaced
    logicalType: object
    physicalType: topic
    x-vendor-note: kept
    quality:
      - type: sql
        query: SELECT COUNT(*) FROM \${object}
        mustBeGreaterThan: 0
    properties:
      - name: order_id
        logicalType: string
        required: true
        primaryKey: true
        primaryKeyPosition: 1
        classification: internal
        quality:
          - metric: duplicateValues
            mustBe: 0
            dimension: uniqueness
      - name: lines
        logicalType: array
        items:
          logicalType: object
          properties:
            - name: sku
              logicalType: string
slaProperties:
  - property: latency
    value: 4
    unit: d
    element: OrderPlaced.order_id
  - property: retention
    value: 3
    unit: y
support:
  - channel: '#orders-data'
    url: https://chat.example.com/orders
    tool: slack
price: { priceAmount: 1.5, priceCurrency: USD, priceUnit: gigabyte }
team:
  name: orders-team
  members:
    - username: ada@example.com
      role: owner
      dateIn: 2024-01-02
roles:
  - role: orders_reader
    access: read
servers:
  - server: production
    type: kafka
    host: kafka:9092
customProperties:
  - property: x-cost-centre
    value: { id: 42 }
x-custom: { anything: [1, 2, 3] }
`;

function issuesOf(result: ReturnType<typeof parseDataContract>) {
  if (result.ok) throw new Error('expected issues');
  return result.issues;
}

describe('ODCS data contracts', () => {
  it('accepts a v3.1 contract and keeps every field, unknown ones included, as written', () => {
    const result = parseDataContract(FULL, 'YAML');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document['x-custom']).toEqual({ anything: [1, 2, 3] });
    expect((result.document.schema as { 'x-vendor-note': string }[])[0]?.['x-vendor-note']).toBe('kept');
    // YAML 1.2 keeps dates as text, as the standard writes them.
    expect(result.contract.team).toEqual({
      name: 'orders-team',
      members: [{ username: 'ada@example.com', role: 'owner', dateIn: '2024-01-02' }],
    });
  });

  it('accepts the same contract as JSON', () => {
    const yamlResult = parseDataContract(FULL, 'YAML');
    if (!yamlResult.ok) throw new Error('fixture invalid');
    const result = parseDataContract(JSON.stringify(yamlResult.document, null, 2), 'JSON');
    expect(result.ok && result.document).toEqual(yamlResult.document);
  });

  it('accepts a v3.0 contract with its team as a list of members', () => {
    const result = validateDataContract({
      apiVersion: 'v3.0.2',
      kind: 'DataContract',
      id: 'x',
      version: '1.0.0',
      status: 'active',
      team: [{ username: 'ada', role: 'owner' }],
    });
    expect(result.ok).toBe(true);
  });

  it('lets Tessera fill in id, version and status when a contract leaves them out', () => {
    expect(validateDataContract({ description: { purpose: 'p' } }).ok).toBe(true);
  });

  it('names the path, line and column of a wrong logical type', () => {
    const text = FULL.replace(
      '      - name: lines\n        logicalType: array',
      '      - name: lines\n        logicalType: list',
    );
    const [issue, ...rest] = issuesOf(parseDataContract(text, 'YAML'));
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ path: 'schema[0].properties[1].logicalType', line: 39, column: 22 });
    expect(issue?.message).toContain('expected one of');
  });

  it('finds problems inside nested items and refuses a property without a name', () => {
    const issues = issuesOf(
      validateDataContract({
        schema: [{ name: 'o', properties: [{ name: 'a', logicalType: 'array', items: { properties: [{}] } }] }],
      }),
    );
    expect(issues.map((issue) => issue.path)).toEqual(['schema[0].properties[0].items.properties[0].name']);
  });

  it('refuses fields of the wrong type and values outside the standard lists', () => {
    const issues = issuesOf(
      validateDataContract({
        apiVersion: 'v2.2.2',
        kind: 'DataProduct',
        slaProperties: [{ value: 1 }],
        support: [{ url: 'https://x' }],
        schema: [{ name: 'o', quality: [{ type: 'sql' }, { dimension: 'freshness' }, { type: 'custom' }] }],
        customProperties: [{ property: 'p' }],
      }),
    );
    expect(issues.map((issue) => issue.path)).toEqual([
      'apiVersion',
      'kind',
      'schema[0].quality[0].query',
      'schema[0].quality[1].dimension',
      'schema[0].quality[2].engine',
      'schema[0].quality[2].implementation',
      'support[0].channel',
      'slaProperties[0].property',
      'customProperties[0].value',
    ]);
  });

  it('reports YAML syntax errors with their position', () => {
    const [issue] = issuesOf(parseDataContract('id: x\nschema: [\n', 'YAML'));
    expect(issue).toMatchObject({ path: '', line: 3 });
  });

  it('reads JSON strictly and points at the syntax error', () => {
    const [issue] = issuesOf(parseDataContract('{\n  "id": "x",\n  "version": "1.0.0"\n  "status": 1\n}', 'JSON'));
    expect(issue?.message).toMatch(/^not valid JSON/);
    expect(issue).toMatchObject({ path: '', line: 4, column: 3 });
    // JSON.parse gives no position for a text that stops early; the YAML reader does.
    const [early] = issuesOf(parseDataContract('{\n  "id": ', 'JSON'));
    expect(early).toMatchObject({ path: '', message: 'not valid JSON: Unexpected end of JSON input', line: 2 });
    // Valid YAML, not JSON.
    expect(parseDataContract('id: x', 'JSON').ok).toBe(false);
  });

  it('refuses a document that is not a mapping, and one over the size limit', () => {
    expect(issuesOf(parseDataContract('- a\n- b\n', 'YAML'))[0]).toMatchObject({ path: '', line: 1, column: 1 });
    const huge = `id: x\ndescription:\n  purpose: "${'a'.repeat(1024 * 1024)}"\n`;
    expect(issuesOf(parseDataContract(huge, 'YAML'))[0]?.message).toContain('limit');
  });

  it('refuses a YAML alias bomb with an issue instead of throwing', () => {
    const levels = ['a0: &a0 [x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level <= 12; level += 1)
      levels.push(
        `a${level}: &a${level} [${Array(9)
          .fill(`*a${level - 1}`)
          .join(', ')}]`,
      );
    const result = parseDataContract(levels.join('\n'), 'YAML');
    expect(issuesOf(result)[0]?.message).toMatch(/alias/i);
  });

  it('writes paths with list positions in brackets and finds them in the text', () => {
    expect(formatContractPath(['schema', 0, 'properties', 2, 'logicalType'])).toBe(
      'schema[0].properties[2].logicalType',
    );
    expect(locateContractPath(FULL, 'schema[0].properties[1].items')).toEqual({ line: 41, column: 11 });
  });
});

describe('contracts in descriptors', () => {
  const descriptor = (contract: unknown) => ({
    apiVersion: 'v1.0.0',
    kind: 'DataProduct',
    id: 'orders-placed',
    name: 'Orders placed',
    domain: 'orders',
    team: { name: 'orders-team' },
    outputPorts: [
      {
        name: 'order-events',
        'x-tessera': { kind: 'KAFKA_TOPIC', location: { cluster: 'main', topic: 'orders.placed.v1' } },
        contract,
      },
    ],
  });

  it('accepts an embedded contract and a reference to a contract file', () => {
    expect(validateDescriptor(descriptor({ description: { usage: 'u' }, 'x-custom': 1 })).ok).toBe(true);
    expect(validateDescriptor(descriptor({ $ref: './contracts/orders.odcs.yaml' })).ok).toBe(true);
  });

  it('gives the path of a problem inside an embedded contract', () => {
    const result = validateDescriptor(
      descriptor({ schema: [{ name: 'o', properties: [{ name: 'a', required: 1 }] }] }),
    );
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual([
      'outputPorts.0.contract.schema.0.properties.0.required',
    ]);
  });

  it('refuses a reference with anything beside $ref', () => {
    const result = validateDescriptor(descriptor({ $ref: './a.yaml', extra: true }));
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual(['outputPorts.0.contract']);
  });

  it('points at the line of a problem in an embedded contract', () => {
    const text = `apiVersion: v1.0.0
kind: DataProduct
id: orders-placed
name: Orders placed
domain: orders
team: { name: orders-team }
outputPorts:
  - name: order-events
    x-tessera: { kind: KAFKA_TOPIC, location: { cluster: main, topic: t } }
    contract:
      schema:
        - name: o
          properties:
            - name: a
              logicalType: text
`;
    const result = parseDescriptorYaml(text);
    expect(result.ok ? [] : result.issues).toEqual([
      expect.objectContaining({
        path: 'outputPorts.0.contract.schema.0.properties.0.logicalType',
        line: 15,
        column: 28,
      }),
    ]);
  });
});
