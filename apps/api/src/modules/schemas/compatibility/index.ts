/**
 * The schema compatibility engine: pure functions, no I/O. Parse and fingerprint a schema,
 * check a candidate against earlier versions under a Confluent compatibility mode, and diff
 * two versions field by field. See docs/schema-compatibility.md for the rules.
 */
export { checkCompatibility, type CompatibilityCheck } from './check-compatibility';
export {
  type Breaks,
  COMPATIBILITY_MODES,
  type CompatibilityMode,
  type CompatibilityResult,
  type FieldDiffEntry,
  type ParsedSchema,
  type ParseResult,
  SCHEMA_FORMATS,
  type SchemaChange,
  type SchemaDiff,
  type SchemaFormat,
  type SchemaInput,
  type SchemaInvalid,
  type SchemaIssue,
} from './compatibility.types';
export { diffSchemas } from './diff-schemas';
export { MAX_SCHEMA_BYTES, parseSchema } from './parse-schema';
export { MAX_SCHEMA_FIELDS, type SchemaField, schemaFields } from './schema-fields';
export { SchemaInvalidError } from './schema-issues';
