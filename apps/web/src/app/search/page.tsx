import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Search' };

interface SearchPageProps {
  readonly searchParams: Promise<{ q?: string | string[] }>;
}

export default async function SearchPage({ searchParams }: SearchPageProps) {
  const { q } = await searchParams;
  const query = (Array.isArray(q) ? q[0] : q)?.trim() ?? '';

  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Search</h1>
      {query ? (
        <p className="text-slate-700">
          You searched for <q className="font-medium text-slate-900">{query}</q>.
        </p>
      ) : null}
      <p className="rounded-lg border border-slate-200 bg-white p-6 text-slate-700 shadow-sm">
        Search arrives with the catalog: once teams register data products, you will find them here by name, domain,
        owner and tag.
      </p>
    </div>
  );
}
