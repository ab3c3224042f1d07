import { isDeepStrictEqual } from 'node:util';
import { isLegalTransition, PRODUCT_TRANSITIONS, type ProductStatus } from '@tessera/contracts';
import type { InputPortSnapshot, OutputPortSnapshot, ProductSnapshot } from './descriptor-snapshot';

/** What to write for one kind of port, matched by name. */
export interface PortPlan<Port> {
  readonly create: Port[];
  readonly update: { before: Port; after: Port }[];
  readonly remove: Port[];
}

export interface ApplyPlan {
  /** The product's own fields differ (always true for a new product). */
  readonly productChanged: boolean;
  readonly outputPorts: PortPlan<OutputPortSnapshot>;
  /** An input port whose source changes is removed and created again: it is another edge. */
  readonly inputPorts: PortPlan<InputPortSnapshot>;
  readonly isEmpty: boolean;
}

const PRODUCT_FIELDS = [
  'name',
  'domainSlug',
  'status',
  'purpose',
  'usage',
  'limitations',
  'tags',
  'classification',
  'accessMode',
  'supportLinks',
  'sunsetAt',
  'replacementSlug',
  'extensions',
] as const satisfies readonly (keyof ProductSnapshot)[];

function planPorts<Port extends { name: string }>(
  current: readonly Port[],
  desired: readonly Port[],
  replaces: (before: Port, after: Port) => boolean,
): PortPlan<Port> {
  const existing = new Map(current.map((port) => [port.name, port]));
  const wanted = new Set(desired.map((port) => port.name));
  const plan: PortPlan<Port> = { create: [], update: [], remove: [] };
  for (const port of desired) {
    const before = existing.get(port.name);
    if (!before) plan.create.push(port);
    else if (replaces(before, port)) {
      plan.remove.push(before);
      plan.create.push(port);
    } else if (!isDeepStrictEqual(before, port)) plan.update.push({ before, after: port });
  }
  for (const port of current) if (!wanted.has(port.name)) plan.remove.push(port);
  return plan;
}

/** The writes that turn `current` (null: not stored yet) into `desired`. Pure. */
export function planApply(current: ProductSnapshot | null, desired: ProductSnapshot): ApplyPlan {
  const productChanged =
    current === null || PRODUCT_FIELDS.some((field) => !isDeepStrictEqual(current[field], desired[field]));
  const outputPorts = planPorts(current?.outputPorts ?? [], desired.outputPorts, () => false);
  const inputPorts = planPorts(
    current?.inputPorts ?? [],
    desired.inputPorts,
    (before, after) => before.contractId !== after.contractId,
  );
  const portCount = [outputPorts, inputPorts].reduce(
    (total, plan) => total + plan.create.length + plan.update.length + plan.remove.length,
    0,
  );
  return { productChanged, outputPorts, inputPorts, isEmpty: !productChanged && portCount === 0 };
}

/**
 * The statuses a product passes through to reach `to`, in order; [] when it stays; null when
 * the move is illegal. An existing product makes one legal transition. A new product starts
 * as a draft and takes the shortest legal path, so a descriptor can register a product that
 * is already published (or deprecated) elsewhere; each step still needs its own permission.
 */
export function lifecycleSteps(from: ProductStatus | null, to: ProductStatus): ProductStatus[] | null {
  if (from !== null) {
    if (from === to) return [];
    return isLegalTransition(from, to) ? [to] : null;
  }
  const previous = new Map<ProductStatus, ProductStatus | null>([['DRAFT', null]]);
  const queue: ProductStatus[] = ['DRAFT'];
  while (queue.length > 0) {
    const status = queue.shift() as ProductStatus;
    for (const next of PRODUCT_TRANSITIONS[status]) {
      if (previous.has(next)) continue;
      previous.set(next, status);
      queue.push(next);
    }
  }
  if (!previous.has(to)) return null;
  const path: ProductStatus[] = [];
  for (
    let status: ProductStatus | null = to;
    status !== null && status !== 'DRAFT';
    status = previous.get(status) ?? null
  )
    path.unshift(status);
  return path;
}
