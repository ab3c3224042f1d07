import { describe, expect, it } from 'vitest';
import { deriveOdcsSchema, latencySla } from '../derivation/derive-contract';

const AVRO = JSON.stringify({
  type: 'record',
  name: 'OrderPlaced',
  namespace: 'shop.orders',
  doc: 'An order was placed.',
  fields: [
    { name: 'order_id', type: 'string', doc: 'The order.' },
    { name: 'placed_at', type: { type: 'long', logicalType: 'timestamp-millis' } },
    { name: 'note', type: ['null', 'string'], default: null },
    { name: 'status', type: { type: 'enum', name: 'Status', symbols: ['NEW', 'PAID'] } },
    {
      name: 'lines',
      type: {
        type: 'array',
        items: {
          type: 'record',
          name: 'Line',
          fields: [
            { name: 'sku', type: 'string' },
            { name: 'amount', type: { type: 'bytes', logicalType: 'decimal', precision: 10, scale: 2 } },
          ],
        },
      },
    },
    { name: 'attributes', type: { type: 'map', values: 'string' } },
    { name: 'either', type: ['int', 'string'] },
  ],
});

describe('ODCS schema from an Avro schema', () => {
  it('maps the record to an object and each field to a property, nested records and arrays included', () => {
    expect(deriveOdcsSchema({ format: 'AVRO', definition: AVRO }, 'KAFKA_TOPIC', 'orders')).toEqual([
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
            description: 'The order.',
          },
          { name: 'placed_at', logicalType: 'timestamp', physicalType: 'long (timestamp-millis)', required: true },
          { name: 'note', logicalType: 'string', physicalType: 'string', required: false },
          { name: 'status', logicalType: 'string', physicalType: 'enum shop.orders.Status', required: true },
          {
            name: 'lines',
            logicalType: 'array',
            physicalType: 'array<shop.orders.Line>',
            required: true,
            items: {
              logicalType: 'object',
              physicalType: 'shop.orders.Line',
              properties: [
                { name: 'sku', logicalType: 'string', physicalType: 'string', required: true },
                { name: 'amount', logicalType: 'number', physicalType: 'bytes (decimal)', required: true },
              ],
            },
          },
          { name: 'attributes', logicalType: 'object', physicalType: 'map<string>', required: true },
          { name: 'either', physicalType: '[int, string]', required: true },
        ],
      },
    ]);
  });

  it('describes a recursive record once and stops there', () => {
    const tree = JSON.stringify({
      type: 'record',
      name: 'Node',
      fields: [{ name: 'children', type: { type: 'array', items: 'Node' } }],
    });
    const [object] = deriveOdcsSchema({ format: 'AVRO', definition: tree }, 'KAFKA_TOPIC', 'tree') ?? [];
    expect(object?.properties).toEqual([
      {
        name: 'children',
        logicalType: 'array',
        physicalType: 'array<Node>',
        required: true,
        items: { logicalType: 'object', physicalType: 'Node' },
      },
    ]);
  });

  it('derives nothing from a schema whose top is not a record', () => {
    expect(deriveOdcsSchema({ format: 'AVRO', definition: '"string"' }, 'KAFKA_TOPIC', 'x')).toBeNull();
  });
});

