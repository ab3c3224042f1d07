import { isDeepStrictEqual } from 'node:util';
import type { JsonObject } from './descriptor-snapshot';

export type DescriptorChangeKind = 'ADDED' | 'REMOVED' | 'CHANGED';

/** One difference between the stored product and a descriptor, at the deepest useful path. */
export interface DescriptorChange {
  /** Dotted path; ports are addressed by name: `outputPorts[order-events].x-tessera.location.topic`. */
  readonly path: string;
  readonly kind: DescriptorChangeKind;
  readonly before: unknown;
  readonly after: unknown;
}

/** Lists of named entries, compared entry by entry rather than as whole values. */
const NAMED_LISTS = new Set(['inputPorts', 'outputPorts']);

function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function join(parent: string, key: string): string {
  return parent === '' ? key : `${parent}.${key}`;
}

function byName(list: unknown): Map<string, unknown> {
  const entries = Array.isArray(list) ? list : [];
  return new Map(entries.map((entry) => [String((entry as JsonObject).name), entry]));
}

function diffNamedList(path: string, before: unknown, after: unknown, changes: DescriptorChange[]): void {
  const previous = byName(before);
  const next = byName(after);
  const names = [...new Set([...previous.keys(), ...next.keys()])].sort();
  for (const name of names) {
    const entryPath = `${path}[${name}]`;
    if (!previous.has(name)) changes.push({ path: entryPath, kind: 'ADDED', before: null, after: next.get(name) });
    else if (!next.has(name))
      changes.push({ path: entryPath, kind: 'REMOVED', before: previous.get(name), after: null });
    else diffValue(entryPath, previous.get(name), next.get(name), changes);
  }
}

function diffValue(path: string, before: unknown, after: unknown, changes: DescriptorChange[]): void {
  if (isDeepStrictEqual(before, after)) return;
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...Object.keys(after), ...Object.keys(before).filter((key) => !(key in after))];
    for (const key of keys) {
      const keyPath = join(path, key);
      if (path === '' && NAMED_LISTS.has(key)) diffNamedList(keyPath, before[key], after[key], changes);
      else if (!(key in before)) changes.push({ path: keyPath, kind: 'ADDED', before: null, after: after[key] });
      else if (!(key in after)) changes.push({ path: keyPath, kind: 'REMOVED', before: before[key], after: null });
      else diffValue(keyPath, before[key], after[key], changes);
    }
    return;
  }
  changes.push({ path, kind: 'CHANGED', before, after });
}

/**
 * The structured difference between two descriptor documents (null: the product does not
 * exist yet). Objects are compared field by field, ports by name, other lists as a whole.
 * Pure: the same for a dry run and a real apply.
 */
export function diffDescriptors(before: JsonObject | null, after: JsonObject): DescriptorChange[] {
  const changes: DescriptorChange[] = [];
  diffValue('', before ?? {}, after, changes);
  return changes;
}
