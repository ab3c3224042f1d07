import { describe, expect, it } from 'vitest';
import { exportContract } from '../contract-export';
import { contractView } from '../contract-view';
import { deriveContract, type ContractFacts } from '../derivation/derive-contract';
import type { JsonObject } from '../derivation/odcs-element';

const FACTS: ContractFacts = {
  productSlug: 'orders-placed',
  productStatus: 'PUBLISHED',
  domainSlug: 'orders',
  teamSlug: 'orders-team',
  supportLinks: [{ channel: '#orders', url: 'https://chat.example.com/orders', tool: 'slack' }],
  portName: 'order-events',
  portDescription: 'One event per order.',
  portKind: 'KAFKA_TOPIC',
  contractVersion: '2.1.0',
  schema: null,
  objective: { warnAfterSeconds: 300, errorAfterSeconds: 900, targetPercent: 99, windowDays: 28 },
};

const DERIVED_SCHEMA: JsonObject[] = [
  {
    name: 'OrderPlaced',
    logicalType: 'object',
    physicalType: 'topic',
    properties: [
      { name: 'order_id', logicalType: 'string', physicalType: 'string', required: true, description: 'The order.' },
      {
        name: 'customer',
        logicalType: 'object',
        physicalType: 'Customer',
        required: true,
        properties: [{ name: 'email', logicalType: 'string', physicalType: 'string', required: false }],
      },
    ],
  },
];

/** A document with fields Tessera owns (stale values), fields it keeps, and fields nobody models. */
const DOCUMENT: JsonObject = {
  apiVersion: 'v3.0.2',
  kind: 'DataContract',
  id: '53581432-6c55-4ba2-a65f-72344a91553a',
  version: '0.0.1',
  status: 'proposed',
  domain: 'elsewhere',
  description: { usage: 'Join on order_id.', 'x-audience': 'analysts' },
  schema: [
    {
      name: 'orders',
      physicalName: 'orders_v1',
      'x-owner-note': 'kept',
      properties: [
        {
          name: 'order_id',
          logicalType: 'integer',
          primaryKey: true,
          classification: 'internal',
          quality: [{ metric: 'duplicateValues', mustBe: 0 }],
          'x-lineage': { from: 'shop.orders.id' },
        },
        {
          name: 'customer',
          description: 'Who ordered.',
          properties: [{ name: 'email', classification: 'restricted', tags: ['pii'] }],
        },
        { name: 'gone', logicalType: 'string' },
      ],
    },
  ],
  slaProperties: [
    { property: 'retention', value: 3, unit: 'y' },
    { property: 'freshness', value: 1, unit: 'd', element: 'orders.order_id', driver: 'operational' },
    { property: 'latency', value: 2, unit: 'd' },
  ],
  team: { description: 'The orders people', members: [{ username: 'ada' }] },
  customProperties: [{ property: 'noticePeriod', value: 'P3M' }],
  price: { priceAmount: 1.5, priceCurrency: 'USD', priceUnit: 'gigabyte' },
  'x-custom': { nested: [1, { b: 2, a: 1 }] },
  futureField: true,
};

const exported = (document: JsonObject, facts: ContractFacts = FACTS, schema: JsonObject[] | null = DERIVED_SCHEMA) =>
  exportContract(document, deriveContract(facts, schema));

