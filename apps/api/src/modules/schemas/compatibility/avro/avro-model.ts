/**
 * A resolved Avro schema: named types are shared objects (a recursive record points to
 * itself), names are full names, and the attributes that matter for resolution and for the
 * portal (defaults, aliases, enum defaults, docs, logical types) are kept. Built from JSON that
 * avsc has already accepted, so it only resolves names and never validates.
 */

export const AVRO_PRIMITIVES = ['null', 'boolean', 'int', 'long', 'float', 'double', 'bytes', 'string'] as const;
export type AvroPrimitiveName = (typeof AVRO_PRIMITIVES)[number];

export interface AvroPrimitive {
  readonly type: AvroPrimitiveName;
  readonly logicalType?: string;
}
export interface AvroField {
  readonly name: string;
  readonly type: AvroType;
  readonly aliases: readonly string[];
  readonly doc?: string;
  readonly hasDefault: boolean;
  readonly default?: unknown;
  readonly order?: string;
}
export interface AvroRecord {
  readonly type: 'record' | 'error';
  readonly name: string;
  readonly aliases: readonly string[];
  readonly doc?: string;
  fields: AvroField[];
}
export interface AvroEnum {
  readonly type: 'enum';
  readonly name: string;
  readonly aliases: readonly string[];
  readonly doc?: string;
  readonly symbols: readonly string[];
  readonly default?: string;
}
export interface AvroFixed {
  readonly type: 'fixed';
  readonly name: string;
  readonly aliases: readonly string[];
  readonly size: number;
  readonly logicalType?: string;
}
export interface AvroArray {
  readonly type: 'array';
  readonly items: AvroType;
}
export interface AvroMap {
  readonly type: 'map';
  readonly values: AvroType;
}
export interface AvroUnion {
  readonly type: 'union';
  readonly branches: readonly AvroType[];
}

export type AvroNamed = AvroRecord | AvroEnum | AvroFixed;
export type AvroType = AvroPrimitive | AvroNamed | AvroArray | AvroMap | AvroUnion;

export interface AvroSchemaModel {
  readonly root: AvroType;
}

type Json = Record<string, unknown>;

export function isNamed(type: AvroType): type is AvroNamed {
  return type.type === 'record' || type.type === 'error' || type.type === 'enum' || type.type === 'fixed';
}

export function isRecord(type: AvroType): type is AvroRecord {
  return type.type === 'record' || type.type === 'error';
}

/** The unqualified part of a full name. */
export function shortName(fullName: string): string {
  return fullName.slice(fullName.lastIndexOf('.') + 1);
}

export function buildAvroModel(schema: unknown): AvroSchemaModel {
  const named = new Map<string, AvroNamed>();
  return { root: build(schema, '', named) };
}

function qualify(name: string, namespace: string): string {
  return name.includes('.') || namespace === '' ? name : `${namespace}.${name}`;
}

function namespaceOf(fullName: string): string {
  const dot = fullName.lastIndexOf('.');
  return dot < 0 ? '' : fullName.slice(0, dot);
}

function build(schema: unknown, namespace: string, named: Map<string, AvroNamed>): AvroType {
  if (Array.isArray(schema)) {
    return { type: 'union', branches: schema.map((branch) => build(branch, namespace, named)) };
  }
  if (typeof schema === 'string') {
    if ((AVRO_PRIMITIVES as readonly string[]).includes(schema)) return { type: schema as AvroPrimitiveName };
    const found = named.get(qualify(schema, namespace)) ?? named.get(schema);
    if (!found) throw new Error(`undefined Avro type ${schema}`);
    return found;
  }
  const json = schema as Json;
  const type = json.type;
  if (typeof type !== 'string') return build(type, namespace, named);
  const logicalType = typeof json.logicalType === 'string' ? json.logicalType : undefined;
  const doc = typeof json.doc === 'string' ? json.doc : undefined;
  switch (type) {
    case 'array':
      return { type: 'array', items: build(json.items, namespace, named) };
    case 'map':
      return { type: 'map', values: build(json.values, namespace, named) };
    case 'record':
    case 'error':
    case 'enum':
    case 'fixed':
      return buildNamed(json, type, namespace, named, doc, logicalType);
    default:
      if ((AVRO_PRIMITIVES as readonly string[]).includes(type)) {
        return logicalType ? { type: type as AvroPrimitiveName, logicalType } : { type: type as AvroPrimitiveName };
      }
      return build(type, namespace, named);
  }
}

