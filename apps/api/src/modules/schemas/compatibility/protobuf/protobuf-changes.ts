/** Protobuf: the Confluent comparison both ways, turned into changes a person can act on. */
import {
  capitalise,
  type Described,
  type Finding,
  type FindingGroup,
  invertChangeKind,
  mergeFindings,
  quotePath,
  type UnversionedChange,
} from '../change-merge';
import { PROTOBUF_COMPATIBLE_CHANGES, type ProtobufDifference, protobufDifferences } from './protobuf-differences';
import { describeProtoField, type ProtobufSchemaModel, type ProtoField } from './protobuf-model';

interface Detail {
  readonly kind: string;
  readonly previous?: ProtoField;
  readonly candidate?: ProtoField;
  readonly packages?: readonly [string, string];
}

function topicOf(kind: string): string {
  if (/^(FIELD_ADDED|FIELD_REMOVED|REQUIRED_FIELD_|ONEOF_FIELD_)/.test(kind)) return 'field';
  if (/_LABEL_CHANGED$/.test(kind)) return 'label';
  if (/^FIELD_(KIND|SCALAR_KIND|NAMED_TYPE)_CHANGED$/.test(kind)) return 'type';
  if (kind.startsWith('ENUM_CONST_')) return 'enum-value';
  if (/ONEOF/.test(kind)) return 'oneof';
  return kind.replace(/_(ADDED|REMOVED|CHANGED)$/, '').toLowerCase();
}

export function protobufChanges(previous: ProtobufSchemaModel, candidate: ProtobufSchemaModel): UnversionedChange[] {
  const packages = [previous.package, candidate.package] as const;
  const finding = (kind: string, difference: ProtobufDifference, swap: boolean): Finding<Detail> => ({
    path: difference.path,
    topic: topicOf(kind),
    detail: {
      kind,
      previous: swap ? difference.update : difference.original,
      candidate: swap ? difference.original : difference.update,
      packages,
    },
  });
  const breaking = (difference: ProtobufDifference) => !PROTOBUF_COMPATIBLE_CHANGES.has(difference.type);
  const backward = protobufDifferences(previous, candidate, true);
  const forward = protobufDifferences(candidate, previous, false);
  const reused = reservedReuse(previous, candidate);
  return mergeFindings<Detail>(
    {
      backward: [...backward.filter(breaking).map((d) => finding(d.type, d, false)), ...reused],
      forward: [...forward.filter(breaking).map((d) => finding(invertChangeKind(d.type), d, true)), ...reused],
      info: backward.filter((d) => !breaking(d)).map((d) => finding(d.type, d, false)),
    },
    describe,
  );
}

/**
 * A number or name the previous version reserved, now used by a field. Confluent's comparison
 * does not look at `reserved`, but reusing a retired number reads old data as the wrong field,
 * so it breaks both ways.
 */
function reservedReuse(previous: ProtobufSchemaModel, candidate: ProtobufSchemaModel): Finding<Detail>[] {
  const found: Finding<Detail>[] = [];
  for (const [name, message] of candidate.messages) {
    const before = previous.messages.get(name);
    if (!before) continue;
    for (const field of message.fields) {
      const byNumber = before.reservedNumbers.some(([from, to]) => field.number >= from && field.number <= to);
      const byName = before.reservedNames.includes(field.name);
      if (byNumber || byName) {
        found.push({
          path: `${name}.${field.name}`,
          topic: 'reserved',
          detail: { kind: byNumber ? 'FIELD_USES_RESERVED_NUMBER' : 'FIELD_USES_RESERVED_NAME', candidate: field },
        });
      }
    }
  }
  return found;
}

function describe(group: FindingGroup<Detail>): Described {
  const details = [...group.backward, ...group.forward, ...group.info];
  const added = details.find((detail) => /^(REQUIRED_)?FIELD_ADDED$/.test(detail.kind));
  const removed = details.find((detail) => /^(REQUIRED_)?FIELD_REMOVED$/.test(detail.kind));
  const where = quotePath(group.path);
  if (group.topic === 'field' && added?.candidate && removed?.previous) {
    return {
      kind: 'FIELD_NUMBER_CHANGED',
      message: `Field ${where} moved from number ${removed.previous.number} to ${added.candidate.number}: readers of one version ignore what the other wrote under the other number, so its values are silently lost.`,
    };
  }
  const detail = group.backward[0] ?? group.forward[0] ?? group.info[0];
  const kind = detail?.kind ?? 'CHANGED';
  return { kind, message: messageFor(kind, where, detail) };
}

