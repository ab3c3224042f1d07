/** Avro: resolution both ways, turned into changes a person can act on. */
import type { FieldDiffEntry } from '../compatibility.types';
import {
  capitalise,
  type Described,
  type Finding,
  type FindingGroup,
  listOf,
  mergeFindings,
  quotePath,
  type UnversionedChange,
} from '../change-merge';
import { type AvroSchemaModel, describeAvroType } from './avro-model';
import { diffAvroSchemas } from './avro-diff';
import { type AvroIncompatibility, avroIncompatibilities } from './avro-resolution';

type Detail = { readonly incompatibility: AvroIncompatibility } | { readonly entry: FieldDiffEntry };

const TOPICS: Record<AvroIncompatibility['type'], string> = {
  READER_FIELD_MISSING_DEFAULT_VALUE: 'field',
  TYPE_MISMATCH: 'type',
  MISSING_UNION_BRANCH: 'type',
  MISSING_ENUM_SYMBOLS: 'enum',
  NAME_MISMATCH: 'name',
  FIXED_SIZE_MISMATCH: 'size',
};

export function avroChanges(previous: AvroSchemaModel, candidate: AvroSchemaModel): UnversionedChange[] {
  const toFinding = (incompatibility: AvroIncompatibility): Finding<Detail> => ({
    path: incompatibility.path,
    topic: TOPICS[incompatibility.type],
    detail: { incompatibility },
  });
  return mergeFindings<Detail>(
    {
      backward: avroIncompatibilities(candidate.root, previous.root).map(toFinding),
      forward: avroIncompatibilities(previous.root, candidate.root).map(toFinding),
      info: diffAvroSchemas(previous, candidate).map((entry) => ({
        path: entry.path,
        topic: infoTopic(entry),
        detail: { entry },
      })),
    },
    describe,
  );
}

function infoTopic(entry: FieldDiffEntry): string {
  if (entry.change !== 'CHANGED') return 'field';
  if (isEnumChange(entry)) return 'enum';
  return entry.aspects?.includes('type') ? 'type' : (entry.aspects?.[0] ?? 'field');
}

function incompatibilities(details: readonly Detail[]): AvroIncompatibility[] {
  return details.flatMap((detail) => ('incompatibility' in detail ? [detail.incompatibility] : []));
}

function describe(group: FindingGroup<Detail>): Described {
  const backward = incompatibilities(group.backward);
  const forward = incompatibilities(group.forward);
  const where = quotePath(group.path);
  switch (group.topic) {
    case 'field':
      if (backward.length > 0) {
        const field = backward[0]?.field;
        return {
          kind: 'FIELD_ADDED_WITHOUT_DEFAULT',
          message: `Field ${where}${field ? ` (${describeAvroType(field.type)})` : ''} was added without a default value.`,
        };
      }
      if (forward.length > 0) {
        return {
          kind: 'FIELD_REMOVED_WITHOUT_DEFAULT',
          message: `Field ${where} was removed, and the previous version has no default value for it.`,
        };
      }
      break;
    case 'type':
      if (backward.length > 0 || forward.length > 0) return describeType(where, backward, forward);
      break;
    case 'enum':
      if (backward.length > 0 || forward.length > 0) return describeEnum(where, backward, forward);
      break;
    case 'name': {
      const found = backward[0] ?? forward[0];
      if (found) {
        // Backward reads with the candidate (reader), forward with the previous version.
        const [before, after] = backward[0]
          ? [describeAvroType(found.writer), describeAvroType(found.reader)]
          : [describeAvroType(found.reader), describeAvroType(found.writer)];
        const why =
          backward.length > 0
            ? 'without an alias for the old name'
            : 'and readers on the previous version do not know the new name';
        return {
          kind: 'NAME_CHANGED',
          message: `The type at ${where} was renamed from \`${before}\` to \`${after}\` ${why}.`,
        };
      }
      break;
    }
    case 'size': {
      const found = backward[0] ?? forward[0];
      if (found) return { kind: 'FIXED_SIZE_CHANGED', message: `The fixed type at ${where} changed size.` };
      break;
    }
  }
  return describeInfo(where, group.info);
}

