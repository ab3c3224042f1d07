import type { Metadata } from 'next';
import Link from 'next/link';
import { ProductList } from '@/features/catalog/product-card';
import { Pager } from '@/features/catalog/pager';
import { FacetPanel } from '@/features/search/facet-panel';
import { Highlight } from '@/features/search/highlight';
import { runSearch, type SearchResult } from '@/features/search/search.query';
import {
  FACETS,
  nextPageHref,
  parseSearchState,
  previousPageHref,
  SEARCH_PATH,
  SORTS,
  type SearchState,
} from '@/features/search/search-url';
import { GraphQLRequestError } from '@/lib/graphql';
import type { SearchParams } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Search' };

interface SearchPageProps {
  readonly searchParams: Promise<SearchParams>;
}

// No loading.tsx beside this page, like the home page: results must arrive in the first HTML
// (a loading boundary would stream them behind a fallback that only JavaScript replaces).
export default async function SearchPage({ searchParams }: SearchPageProps) {
  const state = parseSearchState(await searchParams);
  let result: SearchResult;
  try {
    result = await runSearch(state);
  } catch (error) {
    // A stale or edited cursor, or a value the API refuses: say so and offer a fresh start.
    if (error instanceof GraphQLRequestError && error.code === 'VALIDATION_FAILED') {
      return <SearchRefused state={state} message={error.userMessage} />;
    }
    throw error;
  }

  const results = result.edges.map((edge) => {
    const purpose = edge.highlights.find((highlight) => highlight.field === 'PURPOSE');
    return { product: edge.node, summary: purpose ? <Highlight snippet={purpose.snippet} /> : undefined };
  });

  return (
    <div className="space-y-6">
      <SearchHeading state={state} />
      <div className="grid gap-8 md:grid-cols-[14rem_1fr]">
        <aside aria-label="Search filters" className="md:sticky md:top-4 md:self-start">
          <FacetPanel state={state} facets={result.facets} />
        </aside>
        <section aria-labelledby="results-heading" className="min-w-0 space-y-4">
          <h2 id="results-heading" className="text-sm font-medium text-slate-700">
            {result.totalCount === 1 ? '1 data product' : `${result.totalCount} data products`}
            {state.query ? (
              <>
                {' '}
                for <q className="text-slate-900">{state.query}</q>
              </>
            ) : null}
          </h2>
          <ProductList
            products={results}
            label="Search results"
            empty={
              state.query
                ? `No data products match “${state.query}” with these filters. Try fewer words or clear the filters.`
                : 'No data products match these filters.'
            }
          />
          <Pager
            label="Result pages"
            previous={previousPageHref(state)}
            next={
              result.pageInfo.hasNextPage && result.pageInfo.endCursor
                ? nextPageHref(state, result.pageInfo.endCursor)
                : undefined
            }
          />
        </section>
      </div>
    </div>
  );
}

/** The page title and the query form: words and order, keeping the selected filters. */
function SearchHeading({ state }: { state: SearchState }) {
  return (
    <div className="space-y-3">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Search</h1>
      <form action={SEARCH_PATH} aria-label="Search the catalog" className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 space-y-1">
          <label htmlFor="search-query" className="block text-sm font-medium text-slate-800">
            Words
          </label>
          <input
            id="search-query"
            name="q"
            type="search"
            defaultValue={state.query}
            placeholder="Name, tag, topic, purpose…"
            className="w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-900 placeholder:text-slate-500 focus:border-slate-500 focus:ring-2 focus:ring-slate-300 focus:outline-none"
          />
        </div>
        <div className="space-y-1">
          <label htmlFor="search-sort" className="block text-sm font-medium text-slate-800">
            Order
          </label>
          <select
            id="search-sort"
            name="sort"
            defaultValue={state.sort}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-900"
          >
            {SORTS.map((sort) => (
              <option key={sort.value} value={sort.value}>
                {sort.label}
              </option>
            ))}
          </select>
        </div>
        {FACETS.flatMap(({ key, param }) =>
          state.selected[key].map((value) => (
            <input key={`${param}-${value}`} type="hidden" name={param} value={value} />
          )),
        )}
        <button
          type="submit"
          className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700 focus-visible:ring-2 focus-visible:ring-slate-400 focus-visible:ring-offset-2 focus-visible:outline-none"
        >
          Search
        </button>
      </form>
    </div>
  );
}

function SearchRefused({ state, message }: { state: SearchState; message: string }) {
  return (
    <div className="space-y-6">
      <SearchHeading state={state} />
      <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-6 text-amber-950">
        <p className="font-semibold">This search could not be run</p>
        <p className="mt-1 text-sm">{message}</p>
        <Link href={SEARCH_PATH} className="mt-3 inline-block text-sm font-medium underline underline-offset-2">
          Start a new search
        </Link>
      </div>
    </div>
  );
}
