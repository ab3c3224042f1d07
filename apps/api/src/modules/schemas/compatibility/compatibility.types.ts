import type { AvroSchemaModel } from './avro/avro-model';
import type { JsonSchemaDocument } from './json/json-model';
import type { ProtobufSchemaModel } from './protobuf/protobuf-model';

export const SCHEMA_FORMATS = ['AVRO', 'JSON', 'PROTOBUF'] as const;
export type SchemaFormat = (typeof SCHEMA_FORMATS)[number];

/** The Confluent Schema Registry compatibility types, with the registry's meaning. */
export const COMPATIBILITY_MODES = [
  'NONE',
  'BACKWARD',
  'BACKWARD_TRANSITIVE',
  'FORWARD',
  'FORWARD_TRANSITIVE',
  'FULL',
  'FULL_TRANSITIVE',
] as const;
export type CompatibilityMode = (typeof COMPATIBILITY_MODES)[number];

/**
 * Who a change breaks, seen from the previous version to the candidate:
 * - WRITERS: data already written with the previous version cannot be read with the candidate
 *   (the change is not backward compatible);
 * - READERS: consumers still on the previous version cannot read data written with the
 *   candidate (the change is not forward compatible);
 * - BOTH, or NONE for a change that is safe in both directions.
 */
export type Breaks = 'READERS' | 'WRITERS' | 'BOTH' | 'NONE';

export interface SchemaChange {
  /** Where the change is: `$.customer.email` (Avro, JSON), `Order.lines` (Protobuf). */
  readonly path: string;
  /** A stable code such as FIELD_ADDED_WITHOUT_DEFAULT or TYPE_NARROWED. */
  readonly kind: string;
  readonly breaks: Breaks;
  /** One or two sentences a person understands. */
  readonly message: string;
  /** The previous versions (1 = oldest given) the candidate was compared with to find it. */
  readonly versions: readonly number[];
}

export interface CompatibilityResult {
  readonly compatible: boolean;
  readonly changes: readonly SchemaChange[];
}

/** One problem in a schema text; line and column are 1-based when the format gives them. */
export interface SchemaIssue {
  readonly path: string;
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
}

export interface SchemaInvalid {
  readonly ok: false;
  readonly code: 'SCHEMA_INVALID';
  readonly issues: readonly SchemaIssue[];
}

interface ParsedSchemaBase {
  readonly ok: true;
  /** SHA-256 (hex) of `canonical`: the same schema, however formatted, has one fingerprint. */
  readonly fingerprint: string;
  readonly canonical: string;
}

export type ParsedSchema =
  | (ParsedSchemaBase & { readonly format: 'AVRO'; readonly model: AvroSchemaModel })
  | (ParsedSchemaBase & { readonly format: 'JSON'; readonly model: JsonSchemaDocument })
  | (ParsedSchemaBase & { readonly format: 'PROTOBUF'; readonly model: ProtobufSchemaModel });

export type ParseResult = ParsedSchema | SchemaInvalid;

/** A schema given to the engine: its text, or the result of `parseSchema` (cheaper to reuse). */
export type SchemaInput = string | ParsedSchema;

export interface FieldDiffEntry {
  readonly path: string;
  readonly change: 'ADDED' | 'REMOVED' | 'CHANGED';
  /** Type before and after, in the format's own words (`int`, `["null","string"]`, `repeated int32`). */
  readonly fromType?: string;
  readonly toType?: string;
  readonly fromDoc?: string;
  readonly toDoc?: string;
  /** What changed for CHANGED entries: `type`, `doc`, `default`, `required`, `number`... */
  readonly aspects?: readonly string[];
}

export interface SchemaDiff {
  readonly format: SchemaFormat;
  readonly entries: readonly FieldDiffEntry[];
}
