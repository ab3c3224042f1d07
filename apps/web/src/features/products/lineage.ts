import type { LineageProductFieldsFragment } from '@/generated/graphql/graphql';
import type { ProductPage } from './product.query';

/** A product next to this one in the lineage, and the ports that connect them. */
export interface LineageNeighbour {
  readonly product: LineageProductFieldsFragment;
  /** "their-port → our-input" names, one per edge between the two products. */
  readonly via: readonly string[];
}

export interface Lineage {
  readonly upstream: readonly LineageNeighbour[];
  readonly downstream: readonly LineageNeighbour[];
}

function group(edges: readonly { product: LineageProductFieldsFragment; via: string }[]): LineageNeighbour[] {
  const byProduct = new Map<string, { product: LineageProductFieldsFragment; via: string[] }>();
  for (const edge of edges) {
    const entry = byProduct.get(edge.product.id) ?? { product: edge.product, via: [] };
    entry.via.push(edge.via);
    byProduct.set(edge.product.id, entry);
  }
  return [...byProduct.values()].sort((a, b) => a.product.name.localeCompare(b.product.name));
}

/**
 * Upstream: the products whose output ports this product reads (input ports whose source is
 * visible). Downstream: the products reading this product's output ports.
 */
export function lineageOf(product: ProductPage): Lineage {
  const upstream = product.inputPorts.flatMap((input) =>
    input.sourcePort ? [{ product: input.sourcePort.product, via: `${input.sourcePort.name} → ${input.name}` }] : [],
  );
  const downstream = product.outputPorts.flatMap((port) =>
    port.consumers.map((consumer) => ({ product: consumer.product, via: `${port.name} → ${consumer.name}` })),
  );
  return { upstream: group(upstream), downstream: group(downstream) };
}
