import Link from 'next/link';
import type { Lineage, LineageNeighbour } from './lineage';
import { LineageGraph } from './lineage-graph';
import type { ProductPage } from './product.query';

/** The lineage graph, with the same edges as lists for screen readers and no-JavaScript browsers. */
export function LineageSection({ product, lineage }: { product: ProductPage; lineage: Lineage }) {
  return (
    <figure className="space-y-3" aria-labelledby="lineage-caption">
      <figcaption id="lineage-caption" className="sr-only">
        Lineage of {product.name}: {lineage.upstream.length} upstream and {lineage.downstream.length} downstream
        products
      </figcaption>
      <LineageGraph
        product={{ id: product.id, slug: product.slug, name: product.name, teamName: product.team.name }}
        lineage={lineage}
      />
      <div className="grid gap-4 text-sm sm:grid-cols-2">
        <NeighbourList title="Upstream (reads from)" neighbours={lineage.upstream} empty="No upstream products." />
        <NeighbourList
          title="Downstream (read by)"
          neighbours={lineage.downstream}
          empty="No downstream products you can see."
        />
      </div>
    </figure>
  );
}

function NeighbourList({
  title,
  neighbours,
  empty,
}: {
  title: string;
  neighbours: readonly LineageNeighbour[];
  empty: string;
}) {
  return (
    <div>
      <h3 className="font-semibold text-slate-900">{title}</h3>
      {neighbours.length === 0 ? (
        <p className="mt-1 text-slate-600">{empty}</p>
      ) : (
        <ul aria-label={title} className="mt-1 space-y-1">
          {neighbours.map((neighbour) => (
            <li key={neighbour.product.id}>
              <Link href={`/products/${neighbour.product.slug}`} className="font-medium text-slate-900 hover:underline">
                {neighbour.product.name}
              </Link>
              <span className="text-slate-600"> · {neighbour.via.join(', ')}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
