import { diffAvroSchemas } from './avro/avro-diff';
import type { SchemaDiff, SchemaFormat, SchemaInput } from './compatibility.types';
import { diffJsonSchemas } from './json/json-diff';
import { jsonRootOf } from './json/json-root';
import { toParsedSchema } from './parse-schema';
import { diffProtobufSchemas } from './protobuf/protobuf-diff';

/** Field-level differences (added, removed, changed, with types and docs) for the portal. */
export function diffSchemas(format: SchemaFormat, from: SchemaInput, to: SchemaInput): SchemaDiff {
  const before = toParsedSchema(format, from);
  const after = toParsedSchema(format, to);
  if (before.format === 'AVRO' && after.format === 'AVRO') {
    return { format, entries: diffAvroSchemas(before.model, after.model) };
  }
  if (before.format === 'JSON' && after.format === 'JSON') {
    return { format, entries: diffJsonSchemas(jsonRootOf(before.model), jsonRootOf(after.model)) };
  }
  if (before.format === 'PROTOBUF' && after.format === 'PROTOBUF') {
    return { format, entries: diffProtobufSchemas(before.model, after.model) };
  }
  throw new Error(`Cannot diff a ${before.format} schema with a ${after.format} one`);
}
