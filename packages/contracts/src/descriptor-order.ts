import type { DataProductDescriptor } from './descriptor';

/** The products a descriptor refers to: the sources of its input ports and its replacement. */
export function referencedProducts(descriptor: DataProductDescriptor): string[] {
  const references = (descriptor.inputPorts ?? []).map((port) => port.contractId.split('/')[0] ?? '');
  const replacement = descriptor['x-tessera']?.replacement;
  return replacement ? [...references, replacement] : references;
}

/** A descriptor to apply and the products it refers to (lineage sources, replacement). */
export interface OrderEntry {
  readonly id: string;
  readonly dependsOn: readonly string[];
}

export interface DependencyOrder<Entry> {
  readonly ordered: Entry[];
  /** Ids in a cycle, applied last in their given order (the server will say what is missing). */
  readonly cyclic: string[];
}

/**
 * Orders descriptors so that each comes after the ones it consumes or names as replacement,
 * among those being applied; otherwise keeps the given (file name) order. Stable, so the
 * same directory always applies in the same order.
 */
export function dependencyOrder<Entry extends OrderEntry>(entries: readonly Entry[]): DependencyOrder<Entry> {
  const ids = new Set(entries.map((entry) => entry.id));
  const pending = new Map(
    entries.map((entry) => [entry.id, new Set(entry.dependsOn.filter((id) => ids.has(id) && id !== entry.id))]),
  );
  const ordered: Entry[] = [];
  let progress = true;
  while (progress) {
    progress = false;
    for (const entry of entries) {
      const waitingFor = pending.get(entry.id);
      if (!waitingFor || waitingFor.size > 0) continue;
      ordered.push(entry);
      pending.delete(entry.id);
      for (const others of pending.values()) others.delete(entry.id);
      progress = true;
      // Restart from the top so earlier files keep precedence over later ones.
      break;
    }
  }
  const cyclic = entries.filter((entry) => pending.has(entry.id));
  return { ordered: [...ordered, ...cyclic], cyclic: cyclic.map((entry) => entry.id) };
}