function describeType(where: string, backward: AvroIncompatibility[], forward: AvroIncompatibility[]): Described {
  const isUnion = [...backward, ...forward].some((found) => found.type === 'MISSING_UNION_BRANCH');
  // Backward: reader = candidate, writer = previous. Forward: the other way round.
  const sample = backward[0] ?? forward[0];
  const [previousSide, candidateSide] = backward[0] ? (['writer', 'reader'] as const) : (['reader', 'writer'] as const);
  const previousType = sample ? describeAvroType(sample[previousSide]) : 'its previous type';
  const candidateType = sample ? describeAvroType(sample[candidateSide]) : 'a new type';
  if (backward.length > 0 && forward.length > 0) {
    return {
      kind: isUnion ? 'UNION_CHANGED' : 'TYPE_CHANGED',
      message: `${capitalise(where)} changed type from ${previousType} to ${candidateType}, and neither can be read as the other.`,
    };
  }
  if (backward.length > 0) {
    if (isUnion) {
      const lost = backward.map((found) => describeAvroType(found.writer));
      return {
        kind: 'UNION_NARROWED',
        message: `${capitalise(where)} no longer accepts ${listOf(lost)}, which the previous version could hold.`,
      };
    }
    return {
      kind: 'TYPE_NARROWED',
      message: `${capitalise(where)} changed type from ${previousType} to ${candidateType}, which cannot hold every ${previousType} value written before.`,
    };
  }
  if (isUnion) {
    const gained = forward.map((found) => describeAvroType(found.writer));
    return {
      kind: 'UNION_WIDENED',
      message: `${capitalise(where)} can now hold ${listOf(gained)}, which the previous version cannot read.`,
    };
  }
  return {
    kind: 'TYPE_WIDENED',
    message: `${capitalise(where)} changed type from ${previousType} to ${candidateType}; a reader expecting ${previousType} cannot take a ${candidateType}.`,
  };
}

function describeEnum(where: string, backward: AvroIncompatibility[], forward: AvroIncompatibility[]): Described {
  const removed = backward.flatMap((found) => found.symbols ?? []);
  const added = forward.flatMap((found) => found.symbols ?? []);
  if (removed.length > 0 && added.length > 0) {
    return {
      kind: 'ENUM_SYMBOLS_CHANGED',
      message: `The enum at ${where} lost ${listOf(removed)} and gained ${listOf(added)}, and neither version has a default symbol to fall back on.`,
    };
  }
  if (removed.length > 0) {
    return {
      kind: 'ENUM_SYMBOL_REMOVED',
      message: `The enum at ${where} no longer has ${listOf(removed)}, and it has no default symbol to read them as.`,
    };
  }
  return {
    kind: 'ENUM_SYMBOL_ADDED',
    message: `The enum at ${where} gained ${listOf(added)}, and the previous version has no default symbol to read them as.`,
  };
}

function describeInfo(where: string, details: readonly Detail[]): Described {
  const entry = details.flatMap((detail) => ('entry' in detail ? [detail.entry] : []))[0];
  if (!entry) return { kind: 'CHANGED', message: `${capitalise(where)} changed.` };
  if (entry.change === 'ADDED') {
    return entry.aspects?.includes('default')
      ? {
          kind: 'FIELD_ADDED_WITH_DEFAULT',
          message: `Field ${where} (${entry.toType}) was added with a default value.`,
        }
      : { kind: 'FIELD_ADDED', message: `Field ${where} (${entry.toType}) was added.` };
  }
  if (entry.change === 'REMOVED') {
    return {
      kind: 'FIELD_REMOVED',
      message: `Field ${where} (${entry.fromType}) was removed; readers use its default.`,
    };
  }
  const aspects = entry.aspects ?? [];
  if (isEnumChange(entry)) {
    return {
      kind: 'ENUM_SYMBOLS_CHANGED',
      message: `The enum at ${where} changed from ${entry.fromType} to ${entry.toType}; its default symbol covers the difference.`,
    };
  }
  if (aspects.includes('type')) {
    return {
      kind: 'TYPE_CHANGED_COMPATIBLY',
      message: `${capitalise(where)} changed type from ${entry.fromType} to ${entry.toType}; both versions can read the other's values.`,
    };
  }
  if (aspects.includes('name')) {
    return {
      kind: 'FIELD_RENAMED_WITH_ALIAS',
      message: `Field ${where} was renamed; an alias keeps the old name readable.`,
    };
  }
  const kinds: Record<string, string> = { doc: 'DOC_CHANGED', default: 'DEFAULT_CHANGED', aliases: 'ALIASES_CHANGED' };
  const aspect = aspects[0] ?? 'doc';
  return { kind: kinds[aspect] ?? 'CHANGED', message: `The ${aspect} of ${where} changed.` };
}

function isEnumChange(entry: FieldDiffEntry): boolean {
  return (
    (entry.aspects ?? []).includes('type') && /^enum /.test(entry.fromType ?? '') && /^enum /.test(entry.toType ?? '')
  );
}
