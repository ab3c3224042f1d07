import type { DataProduct, SupportLink } from './models/data-product.model';
import type { InputPort, OutputPort } from './models/ports.model';
import type { InputPortRow, OutputPortRow } from './ports.repository';
import type { ProductRow } from './products.repository';

/** Rows to GraphQL objects. Search columns and descriptor extensions stay out of the API objects. */
export function toDataProduct(row: ProductRow): DataProduct {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    purpose: row.purpose,
    usage: row.usage,
    limitations: row.limitations,
    tags: row.tags,
    classification: row.classification,
    accessMode: row.accessMode,
    status: row.status,
    supportLinks: Array.isArray(row.supportLinks) ? (row.supportLinks as unknown as SupportLink[]) : [],
    sunsetAt: row.sunsetAt,
    subscriberCount: row.subscriberCount,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    publishedAt: row.publishedAt,
    deprecatedAt: row.deprecatedAt,
    retiredAt: row.retiredAt,
    domainId: row.domainId,
    teamId: row.teamId,
    replacementId: row.replacementId,
  };
}

export function toOutputPort(row: OutputPortRow): OutputPort {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    kind: row.kind,
    createdAt: row.createdAt,
    productId: row.productId,
    location: (row.location ?? {}) as Record<string, unknown>,
  };
}

export function toInputPort(row: InputPortRow): InputPort {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    createdAt: row.createdAt,
    productId: row.productId,
    sourcePortId: row.sourcePortId,
  };
}

/** What the audit log keeps of a product: everything but the derived search text. */
export function productSnapshot(row: ProductRow): Record<string, unknown> {
  const { searchExtra: _searchExtra, ...rest } = row;
  return rest;
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, item]) => item !== undefined)
        .sort(([left], [right]) => left.localeCompare(right))
        .map(([key, item]) => [key, canonical(item)]),
    );
  return value;
}

/** Equality of JSON values regardless of key order (jsonb does not keep it). */
export function sameJson(left: unknown, right: unknown): boolean {
  return JSON.stringify(canonical(left)) === JSON.stringify(canonical(right));
}

/**
 * The fields of `changes` whose value differs from `current`, as before/after pairs for the
 * audit log; empty when the change is a no-op.
 */
export function changedFields<Current extends object>(
  current: Current,
  changes: Partial<Record<keyof Current, unknown>>,
): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    const previous = (current as Record<string, unknown>)[key];
    if (sameJson(previous, value)) continue;
    before[key] = previous;
    after[key] = value;
  }
  return { before, after };
}
