/** Field-level differences between two `.proto` files, for people (the portal) rather than verdicts. */
import type { FieldDiffEntry } from '../compatibility.types';
import { describeProtoField, type ProtobufSchemaModel, type ProtoField, type ProtoMessage } from './protobuf-model';

export function diffProtobufSchemas(from: ProtobufSchemaModel, to: ProtobufSchemaModel): FieldDiffEntry[] {
  const entries: FieldDiffEntry[] = [];
  if (from.package !== to.package) {
    entries.push({
      path: 'package',
      change: 'CHANGED',
      fromType: from.package,
      toType: to.package,
      aspects: ['package'],
    });
  }
  for (const [name, message] of to.messages) {
    const before = from.messages.get(name);
    if (before) diffMessages(before, message, entries);
    else entries.push({ path: name, change: 'ADDED', toType: 'message', toDoc: message.comment });
  }
  for (const [name, message] of from.messages) {
    if (!to.messages.has(name))
      entries.push({ path: name, change: 'REMOVED', fromType: 'message', fromDoc: message.comment });
  }
  for (const [name, enumType] of to.enums) {
    const before = from.enums.get(name);
    if (!before) {
      entries.push({ path: name, change: 'ADDED', toType: 'enum', toDoc: enumType.comment });
      continue;
    }
    for (const [number, value] of enumType.values) {
      if (before.values.get(number) === undefined)
        entries.push({ path: `${name}.${value}`, change: 'ADDED', toType: `= ${number}` });
    }
    for (const [number, value] of before.values) {
      if (enumType.values.get(number) === undefined) {
        entries.push({ path: `${name}.${value}`, change: 'REMOVED', fromType: `= ${number}` });
      }
    }
  }
  for (const [name, enumType] of from.enums) {
    if (!to.enums.has(name))
      entries.push({ path: name, change: 'REMOVED', fromType: 'enum', fromDoc: enumType.comment });
  }
  return entries;
}

function diffMessages(from: ProtoMessage, to: ProtoMessage, entries: FieldDiffEntry[]): void {
  const matched = new Set<ProtoField>();
  for (const field of to.fields) {
    // Same number first (the wire identity), then same name (a renumbered field).
    const before =
      from.fields.find((candidate) => candidate.number === field.number) ??
      from.fields.find(
        (candidate) => candidate.name === field.name && !to.fields.some((f) => f.number === candidate.number),
      );
    const path = `${to.name}.${field.name}`;
    if (!before) {
      entries.push({
        path,
        change: 'ADDED',
        toType: `${describeProtoField(field)} = ${field.number}`,
        toDoc: field.comment,
      });
      continue;
    }
    matched.add(before);
    const aspects: string[] = [];
    if (before.number !== field.number) aspects.push('number');
    if (before.name !== field.name) aspects.push('name');
    if (describeProtoField(before) !== describeProtoField(field)) aspects.push('type');
    if ((before.oneof ?? '') !== (field.oneof ?? '')) aspects.push('oneof');
    if ((before.comment ?? '') !== (field.comment ?? '')) aspects.push('doc');
    if (aspects.length > 0) {
      entries.push({
        path,
        change: 'CHANGED',
        fromType: `${describeProtoField(before)} = ${before.number}`,
        toType: `${describeProtoField(field)} = ${field.number}`,
        fromDoc: before.comment,
        toDoc: field.comment,
        aspects,
      });
    }
  }
  for (const field of from.fields) {
    if (matched.has(field)) continue;
    entries.push({
      path: `${from.name}.${field.name}`,
      change: 'REMOVED',
      fromType: `${describeProtoField(field)} = ${field.number}`,
      fromDoc: field.comment,
    });
  }
}
