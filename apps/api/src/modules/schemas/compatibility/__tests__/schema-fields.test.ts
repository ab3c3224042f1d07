import { describe, expect, it } from 'vitest';
import { parseSchema, schemaFields, type ParsedSchema, type SchemaFormat } from '..';

function parsed(format: SchemaFormat, text: string): ParsedSchema {
  const result = parseSchema(format, text);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result;
}

describe('schemaFields', () => {
  it('lists Avro fields with nested records below their parent, nullability, defaults and docs', () => {
    const schema = parsed(
      'AVRO',
      JSON.stringify({
        type: 'record',
        name: 'Order',
        namespace: 'shop',
        fields: [
          { name: 'id', type: 'string', doc: 'The order id' },
          { name: 'note', type: ['null', 'string'], default: null },
          {
            name: 'lines',
            type: {
              type: 'array',
              items: { type: 'record', name: 'Line', fields: [{ name: 'qty', type: 'int', default: 1 }] },
            },
          },
          { name: 'parent', type: ['null', 'Order'], default: null },
        ],
      }),
    );
    expect(schemaFields(schema)).toEqual([
      { path: '$.id', name: 'id', type: 'string', doc: 'The order id', required: true, depth: 0 },
      { path: '$.note', name: 'note', type: '[null, string]', required: false, default: 'null', depth: 0 },
      { path: '$.lines', name: 'lines', type: 'array<shop.Line>', required: true, depth: 0 },
      { path: '$.lines[].qty', name: 'qty', type: 'int', required: true, default: '1', depth: 1 },
      // A recursive record is listed once: its fields are not expanded again below itself.
      { path: '$.parent', name: 'parent', type: '[null, shop.Order]', required: false, default: 'null', depth: 0 },
    ]);
  });

  it('lists JSON Schema properties, required ones, and objects inside arrays', () => {
    const schema = parsed(
      'JSON',
      JSON.stringify({
        type: 'object',
        required: ['id'],
        properties: {
          id: { type: 'string', description: 'Order id' },
          total: { type: 'number', default: 0 },
          customer: { type: 'object', properties: { email: { type: 'string', title: 'E-mail' } } },
          lines: { type: 'array', items: { type: 'object', properties: { sku: { type: 'string' } } } },
        },
      }),
    );
    expect(schemaFields(schema)).toEqual([
      { path: '$.id', name: 'id', type: 'string', doc: 'Order id', required: true, depth: 0 },
      { path: '$.total', name: 'total', type: 'number', required: false, default: '0', depth: 0 },
      { path: '$.customer', name: 'customer', type: 'object', required: false, depth: 0 },
      { path: '$.customer.email', name: 'email', type: 'string', doc: 'E-mail', required: false, depth: 1 },
      { path: '$.lines', name: 'lines', type: 'array<object>', required: false, depth: 0 },
      { path: '$.lines[].sku', name: 'sku', type: 'string', required: false, depth: 1 },
    ]);
  });

  it('lists Protobuf messages with their fields one level below, nested messages deeper, and enums', () => {
    const schema = parsed(
      'PROTOBUF',
      `syntax = "proto3";
package shop;
// An order.
message Order {
  string id = 1;
  repeated Line lines = 2;
  message Line {
    int32 qty = 1;
  }
}
enum Status { NEW = 0; PAID = 1; }
`,
    );
    expect(schemaFields(schema).map(({ path, type, depth }) => ({ path, type, depth }))).toEqual([
      { path: 'Order', type: 'message', depth: 0 },
      { path: 'Order.id', type: 'string = 1', depth: 1 },
      { path: 'Order.lines', type: 'repeated Order.Line = 2', depth: 1 },
      { path: 'Order.Line', type: 'message', depth: 1 },
      { path: 'Order.Line.qty', type: 'int32 = 1', depth: 2 },
      { path: 'Status', type: 'enum {NEW, PAID}', depth: 0 },
    ]);
  });
});
