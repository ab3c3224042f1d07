/**
 * The Confluent registry's Protobuf comparison, one direction: every difference from
 * `original` to `update`. Fields are identified by number; types compare by wire-compatible
 * group (int32/int64/uint32/uint64/bool/enum, sint32/sint64, string/bytes, fixed32/sfixed32,
 * fixed64/sfixed64, float, double); message-typed fields compare the messages themselves.
 */
import type { ProtobufSchemaModel, ProtoField, ProtoMessage } from './protobuf-model';

export const PROTOBUF_COMPATIBLE_CHANGES: ReadonlySet<string> = new Set([
  'MESSAGE_ADDED',
  'MESSAGE_MOVED',
  'ENUM_ADDED',
  'ENUM_REMOVED',
  'ENUM_CONST_ADDED',
  'ENUM_CONST_CHANGED',
  'ENUM_CONST_REMOVED',
  'FIELD_ADDED',
  'FIELD_REMOVED',
  'FIELD_NAME_CHANGED',
  'FIELD_STRING_OR_BYTES_LABEL_CHANGED',
  'ONEOF_ADDED',
  'ONEOF_REMOVED',
  'ONEOF_FIELD_ADDED',
]);

export interface ProtobufDifference {
  readonly type: string;
  /** `package`, `Order`, `Order.total`, `Status.SHIPPED`: named as in the previous version. */
  readonly path: string;
  readonly original?: ProtoField;
  readonly update?: ProtoField;
}

const SCALAR_GROUPS: Record<string, string> = {
  int32: 'GENERAL_NUMBER',
  int64: 'GENERAL_NUMBER',
  uint32: 'GENERAL_NUMBER',
  uint64: 'GENERAL_NUMBER',
  bool: 'GENERAL_NUMBER',
  sint32: 'SIGNED_NUMBER',
  sint64: 'SIGNED_NUMBER',
  string: 'STRING_OR_BYTES',
  bytes: 'STRING_OR_BYTES',
  fixed32: 'FIXED32',
  sfixed32: 'FIXED32',
  fixed64: 'FIXED64',
  sfixed64: 'FIXED64',
  float: 'FLOAT',
  double: 'DOUBLE',
};

class Comparison {
  readonly differences: ProtobufDifference[] = [];

  constructor(
    readonly original: ProtobufSchemaModel,
    readonly update: ProtobufSchemaModel,
    /** Paths name things as the previous version does, whichever side it is here. */
    readonly previousIsOriginal: boolean,
    /** Messages being compared right now: recursive message types stop here. */
    private readonly visiting = new Set<ProtoMessage>(),
  ) {}

  /** A scratch comparison whose verdict is judged on its own (a message-typed field). */
  nested(): Comparison {
    return new Comparison(this.original, this.update, this.previousIsOriginal, this.visiting);
  }

  add(type: string, path: string, original?: ProtoField, update?: ProtoField): void {
    this.differences.push({ type, path, original, update });
  }

  name(original: string | undefined, update: string | undefined): string {
    return (this.previousIsOriginal ? (original ?? update) : (update ?? original)) ?? '';
  }

  get compatible(): boolean {
    return this.differences.every((difference) => PROTOBUF_COMPATIBLE_CHANGES.has(difference.type));
  }

  enter(message: ProtoMessage): boolean {
    if (this.visiting.has(message)) return false;
    this.visiting.add(message);
    return true;
  }

  leave(message: ProtoMessage): void {
    this.visiting.delete(message);
  }
}