function messageFor(kind: string, where: string, detail: Detail | undefined): string {
  const before = detail?.previous;
  const after = detail?.candidate;
  const from = before ? describeProtoField(before) : 'its previous type';
  const to = after ? describeProtoField(after) : 'a new type';
  const [previousPackage, candidatePackage] = detail?.packages ?? ['', ''];
  const Where = capitalise(where);
  const messages: Record<string, string> = {
    PACKAGE_CHANGED: `The package changed from \`${previousPackage || '(none)'}\` to \`${candidatePackage || '(none)'}\`, which renames every message.`,
    MESSAGE_ADDED: `Message ${where} was added.`,
    MESSAGE_REMOVED: `Message ${where} was removed.`,
    ENUM_ADDED: `Enum ${where} was added.`,
    ENUM_REMOVED: `Enum ${where} was removed.`,
    ENUM_CONST_ADDED: `Enum value ${where} was added.`,
    ENUM_CONST_REMOVED: `Enum value ${where} was removed; readers treat its number as an unknown value.`,
    ENUM_CONST_CHANGED: `Enum value ${where} was renamed; its number is unchanged.`,
    FIELD_ADDED: `Field ${where} (${to}, number ${after?.number ?? '?'}) was added.`,
    FIELD_REMOVED: `Field ${where} (${from}, number ${before?.number ?? '?'}) was removed; readers skip it in older data. Keep its number and name reserved so they are never reused.`,
    REQUIRED_FIELD_ADDED: `Required field ${where} (number ${after?.number ?? '?'}) was added.`,
    REQUIRED_FIELD_REMOVED: `Required field ${where} (number ${before?.number ?? '?'}) was removed.`,
    FIELD_NAME_CHANGED: `Field number ${before?.number ?? '?'} was renamed from \`${before?.name ?? '?'}\` to \`${after?.name ?? '?'}\`; the binary encoding is unaffected.`,
    FIELD_KIND_CHANGED: `${Where} changed from ${from} to ${to}, which are encoded differently.`,
    FIELD_SCALAR_KIND_CHANGED: `${Where} changed from ${from} to ${to}, which are not wire-compatible.`,
    FIELD_NAMED_TYPE_CHANGED: `${Where} changed from ${from} to ${to}, a different or incompatibly changed message.`,
    FIELD_NUMERIC_LABEL_CHANGED: `${Where} changed from ${from} to ${to}; packed repeated numbers cannot be read as a single value.`,
    FIELD_STRING_OR_BYTES_LABEL_CHANGED: `${Where} changed from ${from} to ${to}; a single value reads the last of a repeated one.`,
    ONEOF_ADDED: `Oneof ${where} was added.`,
    ONEOF_REMOVED: `Oneof ${where} was removed.`,
    ONEOF_FIELD_ADDED: `Field ${where} was added to a oneof.`,
    ONEOF_FIELD_REMOVED: `Field ${where} was removed from a oneof.`,
    MULTIPLE_FIELDS_MOVED_TO_ONEOF: `Several existing fields were moved into oneof ${where}; data that set more than one of them keeps only one.`,
    MULTIPLE_FIELDS_MOVED_FROM_ONEOF: `Several fields were moved out of oneof ${where}.`,
    FIELD_MOVED_TO_EXISTING_ONEOF: `An existing field was moved into oneof ${where}, which already had members.`,
    FIELD_USES_RESERVED_NUMBER: `${Where} uses number ${after?.number ?? '?'}, which the previous version reserved; old data under that number would be read as this field.`,
    FIELD_USES_RESERVED_NAME: `${Where} uses a name the previous version reserved.`,
  };
  return messages[kind] ?? `At ${where}: ${kind.toLowerCase().replace(/_/g, ' ')}.`;
}
