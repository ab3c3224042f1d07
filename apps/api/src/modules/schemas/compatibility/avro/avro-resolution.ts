/**
 * Avro schema resolution, one direction: can data written with `writer` be read with `reader`?
 * Follows Apache Avro's SchemaCompatibility (what the Confluent registry runs): fields matched
 * by name or by the reader field's aliases, defaults for missing fields, type promotions,
 * enum symbols and enum defaults, union branches, named types matched by unqualified name or
 * by the reader's aliases, fixed sizes. Results are memoised per (reader, writer) pair, which
 * also ends recursion through recursive records.
 */
import {
  type AvroEnum,
  type AvroField,
  type AvroNamed,
  type AvroRecord,
  type AvroType,
  type AvroUnion,
  isNamed,
  isRecord,
  shortName,
} from './avro-model';

export type AvroIncompatibilityType =
  | 'READER_FIELD_MISSING_DEFAULT_VALUE'
  | 'TYPE_MISMATCH'
  | 'MISSING_ENUM_SYMBOLS'
  | 'MISSING_UNION_BRANCH'
  | 'NAME_MISMATCH'
  | 'FIXED_SIZE_MISMATCH';

export interface AvroIncompatibility {
  readonly type: AvroIncompatibilityType;
  /** `$`, `$.customer.address`, `$.lines[]`, `$.attributes{}`. */
  readonly path: string;
  readonly reader: AvroType;
  readonly writer: AvroType;
  readonly field?: AvroField;
  readonly symbols?: readonly string[];
}

const PROMOTIONS: Record<string, readonly string[]> = {
  long: ['int'],
  float: ['int', 'long'],
  double: ['int', 'long', 'float'],
  bytes: ['string'],
  string: ['bytes'],
};

type Memo = Map<AvroType, Map<AvroType, readonly AvroIncompatibility[] | 'IN_PROGRESS'>>;

