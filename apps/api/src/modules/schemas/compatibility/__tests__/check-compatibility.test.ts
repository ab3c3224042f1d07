import { describe, expect, it } from 'vitest';
import { checkCompatibility, parseSchema, SchemaInvalidError } from '..';

const record = (fields: object[]) => JSON.stringify({ type: 'record', name: 'Order', namespace: 'shop', fields });
const id = { name: 'id', type: 'string' };
const qty = { name: 'qty', type: 'int' };

describe('checkCompatibility', () => {
  describe('modes', () => {
    const v1 = record([id]);
    const v2 = record([id, { ...qty, default: 0 }]);
    const candidate = record([id, qty]);

    it('compares BACKWARD with the latest version only', () => {
      expect(checkCompatibility({ format: 'AVRO', mode: 'BACKWARD', existing: [v1, v2], candidate }).compatible).toBe(
        true,
      );
    });

    it('compares BACKWARD_TRANSITIVE with every version and says which one breaks', () => {
      const result = checkCompatibility({ format: 'AVRO', mode: 'BACKWARD_TRANSITIVE', existing: [v1, v2], candidate });
      expect(result.compatible).toBe(false);
      expect(result.changes).toEqual([
        expect.objectContaining({
          path: '$.qty',
          kind: 'FIELD_ADDED_WITHOUT_DEFAULT',
          breaks: 'WRITERS',
          versions: [1],
        }),
        expect.objectContaining({ path: '$.qty', kind: 'DEFAULT_CHANGED', breaks: 'NONE', versions: [2] }),
      ]);
    });

    it('refuses under FORWARD only what breaks readers of the previous version', () => {
      const added = record([id, qty]);
      expect(checkCompatibility({ format: 'AVRO', mode: 'FORWARD', existing: [v1], candidate: added }).compatible).toBe(
        true,
      );
      expect(checkCompatibility({ format: 'AVRO', mode: 'FULL', existing: [v1], candidate: added }).compatible).toBe(
        false,
      );
    });

    it('accepts anything under NONE but still lists the changes', () => {
      const result = checkCompatibility({
        format: 'AVRO',
        mode: 'NONE',
        existing: [v1],
        candidate: record([{ name: 'id', type: 'int' }]),
      });
      expect(result.compatible).toBe(true);
      expect(result.changes).toEqual([expect.objectContaining({ kind: 'TYPE_CHANGED', breaks: 'BOTH' })]);
    });

    it('accepts a first version', () => {
      expect(checkCompatibility({ format: 'AVRO', mode: 'FULL', existing: [], candidate: v1 })).toEqual({
        compatible: true,
        changes: [],
      });
    });
  });

  describe('change messages', () => {
    it('explains a field added without a default', () => {
      const [change] = checkCompatibility({
        format: 'AVRO',
        mode: 'BACKWARD',
        existing: [record([id])],
        candidate: record([id, qty]),
      }).changes;
      expect(change).toEqual({
        path: '$.qty',
        kind: 'FIELD_ADDED_WITHOUT_DEFAULT',
        breaks: 'WRITERS',
        message:
          'Field `qty` (int) was added without a default value. Data written with the previous version cannot be read with this one.',
        versions: [1],
      });
    });

    it('explains an Avro promotion as breaking only old readers', () => {
      const [change] = checkCompatibility({
        format: 'AVRO',
        mode: 'FULL',
        existing: [record([id, qty])],
        candidate: record([id, { ...qty, type: 'long' }]),
      }).changes;
      expect(change).toMatchObject({ kind: 'TYPE_WIDENED', breaks: 'READERS' });
      expect(change?.message).toBe(
        '`qty` changed type from int to long; a reader expecting int cannot take a long. Consumers still on the previous version cannot read data written with this one.',
      );
    });

    it('names the enum symbols that were removed', () => {
      const status = (symbols: string[]) =>
        record([{ name: 'status', type: { type: 'enum', name: 'Status', symbols } }]);
      const [change] = checkCompatibility({
        format: 'AVRO',
        mode: 'BACKWARD',
        existing: [status(['NEW', 'PAID', 'SHIPPED'])],
        candidate: status(['NEW']),
      }).changes;
      expect(change).toMatchObject({ path: '$.status', kind: 'ENUM_SYMBOL_REMOVED', breaks: 'WRITERS' });
      expect(change?.message).toContain('no longer has `PAID` and `SHIPPED`');
    });

    it('distinguishes a property added to an open JSON model from one added to a closed model', () => {
      const object = (properties: object, closed: boolean) =>
        JSON.stringify({ type: 'object', properties, ...(closed ? { additionalProperties: false } : {}) });
      const open = checkCompatibility({
        format: 'JSON',
        mode: 'FULL',
        existing: [object({ a: {} }, false)],
        candidate: object({ a: {}, b: { type: 'string' } }, false),
      });
      const closed = checkCompatibility({
        format: 'JSON',
        mode: 'FULL',
        existing: [object({ a: {} }, true)],
        candidate: object({ a: {}, b: { type: 'string' } }, true),
      });
      expect(open.changes).toEqual([
        expect.objectContaining({ path: '$.b', kind: 'PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL', breaks: 'WRITERS' }),
      ]);
      expect(closed.changes).toEqual([
        expect.objectContaining({ path: '$.b', kind: 'PROPERTY_ADDED_TO_CLOSED_CONTENT_MODEL', breaks: 'READERS' }),
      ]);
      expect(open.changes[0]?.message).toMatch(/^Property `b` was added to an open object/);
    });

    it('reports a required JSON property and a narrowed enum where they are', () => {
      const before = JSON.stringify({
        type: 'object',
        properties: {
          customer: { type: 'object', properties: { tier: { enum: ['A', 'B'] }, email: { type: 'string' } } },
        },
      });
      const after = JSON.stringify({
        type: 'object',
        properties: {
          customer: {
            type: 'object',
            properties: { tier: { enum: ['A'] }, email: { type: 'string' } },
            required: ['email'],
          },
        },
      });
      const { changes } = checkCompatibility({
        format: 'JSON',
        mode: 'BACKWARD',
        existing: [before],
        candidate: after,
      });
      expect(changes.map(({ path, kind, breaks }) => ({ path, kind, breaks }))).toEqual([
        { path: '$.customer.email', kind: 'REQUIRED_ATTRIBUTE_ADDED', breaks: 'WRITERS' },
        { path: '$.customer.tier', kind: 'ENUM_ARRAY_NARROWED', breaks: 'WRITERS' },
      ]);
      expect(changes[0]?.message).toMatch(/^`customer.email` became required\./);
    });

    it('explains Protobuf changes by message and field', () => {
      const proto = (body: string) => `syntax = "proto3";\npackage shop;\nmessage Order {\n${body}\n}\n`;
      const { compatible, changes } = checkCompatibility({
        format: 'PROTOBUF',
        mode: 'BACKWARD',
        existing: [proto('  string id = 1;\n  int32 qty = 2;\n  string note = 3;')],
        candidate: proto('  string id = 1;\n  string qty = 2;\n  int32 note = 4;'),
      });
      expect(compatible).toBe(false);
      expect(changes.map(({ path, kind, breaks }) => ({ path, kind, breaks }))).toEqual([
        { path: 'Order.qty', kind: 'FIELD_SCALAR_KIND_CHANGED', breaks: 'BOTH' },
        { path: 'Order.note', kind: 'FIELD_NUMBER_CHANGED', breaks: 'NONE' },
      ]);
      expect(changes[0]?.message).toBe(
        '`Order.qty` changed from int32 to string, which are not wire-compatible. Neither version can read data written with the other.',
      );
    });

    it('flags a Protobuf field that reuses a reserved number', () => {
      const proto = (body: string) => `syntax = "proto3";\nmessage Order {\n${body}\n}\n`;
      const result = checkCompatibility({
        format: 'PROTOBUF',
        mode: 'BACKWARD',
        existing: [proto('  string id = 1;\n  reserved 2;')],
        candidate: proto('  string id = 1;\n  string note = 2;'),
      });
      expect(result.compatible).toBe(false);
      expect(result.changes[0]).toMatchObject({
        path: 'Order.note',
        kind: 'FIELD_USES_RESERVED_NUMBER',
        breaks: 'BOTH',
      });
    });
  });

  it('accepts parsed schemas, so earlier versions are parsed once', () => {
    const previous = parseSchema('AVRO', record([id]));
    if (!previous.ok) throw new Error('unexpected');
    expect(
      checkCompatibility({ format: 'AVRO', mode: 'BACKWARD', existing: [previous], candidate: record([id, qty]) })
        .compatible,
    ).toBe(false);
  });

  it('throws SchemaInvalidError with the issues when given invalid text', () => {
    const check = () =>
      checkCompatibility({ format: 'AVRO', mode: 'BACKWARD', existing: [record([id])], candidate: '{"type":' });
    expect(check).toThrow(SchemaInvalidError);
    try {
      check();
    } catch (error) {
      expect((error as SchemaInvalidError).issues[0]).toMatchObject({ line: 1, column: 9 });
    }
  });

  it('does not loop on recursive schemas', () => {
    const node = (extra: object[]) =>
      JSON.stringify({
        type: 'record',
        name: 'Node',
        fields: [{ name: 'next', type: ['null', 'Node'], default: null }, ...extra],
      });
    const result = checkCompatibility({
      format: 'AVRO',
      mode: 'FULL',
      existing: [node([])],
      candidate: node([{ name: 'v', type: 'int' }]),
    });
    expect(result.changes).toEqual([expect.objectContaining({ path: '$.v', kind: 'FIELD_ADDED_WITHOUT_DEFAULT' })]);
  });
});