describe('exporting a contract', () => {
  it('is idempotent: exporting an exported contract changes nothing', () => {
    const once = exported(DOCUMENT);
    expect(exported(once)).toEqual(once);
    expect(JSON.stringify(exported(once))).toBe(JSON.stringify(once));
    const bare = exported({});
    expect(exported(bare)).toEqual(bare);
  });

  it('states what Tessera owns: version, status, domain, product, team name', () => {
    expect(exported(DOCUMENT)).toMatchObject({
      apiVersion: 'v3.0.2',
      kind: 'DataContract',
      id: '53581432-6c55-4ba2-a65f-72344a91553a',
      version: '2.1.0',
      status: 'active',
      domain: 'orders',
      dataProduct: 'orders-placed',
      team: { name: 'orders-team', description: 'The orders people', members: [{ username: 'ada' }] },
    });
  });

  it('fills in what the document leaves out, and nothing it states', () => {
    expect(exported({})).toEqual({
      apiVersion: 'v3.1.0',
      kind: 'DataContract',
      id: 'orders-placed/order-events',
      name: 'order-events',
      version: '2.1.0',
      status: 'active',
      domain: 'orders',
      dataProduct: 'orders-placed',
      description: { purpose: 'One event per order.' },
      schema: DERIVED_SCHEMA,
      slaProperties: [expect.objectContaining({ property: 'latency', value: 15, valueExt: 5, unit: 'minutes' })],
      support: [{ channel: '#orders', url: 'https://chat.example.com/orders', tool: 'slack' }],
      team: { name: 'orders-team' },
    });
    const given = exported({ name: 'Orders', description: { purpose: 'Mine.' }, support: [] });
    expect(given).toMatchObject({ name: 'Orders', description: { purpose: 'Mine.' }, support: [] });
  });

  it('keeps fields Tessera does not model, at every level, with the same values', () => {
    const document = exported(DOCUMENT);
    expect(document['x-custom']).toEqual({ nested: [1, { a: 1, b: 2 }] });
    expect(document.futureField).toBe(true);
    expect(document.description).toEqual({
      purpose: 'One event per order.',
      usage: 'Join on order_id.',
      'x-audience': 'analysts',
    });
    expect(document.customProperties).toEqual(DOCUMENT.customProperties);
    expect(document.price).toEqual(DOCUMENT.price);
  });

  it('takes structure and types from the schema version and keeps what the document says about each field', () => {
    const [object] = exported(DOCUMENT).schema as JsonObject[];
    expect(object).toEqual({
      name: 'OrderPlaced',
      logicalType: 'object',
      physicalType: 'topic',
      physicalName: 'orders_v1',
      properties: [
        {
          name: 'order_id',
          logicalType: 'string',
          physicalType: 'string',
          required: true,
          primaryKey: true,
          classification: 'internal',
          description: 'The order.',
          quality: [{ metric: 'duplicateValues', mustBe: 0 }],
          'x-lineage': { from: 'shop.orders.id' },
        },
        {
          name: 'customer',
          logicalType: 'object',
          physicalType: 'Customer',
          required: true,
          // The schema has no doc for it: the document's description stays.
          description: 'Who ordered.',
          properties: [
            {
              name: 'email',
              logicalType: 'string',
              physicalType: 'string',
              required: false,
              classification: 'restricted',
              tags: ['pii'],
            },
          ],
        },
      ],
      'x-owner-note': 'kept',
    });
  });

  it('keeps the document schema as it is when the port has no schema version', () => {
    expect(exported(DOCUMENT, FACTS, null).schema).toEqual(DOCUMENT.schema);
  });

  it('puts the derived latency in place of the first latency or freshness entry, keeping its other fields', () => {
    const sla = exported(DOCUMENT).slaProperties as JsonObject[];
    expect(sla.map((entry) => entry.property)).toEqual(['retention', 'latency']);
    expect(sla[1]).toMatchObject({ value: 15, valueExt: 5, unit: 'minutes', element: 'orders.order_id' });
    expect(exported(DOCUMENT, { ...FACTS, objective: null }).slaProperties).toEqual(DOCUMENT.slaProperties);
  });

  it('leaves a v3.0 team (a list of members) as it is', () => {
    const team = [{ username: 'ada', role: 'owner' }];
    expect(exported({ team }).team).toEqual(team);
  });

  it('orders keys the standard way, unknown keys last and sorted', () => {
    expect(Object.keys(exported(DOCUMENT))).toEqual([
      'apiVersion',
      'kind',
      'id',
      'name',
      'version',
      'status',
      'domain',
      'dataProduct',
      'description',
      'schema',
      'slaProperties',
      'support',
      'price',
      'team',
      'customProperties',
      'futureField',
      'x-custom',
    ]);
  });
});

describe('the portal view of a contract', () => {
  it('lists SLA properties, quality rules by element, terms and support', () => {
    const view = contractView(exported(DOCUMENT));
    expect(view.slaProperties[1]).toMatchObject({ property: 'latency', value: '15', valueExt: '5', unit: 'minutes' });
    expect(view.qualityRules).toEqual([
      expect.objectContaining({ element: 'OrderPlaced.order_id', type: 'library', metric: 'duplicateValues' }),
    ]);
    expect(view.terms).toEqual({
      purpose: 'One event per order.',
      usage: 'Join on order_id.',
      limitations: null,
      billing: '1.5 USD per gigabyte',
      noticePeriod: 'P3M',
    });
    expect(view.support).toEqual([
      { channel: '#orders', url: 'https://chat.example.com/orders', tool: 'slack', scope: null, description: null },
    ]);
  });
});
