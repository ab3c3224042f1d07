import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Pager } from '@/features/catalog/pager';
import { ProductList } from '@/features/catalog/product-card';
import { loadDomainPage } from '@/features/organisation/organisation.query';
import { pageLinks } from '@/features/organisation/product-paging';
import { firstParam, type SearchParams } from '@/lib/search-params';

interface DomainPageProps {
  readonly params: Promise<{ slug: string }>;
  readonly searchParams: Promise<SearchParams>;
}

async function load({ params, searchParams }: DomainPageProps) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  return { slug, domain: await loadDomainPage(slug, firstParam(query.after), firstParam(query.before)) };
}

export async function generateMetadata(props: DomainPageProps): Promise<Metadata> {
  const { domain } = await load(props);
  return { title: domain ? `${domain.name} domain` : 'Domain not found' };
}

// No loading.tsx beside this page, like the home page: reading pages are complete HTML
// without JavaScript, which a streamed loading boundary would prevent.
export default async function DomainPage(props: DomainPageProps) {
  const { slug, domain } = await load(props);
  if (!domain) notFound();
  const { products } = domain;

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <p className="text-sm font-medium text-slate-600">Domain</p>
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">{domain.name}</h1>
        {domain.description ? <p className="max-w-3xl text-slate-700">{domain.description}</p> : null}
        <p className="text-sm text-slate-600">
          Owned by{' '}
          <Link href={`/teams/${domain.team.slug}`} className="font-medium text-slate-900 hover:underline">
            {domain.team.name}
          </Link>
        </p>
      </div>
      <section aria-labelledby="domain-products" className="space-y-3">
        <h2 id="domain-products" className="text-xl font-semibold text-slate-900">
          Data products <span className="text-base font-normal text-slate-600">({products.totalCount})</span>
        </h2>
        <ProductList
          label={`Data products in ${domain.name}`}
          products={products.nodes.map((product) => ({ product }))}
          empty="No data products in this domain that you can see."
        />
        <Pager label="Product pages" {...pageLinks(`/domains/${slug}`, products.pageInfo)} />
      </section>
    </div>
  );
}
