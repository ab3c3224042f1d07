import { describe, expect, it } from 'vitest';
import { diffSchemas } from '..';

describe('diffSchemas', () => {
  it('lists Avro fields added, removed and changed, with types and docs, inside nested records', () => {
    const order = (fields: object[], addressFields: object[]) =>
      JSON.stringify({
        type: 'record',
        name: 'Order',
        fields: [
          ...fields,
          {
            name: 'address',
            type: ['null', { type: 'record', name: 'Address', fields: addressFields }],
            default: null,
          },
        ],
      });
    const before = order(
      [
        { name: 'id', type: 'string', doc: 'Order id' },
        { name: 'legacy', type: 'int' },
      ],
      [{ name: 'street', type: 'string' }],
    );
    const after = order(
      [
        { name: 'id', type: 'string', doc: 'The order id' },
        { name: 'qty', type: 'long', default: 0 },
      ],
      [
        { name: 'street', type: 'string' },
        { name: 'zip', type: ['null', 'string'], default: null },
      ],
    );
    expect(diffSchemas('AVRO', before, after)).toEqual({
      format: 'AVRO',
      entries: [
        {
          path: '$.id',
          change: 'CHANGED',
          fromType: 'string',
          toType: 'string',
          fromDoc: 'Order id',
          toDoc: 'The order id',
          aspects: ['doc'],
        },
        { path: '$.qty', change: 'ADDED', toType: 'long', toDoc: undefined, aspects: ['default'] },
        { path: '$.address.zip', change: 'ADDED', toType: '[null, string]', toDoc: undefined, aspects: ['default'] },
        { path: '$.legacy', change: 'REMOVED', fromType: 'int', fromDoc: undefined },
      ],
    });
  });

  it('lists JSON properties with their types, descriptions and required changes', () => {
    const before = JSON.stringify({
      type: 'object',
      properties: { email: { type: 'string', description: 'Contact' }, age: { type: 'integer' } },
      required: ['email'],
    });
    const after = JSON.stringify({
      type: 'object',
      properties: {
        email: { type: ['string', 'null'], description: 'Contact' },
        tags: { type: 'array', items: { type: 'string' } },
      },
    });
    expect(diffSchemas('JSON', before, after).entries).toEqual([
      {
        path: '$.email',
        change: 'CHANGED',
        fromType: 'string',
        toType: 'string | null',
        fromDoc: 'Contact',
        toDoc: 'Contact',
        aspects: ['type', 'required'],
      },
      { path: '$.tags', change: 'ADDED', toType: 'array<string>', toDoc: undefined },
      { path: '$.age', change: 'REMOVED', fromType: 'integer', fromDoc: undefined },
    ]);
  });

  it('lists Protobuf fields by message, including renumbered fields and enum values', () => {
    const proto = (fields: string, values: string) =>
      `syntax = "proto3";\nmessage Order {\n${fields}\n}\nenum Status {\n${values}\n}\n`;
    const before = proto('  string id = 1;\n  int32 qty = 2;', '  NEW = 0;\n  PAID = 1;');
    const after = proto('  string id = 1;\n  int32 qty = 5;\n  // Gift wrap.\n  bool gift = 6;', '  NEW = 0;');
    expect(diffSchemas('PROTOBUF', before, after).entries).toEqual([
      {
        path: 'Order.qty',
        change: 'CHANGED',
        fromType: 'int32 = 2',
        toType: 'int32 = 5',
        fromDoc: undefined,
        toDoc: undefined,
        aspects: ['number'],
      },
      { path: 'Order.gift', change: 'ADDED', toType: 'bool = 6', toDoc: 'Gift wrap.' },
      { path: 'Status.PAID', change: 'REMOVED', fromType: '= 1' },
    ]);
  });
});
