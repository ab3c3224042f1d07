/**
 * A readable table of a schema's fields for the portal: one row per field, nested records,
 * objects and messages expanded below their parent (depth), in the order the schema declares
 * them. Pure, like the rest of the engine.
 */
import { type AvroRecord, type AvroType, shortName } from './avro/avro-model';
import { describeForDiff, nestedRecord } from './avro/avro-diff';
import type { ParsedSchema } from './compatibility.types';
import { canonicalJson } from './fingerprint';
import { describeJsonNode, itemsOf, objectOf } from './json/json-diff';
import type { JsonNode } from './json/json-model';
import { jsonRootOf } from './json/json-root';
import { describeProtoField, type ProtobufSchemaModel } from './protobuf/protobuf-model';

export interface SchemaField {
  /** `$.customer.email` (Avro, JSON), `Order.lines` (Protobuf): the same paths as changes and diffs. */
  readonly path: string;
  readonly name: string;
  /** In the format's own words: `long`, `["null", "string"]`, `array<string>`, `repeated Line = 3`. */
  readonly type: string;
  readonly doc?: string;
  /** Avro: not nullable; JSON Schema: listed in `required`; Protobuf: a proto2 `required` field. */
  readonly required: boolean;
  /** The default value as JSON text, when the schema gives one. */
  readonly default?: string;
  /** 0 for top-level fields, one more per enclosing record, object or message. */
  readonly depth: number;
}

/** Enough for any schema a person reads; a generated monster is cut here rather than in the portal. */
export const MAX_SCHEMA_FIELDS = 5_000;

export function schemaFields(schema: ParsedSchema): SchemaField[] {
  const rows: SchemaField[] = [];
  if (schema.format === 'AVRO') {
    const top = nestedRecord(schema.model.root);
    if (top) avroRecordFields(top.record, `$${top.suffix}`, 0, rows, new Set());
  } else if (schema.format === 'JSON') {
    jsonNodeFields(jsonRootOf(schema.model), '$', 0, rows, new Set());
  } else {
    protobufFields(schema.model, rows);
  }
  return rows.slice(0, MAX_SCHEMA_FIELDS);
}

function avroRecordFields(record: AvroRecord, path: string, depth: number, rows: SchemaField[], onPath: Set<string>) {
  // A recursive record (a tree node holding its children) is listed once, at its first level.
  if (onPath.has(record.name) || rows.length >= MAX_SCHEMA_FIELDS) return;
  onPath.add(record.name);
  for (const field of record.fields) {
    const fieldPath = `${path}.${field.name}`;
    rows.push({
      path: fieldPath,
      name: field.name,
      type: describeForDiff(field.type),
      ...(field.doc !== undefined ? { doc: field.doc } : {}),
      required: !acceptsNull(field.type),
      ...(field.hasDefault ? { default: canonicalJson(field.default) } : {}),
      depth,
    });
    const nested = nestedRecord(field.type);
    if (nested) avroRecordFields(nested.record, `${fieldPath}${nested.suffix}`, depth + 1, rows, onPath);
  }
  onPath.delete(record.name);
}

function acceptsNull(type: AvroType): boolean {
  if (type.type === 'null') return true;
  return type.type === 'union' && type.branches.some((branch) => branch.type === 'null');
}

function jsonNodeFields(node: JsonNode, path: string, depth: number, rows: SchemaField[], onPath: Set<JsonNode>) {
  if (onPath.has(node) || rows.length >= MAX_SCHEMA_FIELDS) return;
  onPath.add(node);
  const object = objectOf(node);
  if (object) {
    for (const [name, property] of object.properties) {
      const fieldPath = `${path}.${name}`;
      const doc = property.description ?? property.title;
      rows.push({
        path: fieldPath,
        name,
        type: describeJsonNode(property),
        ...(doc !== undefined ? { doc } : {}),
        required: object.required.has(name),
        ...(property.hasDefault ? { default: canonicalJson(property.default) } : {}),
        depth,
      });
      jsonChildren(property, fieldPath, depth + 1, rows, onPath);
    }
  } else {
    const items = itemsOf(node);
    if (items) jsonNodeFields(items, `${path}[]`, depth, rows, onPath);
  }
  onPath.delete(node);
}

/** The properties of a property's object, or of the objects its array holds (`$.lines[].sku`). */
function jsonChildren(node: JsonNode, path: string, depth: number, rows: SchemaField[], onPath: Set<JsonNode>) {
  if (objectOf(node)) {
    jsonNodeFields(node, path, depth, rows, onPath);
    return;
  }
  let items = itemsOf(node);
  let suffix = '[]';
  while (items && !objectOf(items)) {
    items = itemsOf(items);
    suffix += '[]';
  }
  if (items) jsonNodeFields(items, `${path}${suffix}`, depth, rows, onPath);
}

/** Messages as headings (depth by nesting), their fields one level below; enums with their values. */
function protobufFields(model: ProtobufSchemaModel, rows: SchemaField[]) {
  for (const message of model.messages.values()) {
    const depth = message.name.split('.').length - 1;
    rows.push({
      path: message.name,
      name: shortName(message.name),
      type: 'message',
      ...(message.comment ? { doc: message.comment } : {}),
      required: false,
      depth,
    });
    for (const field of message.fields) {
      rows.push({
        path: `${message.name}.${field.name}`,
        name: field.name,
        type: `${describeProtoField(field)} = ${field.number}${field.oneof ? ` (oneof ${field.oneof})` : ''}`,
        ...(field.comment ? { doc: field.comment } : {}),
        required: field.label === 'required',
        depth: depth + 1,
      });
    }
  }
  for (const enumType of model.enums.values()) {
    rows.push({
      path: enumType.name,
      name: shortName(enumType.name),
      type: `enum {${[...enumType.values.values()].join(', ')}}`,
      ...(enumType.comment ? { doc: enumType.comment } : {}),
      required: false,
      depth: enumType.name.split('.').length - 1,
    });
  }
}
