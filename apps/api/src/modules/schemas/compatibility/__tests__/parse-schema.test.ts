import { describe, expect, it } from 'vitest';
import { MAX_SCHEMA_BYTES, parseSchema, type SchemaInvalid } from '..';

function issuesOf(result: ReturnType<typeof parseSchema>): SchemaInvalid['issues'] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues;
}

describe('parseSchema', () => {
  describe('AVRO', () => {
    it('refuses malformed JSON with the line and column of the problem', () => {
      const issues = issuesOf(parseSchema('AVRO', '{\n  "type": "record",\n  "name": "Order",\n  "fields": [,]\n}'));
      expect(issues).toEqual([{ path: '$', line: 4, column: 14, message: "Invalid JSON: Unexpected character ','" }]);
    });

    it('refuses an unknown type name and points at it', () => {
      const text = '{"type": "record", "name": "Order", "fields": [\n  {"name": "id", "type": "strng"}\n]}';
      expect(issuesOf(parseSchema('AVRO', text))).toEqual([
        { path: '$.fields[0].type', line: 2, column: 18, message: 'Invalid Avro schema: undefined type name: strng' },
      ]);
    });

    it('refuses a default that does not match the field type', () => {
      const text =
        '{"type": "record", "name": "Order", "fields": [\n  {"name": "qty", "type": "int", "default": "one"}\n]}';
      const [issue] = issuesOf(parseSchema('AVRO', text));
      expect(issue).toMatchObject({ path: '$.fields[0].default', line: 2 });
      expect(issue?.message).toMatch(/default/);
    });

    it('accepts a valid schema and returns its model', () => {
      const result = parseSchema(
        'AVRO',
        '{"type": "record", "name": "Order", "fields": [{"name": "id", "type": "string"}]}',
      );
      expect(result).toMatchObject({ ok: true, format: 'AVRO' });
    });
  });

  describe('JSON', () => {
    it('refuses an unresolved $ref with its location', () => {
      const text =
        '{\n  "type": "object",\n  "properties": {\n    "address": {"$ref": "#/definitions/Address"}\n  }\n}';
      expect(issuesOf(parseSchema('JSON', text))).toEqual([
        {
          path: '$.properties.address.$ref',
          line: 4,
          column: 17,
          message: 'Unresolved $ref "#/definitions/Address"',
        },
      ]);
    });

    it('refuses a keyword with an invalid value, naming the allowed ones', () => {
      const text = '{\n  "type": "object",\n  "properties": {"id": {"type": "strin"}}\n}';
      const [issue] = issuesOf(parseSchema('JSON', text));
      expect(issue).toMatchObject({ path: '$.properties.id.type', line: 3, column: 25 });
      expect(issue?.message).toContain('string');
    });

    it('refuses a pattern that is not a regular expression', () => {
      const text = '{\n  "type": "object",\n  "properties": {"id": {"type": "string", "pattern": "^[A-Z"}}\n}';
      const [issue] = issuesOf(parseSchema('JSON', text));
      expect(issue).toMatchObject({ path: '$.properties.id.pattern', line: 3, column: 43 });
      expect(issue?.message).toMatch(/^Invalid regular expression/);
    });

    it('refuses malformed JSON with its location', () => {
      expect(issuesOf(parseSchema('JSON', '{"type": "object",\n "properties": {"a": {},}}'))).toEqual([
        expect.objectContaining({ line: 2, column: 25 }),
      ]);
    });

    it('refuses a $schema it does not support', () => {
      const [issue] = issuesOf(parseSchema('JSON', '{"$schema": "http://json-schema.org/draft-04/schema#"}'));
      expect(issue).toMatchObject({ path: '$.$schema', line: 1, column: 2 });
    });

    it('accepts draft-07 and draft 2020-12, resolving local references', () => {
      const draft7 = {
        type: 'object',
        properties: { a: { $ref: '#/definitions/A' } },
        definitions: { A: { type: 'string' } },
      };
      const draft2020 = {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        type: 'object',
        properties: { a: { $ref: '#/$defs/A' }, point: { type: 'array', prefixItems: [{ type: 'number' }] } },
        $defs: { A: { type: 'string' } },
      };
      expect(parseSchema('JSON', JSON.stringify(draft7))).toMatchObject({ ok: true, model: { draft: 'draft-07' } });
      expect(parseSchema('JSON', JSON.stringify(draft2020))).toMatchObject({ ok: true, model: { draft: '2020-12' } });
    });
  });

  describe('PROTOBUF', () => {
    it('refuses a syntax error with the line and column of the unexpected token', () => {
      const text = 'syntax = "proto3";\nmessage Order {\n  string id = 1\n  int32 qty = 2;\n}\n';
      expect(issuesOf(parseSchema('PROTOBUF', text))).toEqual([
        { path: 'line 4', line: 4, column: 3, message: "Invalid Protobuf schema: illegal token 'int32', ';' expected" },
      ]);
    });

    it('refuses a reference to an unknown type and points at the field', () => {
      const text = 'syntax = "proto3";\nmessage Order {\n  string id = 1;\n  Money total = 2;\n}\n';
      const [issue] = issuesOf(parseSchema('PROTOBUF', text));
      expect(issue).toMatchObject({ line: 4, column: 3 });
      expect(issue?.message).toContain("no such Type or Enum 'Money'");
    });

    it('refuses a duplicate field number', () => {
      const text = 'syntax = "proto3";\nmessage Order {\n  string id = 1;\n  int32 qty = 1;\n}\n';
      expect(issuesOf(parseSchema('PROTOBUF', text))).toEqual([expect.objectContaining({ line: 4, column: 13 })]);
    });

    it('accepts imports of well-known types and refuses other imports', () => {
      const base = 'syntax = "proto3";\nimport "%IMPORT%";\nmessage Order {\n  google.protobuf.Timestamp at = 1;\n}\n';
      expect(parseSchema('PROTOBUF', base.replace('%IMPORT%', 'google/protobuf/timestamp.proto'))).toMatchObject({
        ok: true,
      });
      expect(issuesOf(parseSchema('PROTOBUF', base.replace('%IMPORT%', 'shop/money.proto')))).toEqual([
        expect.objectContaining({ path: 'import', line: 2, column: 1 }),
      ]);
    });
  });

  it('refuses a schema over the size limit', () => {
    const text = JSON.stringify({ type: 'object', description: 'x'.repeat(MAX_SCHEMA_BYTES) });
    const [issue] = issuesOf(parseSchema('JSON', text));
    expect(issue?.message).toBe(`The schema is ${text.length} bytes; the limit is 262144 bytes (256 KiB)`);
  });

  it('refuses an empty schema', () => {
    expect(issuesOf(parseSchema('AVRO', '  \n'))).toEqual([
      { path: '$', line: 1, column: 1, message: 'The schema is empty' },
    ]);
  });
});