function buildNamed(
  json: Json,
  type: 'record' | 'error' | 'enum' | 'fixed',
  namespace: string,
  named: Map<string, AvroNamed>,
  doc: string | undefined,
  logicalType: string | undefined,
): AvroNamed {
  const ownNamespace = typeof json.namespace === 'string' ? json.namespace : namespace;
  const fullName = qualify(json.name as string, ownNamespace);
  const innerNamespace = namespaceOf(fullName);
  const aliases = stringList(json.aliases).map((alias) => qualify(alias, innerNamespace));
  if (type === 'enum') {
    const enumType: AvroEnum = {
      type,
      name: fullName,
      aliases,
      doc,
      symbols: stringList(json.symbols),
      default: typeof json.default === 'string' ? json.default : undefined,
    };
    named.set(fullName, enumType);
    return enumType;
  }
  if (type === 'fixed') {
    const fixed: AvroFixed = { type, name: fullName, aliases, size: json.size as number, logicalType };
    named.set(fullName, fixed);
    return fixed;
  }
  // Registered before its fields are built, so fields can refer to the record itself.
  const record: AvroRecord = { type, name: fullName, aliases, doc, fields: [] };
  named.set(fullName, record);
  const fields = Array.isArray(json.fields) ? (json.fields as Json[]) : [];
  record.fields = fields.map((field) => ({
    name: field.name as string,
    type: build(field.type, innerNamespace, named),
    aliases: stringList(field.aliases),
    doc: typeof field.doc === 'string' ? field.doc : undefined,
    hasDefault: Object.prototype.hasOwnProperty.call(field, 'default'),
    default: field.default,
    order: typeof field.order === 'string' ? field.order : undefined,
  }));
  return record;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** A short human rendering of a type: `int`, `com.acme.Address`, `array<string>`, `["null","string"]`. */
export function describeAvroType(type: AvroType): string {
  if (isNamed(type)) return type.name;
  switch (type.type) {
    case 'array':
      return `array<${describeAvroType(type.items)}>`;
    case 'map':
      return `map<${describeAvroType(type.values)}>`;
    case 'union':
      return `[${type.branches.map((branch) => describeAvroType(branch)).join(', ')}]`;
    default:
      return type.logicalType ? `${type.type} (${type.logicalType})` : type.type;
  }
}

/**
 * Canonical forms. `parsing` is Avro's Parsing Canonical Form (only what the binary encoding
 * depends on). `full` adds what resolution and readers depend on (defaults, aliases, enum
 * defaults, field order, logical types, docs): two versions that differ only in a default must
 * not collapse into one version.
 */
export function avroCanonicalForms(model: AvroSchemaModel): { parsing: string; full: string } {
  return {
    parsing: JSON.stringify(canonicalValue(model.root, new Set(), false)),
    full: JSON.stringify(canonicalValue(model.root, new Set(), true)),
  };
}

function canonicalValue(type: AvroType, seen: Set<string>, full: boolean): unknown {
  if (isNamed(type)) {
    if (seen.has(type.name)) return type.name;
    seen.add(type.name);
    const out: Record<string, unknown> = { name: type.name, type: type.type };
    if (isRecord(type)) {
      out.fields = type.fields.map((field) => {
        const entry: Record<string, unknown> = { name: field.name, type: canonicalValue(field.type, seen, full) };
        if (full) {
          if (field.hasDefault) entry.default = field.default;
          if (field.aliases.length > 0) entry.aliases = [...field.aliases].sort();
          if (field.order && field.order !== 'ascending') entry.order = field.order;
          if (field.doc !== undefined) entry.doc = field.doc;
        }
        return entry;
      });
    } else if (type.type === 'enum') {
      out.symbols = type.symbols;
      if (full && type.default !== undefined) out.default = type.default;
    } else {
      out.size = type.size;
      if (full && type.logicalType) out.logicalType = type.logicalType;
    }
    if (full && type.aliases.length > 0) out.aliases = [...type.aliases].sort();
    if (full && type.type !== 'fixed' && type.doc !== undefined) out.doc = type.doc;
    return out;
  }
  switch (type.type) {
    case 'array':
      return { type: 'array', items: canonicalValue(type.items, seen, full) };
    case 'map':
      return { type: 'map', values: canonicalValue(type.values, seen, full) };
    case 'union':
      return type.branches.map((branch) => canonicalValue(branch, seen, full));
    default:
      return full && type.logicalType ? { type: type.type, logicalType: type.logicalType } : type.type;
  }
}
