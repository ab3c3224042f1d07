import type { UnversionedChange } from './change-merge';
import { avroChanges } from './avro/avro-changes';
import type {
  Breaks,
  CompatibilityMode,
  CompatibilityResult,
  ParsedSchema,
  SchemaChange,
  SchemaFormat,
  SchemaInput,
} from './compatibility.types';
import { jsonChanges } from './json/json-changes';
import { jsonRootOf } from './json/json-root';
import { toParsedSchema } from './parse-schema';
import { protobufChanges } from './protobuf/protobuf-changes';

export interface CompatibilityCheck {
  readonly format: SchemaFormat;
  readonly mode: CompatibilityMode;
  readonly candidate: SchemaInput;
  /** The versions already published, oldest first. */
  readonly existing: readonly SchemaInput[];
}

/** Which kinds of breakage each mode refuses; NONE refuses nothing but still reports changes. */
const REFUSED: Record<CompatibilityMode, ReadonlySet<Breaks>> = {
  NONE: new Set(),
  BACKWARD: new Set(['WRITERS', 'BOTH']),
  BACKWARD_TRANSITIVE: new Set(['WRITERS', 'BOTH']),
  FORWARD: new Set(['READERS', 'BOTH']),
  FORWARD_TRANSITIVE: new Set(['READERS', 'BOTH']),
  FULL: new Set(['READERS', 'WRITERS', 'BOTH']),
  FULL_TRANSITIVE: new Set(['READERS', 'WRITERS', 'BOTH']),
};

const BREAKS_ORDER: Record<Breaks, number> = { BOTH: 0, WRITERS: 1, READERS: 2, NONE: 3 };

/**
 * Checks a candidate against the versions its mode names, as the Confluent registry does:
 * BACKWARD (the candidate reads data written with the last version), FORWARD (the last version
 * reads data written with the candidate), FULL (both), their *_TRANSITIVE forms against every
 * version, NONE (always compatible). Pure: no I/O. Throws SchemaInvalidError for bad text.
 */
export function checkCompatibility(check: CompatibilityCheck): CompatibilityResult {
  const candidate = toParsedSchema(check.format, check.candidate);
  if (check.existing.length === 0) return { compatible: true, changes: [] };
  const transitive = check.mode.endsWith('_TRANSITIVE');
  const first = transitive ? 0 : check.existing.length - 1;
  const merged = new Map<string, { change: UnversionedChange; versions: number[] }>();
  for (let index = first; index < check.existing.length; index++) {
    const previous = toParsedSchema(check.format, check.existing[index] as SchemaInput);
    for (const change of changesBetween(previous, candidate)) {
      const key = `${change.path}\u0000${change.kind}\u0000${change.breaks}`;
      const entry = merged.get(key);
      if (entry) entry.versions.push(index + 1);
      else merged.set(key, { change, versions: [index + 1] });
    }
  }
  const refused = REFUSED[check.mode];
  const changes: SchemaChange[] = [...merged.values()]
    .map(({ change, versions }) => ({ ...change, versions }))
    .sort((a, b) => BREAKS_ORDER[a.breaks] - BREAKS_ORDER[b.breaks]);
  return { compatible: !changes.some((change) => refused.has(change.breaks)), changes };
}

/** Every change from `previous` to `candidate`, each with whom it breaks. */
export function changesBetween(previous: ParsedSchema, candidate: ParsedSchema): UnversionedChange[] {
  if (previous.format === 'AVRO' && candidate.format === 'AVRO') return avroChanges(previous.model, candidate.model);
  if (previous.format === 'JSON' && candidate.format === 'JSON') {
    return jsonChanges(jsonRootOf(previous.model), jsonRootOf(candidate.model));
  }
  if (previous.format === 'PROTOBUF' && candidate.format === 'PROTOBUF') {
    return protobufChanges(previous.model, candidate.model);
  }
  throw new Error(`Cannot compare a ${previous.format} schema with a ${candidate.format} one`);
}