export function avroIncompatibilities(reader: AvroType, writer: AvroType): AvroIncompatibility[] {
  const found = under('$', check(reader, writer, new Map()));
  const seen = new Set<string>();
  return found.filter((item) => {
    const key = `${item.type}|${item.path}|${item.field?.name ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Findings carry paths relative to the pair checked, so a memoised result fits any place. */
function under(segment: string, found: readonly AvroIncompatibility[]): AvroIncompatibility[] {
  return found.map((item) => ({ ...item, path: `${segment}${item.path}` }));
}

function check(reader: AvroType, writer: AvroType, memo: Memo): readonly AvroIncompatibility[] {
  let byWriter = memo.get(reader);
  if (!byWriter) {
    byWriter = new Map();
    memo.set(reader, byWriter);
  }
  const known = byWriter.get(writer);
  if (known === 'IN_PROGRESS') return [];
  if (known) return known;
  byWriter.set(writer, 'IN_PROGRESS');
  const result = calculate(reader, writer, memo);
  byWriter.set(writer, result);
  return result;
}

function calculate(reader: AvroType, writer: AvroType, memo: Memo): AvroIncompatibility[] {
  const path = '';
  if (reader.type === writer.type) {
    switch (reader.type) {
      case 'array':
        return under('[]', check(reader.items, (writer as typeof reader).items, memo));
      case 'map':
        return under('{}', check(reader.values, (writer as typeof reader).values, memo));
      case 'fixed': {
        const fixedWriter = writer as typeof reader;
        const found = nameMismatch(reader, fixedWriter, path);
        if (reader.size !== fixedWriter.size) found.push({ type: 'FIXED_SIZE_MISMATCH', path, reader, writer });
        return found;
      }
      case 'enum':
        return [...nameMismatch(reader, writer as AvroEnum, path), ...enumSymbols(reader, writer as AvroEnum, path)];
      case 'record':
      case 'error':
        return [
          ...nameMismatch(reader, writer as AvroRecord, path),
          ...recordFields(reader, writer as AvroRecord, memo),
        ];
      case 'union':
        return unionFromUnion(reader, writer as AvroUnion, memo);
      default:
        return [];
    }
  }
  if (writer.type === 'union') return writerUnionBranches(reader, writer, memo);
  if (reader.type === 'union') return readerUnionBranch(reader, writer, memo);
  if (PROMOTIONS[reader.type]?.includes(writer.type)) return [];
  return [{ type: 'TYPE_MISMATCH', path, reader, writer }];
}

function nameMismatch(reader: AvroNamed, writer: AvroNamed, path: string): AvroIncompatibility[] {
  return namesMatch(reader, writer) ? [] : [{ type: 'NAME_MISMATCH', path, reader, writer }];
}

/** Avro compares unqualified names, then the reader's aliases against the writer's full name. */
export function namesMatch(reader: AvroNamed, writer: AvroNamed): boolean {
  return shortName(reader.name) === shortName(writer.name) || reader.aliases.includes(writer.name);
}

function enumSymbols(reader: AvroEnum, writer: AvroEnum, path: string): AvroIncompatibility[] {
  const missing = writer.symbols.filter((symbol) => !reader.symbols.includes(symbol));
  if (missing.length === 0) return [];
  if (reader.default !== undefined && reader.symbols.includes(reader.default)) return [];
  return [{ type: 'MISSING_ENUM_SYMBOLS', path, reader, writer, symbols: missing }];
}

export function lookupWriterField(writer: AvroRecord, readerField: AvroField): AvroField | undefined {
  return (
    writer.fields.find((field) => field.name === readerField.name) ??
    writer.fields.find((field) => readerField.aliases.includes(field.name))
  );
}

function recordFields(reader: AvroRecord, writer: AvroRecord, memo: Memo): AvroIncompatibility[] {
  const found: AvroIncompatibility[] = [];
  for (const readerField of reader.fields) {
    const fieldPath = `.${readerField.name}`;
    const writerField = lookupWriterField(writer, readerField);
    if (writerField) found.push(...under(fieldPath, check(readerField.type, writerField.type, memo)));
    else if (!readerField.hasDefault) {
      found.push({ type: 'READER_FIELD_MISSING_DEFAULT_VALUE', path: fieldPath, reader, writer, field: readerField });
    }
  }
  return found;
}

/** Every branch the writer may have used must be readable by some branch of the reader. */
function unionFromUnion(reader: AvroUnion, writer: AvroUnion, memo: Memo): AvroIncompatibility[] {
  return writer.branches.flatMap((branch) => readerUnionBranch(reader, branch, memo));
}

function writerUnionBranches(reader: AvroType, writer: AvroUnion, memo: Memo): AvroIncompatibility[] {
  const path = '';
  const found: AvroIncompatibility[] = [];
  for (const branch of writer.branches) {
    if (isCompatible(reader, branch, memo)) continue;
    // A branch that is the reader's own type evolved explains itself better than "missing".
    if (corresponds(reader, branch)) found.push(...check(reader, branch, memo));
    else found.push({ type: 'MISSING_UNION_BRANCH', path, reader, writer: branch });
  }
  return found;
}

function readerUnionBranch(reader: AvroUnion, writer: AvroType, memo: Memo): AvroIncompatibility[] {
  const path = '';
  if (writer.type === 'union') return unionFromUnion(reader, writer, memo);
  if (reader.branches.some((branch) => isCompatible(branch, writer, memo))) return [];
  const counterpart = reader.branches.find((branch) => corresponds(branch, writer));
  if (counterpart) return [...check(counterpart, writer, memo)];
  return [{ type: 'MISSING_UNION_BRANCH', path, reader, writer }];
}

/** A trial that leaves no findings behind: used to pick a union branch. */
function isCompatible(reader: AvroType, writer: AvroType, memo: Memo): boolean {
  return check(reader, writer, memo).length === 0;
}

function corresponds(reader: AvroType, writer: AvroType): boolean {
  if (reader.type !== writer.type) return false;
  if (isNamed(reader) && isNamed(writer)) return namesMatch(reader, writer);
  return isRecord(reader) === isRecord(writer);
}