export function protobufDifferences(
  original: ProtobufSchemaModel,
  update: ProtobufSchemaModel,
  previousIsOriginal: boolean,
): ProtobufDifference[] {
  const comparison = new Comparison(original, update, previousIsOriginal);
  if (original.package !== update.package) comparison.add('PACKAGE_CHANGED', 'package');
  const names = new Set([...original.messages.keys(), ...update.messages.keys()]);
  for (const name of names) {
    const before = original.messages.get(name);
    const after = update.messages.get(name);
    // A nested message goes with its parent: only the parent's addition or removal is reported.
    if (!before || !after) {
      const parent = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : undefined;
      if (parent && (!original.messages.has(parent) || !update.messages.has(parent))) continue;
      comparison.add(before ? 'MESSAGE_REMOVED' : 'MESSAGE_ADDED', name);
    } else {
      compareMessages(comparison, before, after);
    }
  }
  const enums = new Set([...original.enums.keys(), ...update.enums.keys()]);
  for (const name of enums) {
    const before = original.enums.get(name);
    const after = update.enums.get(name);
    if (!before || !after) {
      comparison.add(before ? 'ENUM_REMOVED' : 'ENUM_ADDED', name);
      continue;
    }
    for (const number of new Set([...before.values.keys(), ...after.values.keys()])) {
      const [was, is] = [before.values.get(number), after.values.get(number)];
      const path = `${name}.${comparison.name(was, is)}`;
      if (is === undefined) comparison.add('ENUM_CONST_REMOVED', path);
      else if (was === undefined) comparison.add('ENUM_CONST_ADDED', path);
      else if (was !== is) comparison.add('ENUM_CONST_CHANGED', path);
    }
  }
  const seen = new Set<string>();
  return comparison.differences.filter((difference) => {
    const key = `${difference.type}\u0000${difference.path}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

function compareMessages(comparison: Comparison, original: ProtoMessage, update: ProtoMessage): void {
  if (!comparison.enter(original)) return;
  try {
    const at = (before?: ProtoField, after?: ProtoField) =>
      `${comparison.name(original.name, update.name)}.${comparison.name(before?.name, after?.name)}`;
    const topLevel = (message: ProtoMessage) =>
      new Map(message.fields.filter((field) => !field.oneof).map((field) => [field.number, field]));
    const originalByNumber = topLevel(original);
    const updateByNumber = topLevel(update);
    const originalInOneofs = new Map(original.fields.filter((field) => field.oneof).map((f) => [f.number, f]));
    const updateAll = new Map(update.fields.map((field) => [field.number, field]));

    for (const [oneofName, numbers] of update.oneofs) {
      let moved = 0;
      let existing = 0;
      for (const number of numbers) {
        // A top-level field moved into a oneof is not a removal.
        if (originalByNumber.delete(number)) moved++;
        else if (originalInOneofs.has(number)) existing++;
      }
      const path = `${comparison.name(original.name, update.name)}.${oneofName}`;
      if (moved > 1) comparison.add('MULTIPLE_FIELDS_MOVED_TO_ONEOF', path);
      else if (moved === 1 && existing > 0) comparison.add('FIELD_MOVED_TO_EXISTING_ONEOF', path);
    }
    for (const oneofName of new Set([...original.oneofs.keys(), ...update.oneofs.keys()])) {
      const before = original.oneofs.get(oneofName);
      const after = update.oneofs.get(oneofName);
      const path = `${comparison.name(original.name, update.name)}.${oneofName}`;
      if (!after) comparison.add('ONEOF_REMOVED', path);
      else if (!before) comparison.add('ONEOF_ADDED', path);
      else {
        for (const number of new Set([...before, ...after])) {
          const from = original.fields.find((field) => field.number === number && field.oneof === oneofName);
          const to = update.fields.find((field) => field.number === number && field.oneof === oneofName);
          if (from && to) compareFields(comparison, from, to, at(from, to));
          else if (from && !updateAll.has(number)) comparison.add('ONEOF_FIELD_REMOVED', at(from), from);
          else if (to) comparison.add('ONEOF_FIELD_ADDED', at(undefined, to), undefined, to);
        }
      }
    }
    for (const number of new Set([...originalByNumber.keys(), ...updateByNumber.keys()])) {
      const from = originalByNumber.get(number);
      const to = updateByNumber.get(number);
      if (from && to) compareFields(comparison, from, to, at(from, to));
      else if (from)
        comparison.add(from.label === 'required' ? 'REQUIRED_FIELD_REMOVED' : 'FIELD_REMOVED', at(from), from);
      else if (to)
        comparison.add(
          to.label === 'required' ? 'REQUIRED_FIELD_ADDED' : 'FIELD_ADDED',
          at(undefined, to),
          undefined,
          to,
        );
    }
    // Fields whose oneof membership changed are compared by number across the whole message.
    for (const from of original.fields) {
      const to = updateAll.get(from.number);
      if (!to || (from.oneof ?? null) === (to.oneof ?? null)) continue;
      compareFields(comparison, from, to, at(from, to));
    }
  } finally {
    comparison.leave(original);
  }
}

function compareFields(comparison: Comparison, original: ProtoField, update: ProtoField, path: string): void {
  if (original.name !== update.name) comparison.add('FIELD_NAME_CHANGED', path, original, update);
  compareTypes(comparison, original, update, path);
}

function compareTypes(comparison: Comparison, original: ProtoField, update: ProtoField, path: string): void {
  const kindOf = (field: ProtoField) => (field.kind === 'enum' ? 'scalar' : field.kind);
  if (kindOf(original) !== kindOf(update)) return comparison.add('FIELD_KIND_CHANGED', path, original, update);
  if (original.kind === 'map') {
    if (original.keyType !== update.keyType && group(original.keyType) !== group(update.keyType)) {
      return comparison.add('FIELD_SCALAR_KIND_CHANGED', path, original, update);
    }
    const value = (field: ProtoField): ProtoField => ({
      ...field,
      kind: field.valueKind ?? 'scalar',
      label: 'optional',
    });
    return compareTypes(comparison, value(original), value(update), path);
  }
  if (kindOf(original) === 'scalar') {
    const [before, after] = [scalarGroup(original), scalarGroup(update)];
    if (before !== after) return comparison.add('FIELD_SCALAR_KIND_CHANGED', path, original, update);
    if (original.label !== update.label) {
      // Packed numbers cannot be read as a single value; strings and bytes can (the last one wins).
      comparison.add(
        before === 'STRING_OR_BYTES' ? 'FIELD_STRING_OR_BYTES_LABEL_CHANGED' : 'FIELD_NUMERIC_LABEL_CHANGED',
        path,
        original,
        update,
      );
    }
    return;
  }
  if (original.type !== update.type) return comparison.add('FIELD_NAMED_TYPE_CHANGED', path, original, update);
  const before = comparison.original.messages.get(original.type);
  const after = comparison.update.messages.get(update.type);
  if (!before || !after) return;
  const nested = comparison.nested();
  compareMessages(nested, before, after);
  comparison.differences.push(...nested.differences);
  if (!nested.compatible) comparison.add('FIELD_NAMED_TYPE_CHANGED', path, original, update);
}

function scalarGroup(field: ProtoField): string {
  return field.kind === 'enum' ? 'GENERAL_NUMBER' : group(field.type);
}

function group(type: string | undefined): string {
  return SCALAR_GROUPS[type ?? ''] ?? `UNKNOWN:${type}`;
}
