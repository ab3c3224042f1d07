import Link from 'next/link';
import type { ReactNode } from 'react';
import { formatDate } from '@/lib/format';
import { ACCESS_MODE_LABELS, CLASSIFICATION_LABELS, STATUS_LABELS } from '../catalog/badges';
import type { ProductPage } from './product.query';

/** Deprecated: when it stops being served and what to move to. Retired: that it is read-only. */
export function LifecycleNotice({ product }: { product: ProductPage }) {
  if (product.status === 'DEPRECATED') {
    return (
      <div
        role="note"
        aria-label="Deprecation notice"
        className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950"
      >
        <p className="font-semibold">This data product is deprecated.</p>
        <p className="mt-1 text-sm">
          {product.sunsetAt ? (
            <>
              It stops being served on <time dateTime={product.sunsetAt}>{formatDate(product.sunsetAt)}</time>.{' '}
            </>
          ) : null}
          {product.replacement ? (
            <>
              Move to{' '}
              <Link href={`/products/${product.replacement.slug}`} className="font-medium underline underline-offset-2">
                {product.replacement.name}
              </Link>{' '}
              instead.
            </>
          ) : (
            'The owners named no replacement; ask them before building on it.'
          )}
        </p>
      </div>
    );
  }
  if (product.status === 'RETIRED') {
    return (
      <div
        role="note"
        aria-label="Retirement notice"
        className="rounded-lg border border-rose-200 bg-rose-50 p-4 text-rose-950"
      >
        <p className="font-semibold">This data product is retired.</p>
        <p className="mt-1 text-sm">
          It is no longer served{product.retiredAt ? ` (since ${formatDate(product.retiredAt)})` : ''} and stays in the
          catalog for its lineage.
        </p>
      </div>
    );
  }
  if (product.status === 'DRAFT') {
    return (
      <div
        role="note"
        aria-label="Draft notice"
        className="rounded-lg border border-slate-300 bg-slate-100 p-4 text-slate-800"
      >
        <p className="text-sm">
          <span className="font-semibold">Draft.</span> Only {product.team.name} can see it until its owners publish it.
        </p>
      </div>
    );
  }
  return null;
}

/** Purpose, usage and limitations, then the facts: owner, domain, status, classification, access, support. */
export function ProductOverview({ product }: { product: ProductPage }) {
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
      <div className="space-y-4">
        <Prose title="Purpose" text={product.purpose} />
        <Prose title="Usage" text={product.usage} />
        <Prose title="Limitations" text={product.limitations} />
      </div>
      <dl className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
        <Fact term="Owner team">
          <Link href={`/teams/${product.team.slug}`} className="font-medium text-slate-900 hover:underline">
            {product.team.name}
          </Link>
        </Fact>
        <Fact term="Domain">
          <Link href={`/domains/${product.domain.slug}`} className="font-medium text-slate-900 hover:underline">
            {product.domain.name}
          </Link>
        </Fact>
        <Fact term="Status">{STATUS_LABELS[product.status]}</Fact>
        <Fact term="Classification">{CLASSIFICATION_LABELS[product.classification]}</Fact>
        <Fact term="Access">{ACCESS_MODE_LABELS[product.accessMode]}</Fact>
        <Fact term="Subscribing teams">{product.subscriberCount}</Fact>
        {product.publishedAt ? (
          <Fact term="Published">
            <time dateTime={product.publishedAt}>{formatDate(product.publishedAt)}</time>
          </Fact>
        ) : null}
        <Fact term="Last changed">
          <time dateTime={product.updatedAt}>{formatDate(product.updatedAt)}</time>
        </Fact>
        <Fact term="Support">
          {product.supportLinks.length === 0 ? (
            <span className="text-slate-600">No support links</span>
          ) : (
            <ul className="space-y-1">
              {product.supportLinks.map((link) => (
                <li key={link.url}>
                  <a
                    href={link.url}
                    className="font-medium text-slate-900 underline underline-offset-2"
                    rel="noreferrer"
                  >
                    {link.channel ?? link.url}
                  </a>
                  {link.tool ? <span className="text-slate-600"> ({link.tool})</span> : null}
                  {link.description ? <span className="block text-xs text-slate-600">{link.description}</span> : null}
                </li>
              ))}
            </ul>
          )}
        </Fact>
      </dl>
    </div>
  );
}

function Prose({ title, text }: { title: string; text: string }) {
  return (
    <div>
      <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
      <p className="mt-1 text-sm leading-6 whitespace-pre-line text-slate-700">
        {text || <span className="text-slate-500">Not described.</span>}
      </p>
    </div>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{term}</dt>
      <dd className="mt-0.5 text-slate-800">{children}</dd>
    </div>
  );
}
