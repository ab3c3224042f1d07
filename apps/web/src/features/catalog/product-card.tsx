import Link from 'next/link';
import type { ReactNode } from 'react';
import type { ProductCardFieldsFragment } from '@/generated/graphql/graphql';
import { ClassificationBadge, FreshnessBadge, StatusBadge, TagList } from './badges';

/**
 * One product in a list: its name (the link), owner team, domain, tags and badges. `summary`
 * replaces the purpose line, such as a search highlight.
 */
export function ProductCard({ product, summary }: { product: ProductCardFieldsFragment; summary?: ReactNode }) {
  return (
    <article
      aria-labelledby={`product-${product.id}`}
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm transition hover:border-slate-300"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={`product-${product.id}`} className="text-base font-semibold text-slate-900">
          <Link href={`/products/${product.slug}`} className="hover:underline focus-visible:underline">
            {product.name}
          </Link>
        </h3>
        <div className="flex flex-wrap gap-1.5">
          <StatusBadge status={product.status} />
          <ClassificationBadge classification={product.classification} />
          <FreshnessBadge ports={product.outputPorts} />
        </div>
      </div>
      <p className="mt-1 text-sm text-slate-600">
        Team{' '}
        <Link href={`/teams/${product.team.slug}`} className="font-medium text-slate-800 hover:underline">
          {product.team.name}
        </Link>
        <span aria-hidden="true"> · </span>
        Domain{' '}
        <Link href={`/domains/${product.domain.slug}`} className="font-medium text-slate-800 hover:underline">
          {product.domain.name}
        </Link>
        <span aria-hidden="true"> · </span>
        <code className="text-xs text-slate-500">{product.slug}</code>
      </p>
      <div className="mt-2 line-clamp-2 text-sm text-slate-700">{summary ?? product.purpose}</div>
      <div className="mt-3">
        <TagList tags={product.tags} label={`Tags of ${product.name}`} />
      </div>
    </article>
  );
}

/** A list of product cards, or a sentence saying there are none. */
export function ProductList({
  products,
  empty,
  label,
}: {
  products: readonly { product: ProductCardFieldsFragment; summary?: ReactNode }[];
  empty: string;
  label: string;
}) {
  if (products.length === 0)
    return <p className="rounded-lg border border-dashed border-slate-300 p-6 text-slate-600">{empty}</p>;
  return (
    <ul aria-label={label} className="space-y-3">
      {products.map(({ product, summary }) => (
        <li key={product.id}>
          <ProductCard product={product} summary={summary} />
        </li>
      ))}
    </ul>
  );
}
