import { describe, expect, it } from 'vitest';
import { parseSchema, type SchemaFormat } from '..';

function fingerprint(format: SchemaFormat, text: string): string {
  const result = parseSchema(format, text);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.fingerprint;
}

describe('schema fingerprints', () => {
  it('gives an Avro schema one fingerprint however it is written', () => {
    const compact = '{"type":"record","name":"Order","namespace":"shop","fields":[{"name":"id","type":"string"}]}';
    const spaced = `{
      "namespace": "shop",
      "fields": [ { "type": { "type": "string" }, "name": "id" } ],
      "name": "Order",
      "type": "record"
    }`;
    const qualified = '{"type":"record","name":"shop.Order","fields":[{"name":"id","type":"string"}]}';
    expect(fingerprint('AVRO', spaced)).toBe(fingerprint('AVRO', compact));
    expect(fingerprint('AVRO', qualified)).toBe(fingerprint('AVRO', compact));
    expect(fingerprint('AVRO', compact)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('tells Avro schemas apart when only a default differs', () => {
    const field = (extra: string) => `{"type":"record","name":"Order","fields":[{"name":"qty","type":"int"${extra}}]}`;
    expect(fingerprint('AVRO', field(',"default":0'))).not.toBe(fingerprint('AVRO', field('')));
  });

  it('gives a JSON Schema one fingerprint whatever the key order and whitespace', () => {
    const a = '{"type":"object","properties":{"id":{"type":"string"},"qty":{"type":"integer"}},"required":["id"]}';
    const b =
      '{\n  "required": ["id"],\n  "properties": {\n    "qty": {"type": "integer"},\n    "id": {"type": "string"}\n  },\n  "type": "object"\n}';
    expect(fingerprint('JSON', b)).toBe(fingerprint('JSON', a));
    expect(fingerprint('JSON', a.replace('"required":["id"]', '"required":["qty"]'))).not.toBe(fingerprint('JSON', a));
  });

  it('gives a .proto file one fingerprint whatever its comments and layout', () => {
    const a = 'syntax = "proto3";\npackage shop;\nmessage Order { string id = 1; int32 qty = 2; }\n';
    const b =
      '// Orders.\nsyntax = "proto3";\n\npackage shop;\n\nmessage Order {\n  // The id.\n  string id = 1;\n  int32 qty = 2;\n}\n';
    expect(fingerprint('PROTOBUF', b)).toBe(fingerprint('PROTOBUF', a));
    expect(fingerprint('PROTOBUF', a.replace('qty = 2', 'qty = 3'))).not.toBe(fingerprint('PROTOBUF', a));
  });
});