describe('ODCS schema from a JSON Schema', () => {
  it('maps properties, required, formats, nullable types, references and arrays', () => {
    const schema = JSON.stringify({
      $schema: 'http://json-schema.org/draft-07/schema#',
      title: 'Customer',
      type: 'object',
      required: ['id', 'email', 'nickname'],
      properties: {
        id: { type: 'integer', description: 'The customer.' },
        email: { type: 'string', format: 'email' },
        nickname: { type: ['string', 'null'] },
        born: { type: 'string', format: 'date' },
        address: { $ref: '#/definitions/Address' },
        tags: { type: 'array', items: { type: 'string' } },
        tier: { enum: ['gold', 'silver'] },
      },
      definitions: { Address: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } },
    });
    expect(deriveOdcsSchema({ format: 'JSON', definition: schema }, 'POSTGRES_TABLE', 'customers')).toEqual([
      {
        name: 'Customer',
        logicalType: 'object',
        physicalType: 'table',
        properties: [
          {
            name: 'id',
            logicalType: 'integer',
            physicalType: 'integer',
            required: true,
            description: 'The customer.',
          },
          { name: 'email', logicalType: 'string', physicalType: 'string (email)', required: true },
          { name: 'nickname', logicalType: 'string', physicalType: 'string', required: false },
          { name: 'born', logicalType: 'date', physicalType: 'string (date)', required: false },
          {
            name: 'address',
            logicalType: 'object',
            physicalType: 'object',
            required: false,
            properties: [{ name: 'city', logicalType: 'string', physicalType: 'string', required: true }],
          },
          {
            name: 'tags',
            logicalType: 'array',
            physicalType: 'array',
            required: false,
            items: { logicalType: 'string', physicalType: 'string' },
          },
          { name: 'tier', logicalType: 'string', physicalType: 'enum', required: false },
        ],
      },
    ]);
  });

  it('names the object after the port when the schema has no title', () => {
    const schema = JSON.stringify({ type: 'object', properties: { a: { type: 'boolean' } } });
    const [object] = deriveOdcsSchema({ format: 'JSON', definition: schema }, 'KAFKA_TOPIC', 'flags') ?? [];
    expect(object?.name).toBe('flags');
  });
});

describe('ODCS schema from a Protobuf schema', () => {
  it('maps the first message, with repeated, enum, nested and well-known fields', () => {
    const proto = `syntax = "proto3";
package shop.orders;
import "google/protobuf/timestamp.proto";

// An order was placed.
message OrderPlaced {
  // The order.
  string order_id = 1;
  google.protobuf.Timestamp placed_at = 2;
  repeated Line lines = 3;
  Status status = 4;
  map<string, string> attributes = 5;
  message Line {
    string sku = 1;
    int64 quantity = 2;
  }
}
enum Status { NEW = 0; PAID = 1; }
message Other { string x = 1; }
`;
    expect(deriveOdcsSchema({ format: 'PROTOBUF', definition: proto }, 'KAFKA_TOPIC', 'orders')).toEqual([
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
            required: false,
            description: 'The order.',
          },
          {
            name: 'placed_at',
            logicalType: 'timestamp',
            physicalType: 'google.protobuf.Timestamp',
            required: false,
          },
          {
            name: 'lines',
            logicalType: 'array',
            physicalType: 'repeated OrderPlaced.Line',
            required: false,
            items: {
              logicalType: 'object',
              physicalType: 'OrderPlaced.Line',
              properties: [
                { name: 'sku', logicalType: 'string', physicalType: 'string', required: false },
                { name: 'quantity', logicalType: 'integer', physicalType: 'int64', required: false },
              ],
            },
          },
          { name: 'status', logicalType: 'string', physicalType: 'enum Status', required: false },
          {
            name: 'attributes',
            logicalType: 'object',
            physicalType: 'map<string, string>',
            required: false,
          },
        ],
      },
    ]);
  });
});

describe('the latency SLA of a freshness objective', () => {
  it('states the error threshold as the value and the warning threshold as valueExt, in the largest exact unit', () => {
    expect(latencySla({ warnAfterSeconds: 300, errorAfterSeconds: 900, targetPercent: 99, windowDays: 28 })).toEqual({
      property: 'latency',
      value: 15,
      valueExt: 5,
      unit: 'minutes',
      description:
        'The newest data is at most 15 minutes old 99% of the time over 28 days; the owning team is warned when it is 5 minutes old.',
    });
    expect(
      latencySla({ warnAfterSeconds: 3600, errorAfterSeconds: 86_400, targetPercent: 99.5, windowDays: 7 }),
    ).toMatchObject({ value: 24, valueExt: 1, unit: 'hours' });
    expect(
      latencySla({ warnAfterSeconds: 90, errorAfterSeconds: 120, targetPercent: 99, windowDays: 28 }),
    ).toMatchObject({
      value: 120,
      valueExt: 90,
      unit: 'seconds',
    });
  });
});
