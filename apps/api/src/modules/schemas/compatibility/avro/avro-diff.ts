/** Field-level differences between two Avro schemas, for people (the portal) rather than verdicts. */
import type { FieldDiffEntry } from '../compatibility.types';
import { canonicalJson } from '../fingerprint';
import {
  type AvroField,
  type AvroRecord,
  type AvroSchemaModel,
  type AvroType,
  describeAvroType,
  isNamed,
  isRecord,
  shortName,
} from './avro-model';

export function diffAvroSchemas(from: AvroSchemaModel, to: AvroSchemaModel): FieldDiffEntry[] {
  const entries: FieldDiffEntry[] = [];
  const fromType = describeForDiff(from.root);
  const toType = describeForDiff(to.root);
  const fromRecord = nestedRecord(from.root);
  const toRecord = nestedRecord(to.root);
  if (fromRecord && toRecord && fromRecord.suffix === toRecord.suffix) {
    diffRecords(fromRecord.record, toRecord.record, `$${fromRecord.suffix}`, entries, new Set());
  } else if (fromType !== toType) {
    entries.push({ path: '$', change: 'CHANGED', fromType, toType, aspects: ['type'] });
  }
  return entries;
}

/** `onPath` holds the record pairs being compared above this one: a recursive record stops there. */
function diffRecords(from: AvroRecord, to: AvroRecord, path: string, entries: FieldDiffEntry[], onPath: Set<string>) {
  const key = `${from.name}->${to.name}`;
  if (onPath.has(key)) return;
  onPath.add(key);
  diffRecordFields(from, to, path, entries, onPath);
  onPath.delete(key);
}

function diffRecordFields(
  from: AvroRecord,
  to: AvroRecord,
  path: string,
  entries: FieldDiffEntry[],
  onPath: Set<string>,
) {
  if ((from.doc ?? '') !== (to.doc ?? '')) {
    entries.push({ path, change: 'CHANGED', fromDoc: from.doc, toDoc: to.doc, aspects: ['doc'] });
  }
  const matched = new Set<AvroField>();
  for (const toField of to.fields) {
    const fromField =
      from.fields.find((field) => field.name === toField.name) ??
      from.fields.find((field) => toField.aliases.includes(field.name));
    const fieldPath = `${path}.${toField.name}`;
    if (!fromField) {
      entries.push({
        path: fieldPath,
        change: 'ADDED',
        toType: describeForDiff(toField.type),
        toDoc: toField.doc,
        ...(toField.hasDefault ? { aspects: ['default'] } : {}),
      });
      continue;
    }
    matched.add(fromField);
    diffField(fromField, toField, fieldPath, entries, onPath);
  }
  for (const fromField of from.fields) {
    if (matched.has(fromField)) continue;
    entries.push({
      path: `${path}.${fromField.name}`,
      change: 'REMOVED',
      fromType: describeForDiff(fromField.type),
      fromDoc: fromField.doc,
    });
  }
}

function diffField(from: AvroField, to: AvroField, path: string, entries: FieldDiffEntry[], onPath: Set<string>) {
  const aspects: string[] = [];
  const fromType = describeForDiff(from.type);
  const toType = describeForDiff(to.type);
  if (from.name !== to.name) aspects.push('name');
  if (fromType !== toType) aspects.push('type');
  if ((from.doc ?? '') !== (to.doc ?? '')) aspects.push('doc');
  if (from.hasDefault !== to.hasDefault || canonicalJson(from.default) !== canonicalJson(to.default)) {
    aspects.push('default');
  }
  if (canonicalJson([...from.aliases].sort()) !== canonicalJson([...to.aliases].sort())) aspects.push('aliases');
  if (aspects.length > 0) {
    entries.push({ path, change: 'CHANGED', fromType, toType, fromDoc: from.doc, toDoc: to.doc, aspects });
  }
  const fromRecord = nestedRecord(from.type);
  const toRecord = nestedRecord(to.type);
  if (fromRecord && toRecord && fromRecord.suffix === toRecord.suffix) {
    diffRecords(fromRecord.record, toRecord.record, `${path}${fromRecord.suffix}`, entries, onPath);
  }
}

/** The record a field holds, directly or inside an array, a map or a union, with its path suffix. */
export function nestedRecord(type: AvroType): { record: AvroRecord; suffix: string } | undefined {
  if (isRecord(type)) return { record: type, suffix: '' };
  if (type.type === 'array') return withSuffix(nestedRecord(type.items), '[]');
  if (type.type === 'map') return withSuffix(nestedRecord(type.values), '{}');
  if (type.type === 'union') {
    const records = type.branches.filter(isRecord);
    return records.length === 1 ? nestedRecord(records[0] as AvroRecord) : undefined;
  }
  return undefined;
}

function withSuffix(found: { record: AvroRecord; suffix: string } | undefined, suffix: string) {
  return found ? { record: found.record, suffix: `${suffix}${found.suffix}` } : undefined;
}

/** Like describeAvroType, but shows enum symbols and fixed sizes, which the portal wants to see. */
export function describeForDiff(type: AvroType): string {
  if (isNamed(type)) {
    if (type.type === 'enum') return `enum ${shortName(type.name)} {${type.symbols.join(', ')}}`;
    if (type.type === 'fixed') return `fixed ${shortName(type.name)}(${type.size})`;
    return type.name;
  }
  if (type.type === 'array') return `array<${describeForDiff(type.items)}>`;
  if (type.type === 'map') return `map<${describeForDiff(type.values)}>`;
  if (type.type === 'union') return `[${type.branches.map((branch) => describeForDiff(branch)).join(', ')}]`;
  return describeAvroType(type);
}
