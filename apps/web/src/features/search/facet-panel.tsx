import Link from 'next/link';
import { PORT_KINDS, type PortKind } from '@tessera/contracts';
import { CLASSIFICATION_LABELS, STATUS_LABELS } from '../catalog/badges';
import { AutoSubmitForm } from './auto-submit-form';
import type { SearchResult } from './search.query';
import { FACETS, SEARCH_PATH, searchHref, type FacetKey, type SearchState } from './search-url';

/** Buckets shown before "more" in a long facet. */
const VISIBLE_BUCKETS = 8;

interface Bucket {
  readonly value: string;
  readonly label: string;
  readonly count: number;
}

function displayLabel(key: FacetKey, bucket: Bucket): string {
  if (key === 'classifications')
    return CLASSIFICATION_LABELS[bucket.value as keyof typeof CLASSIFICATION_LABELS] ?? bucket.label;
  if (key === 'statuses') return STATUS_LABELS[bucket.value as keyof typeof STATUS_LABELS] ?? bucket.label;
  if (key === 'portKinds') return PORT_KINDS[bucket.value as PortKind]?.label ?? bucket.label;
  return bucket.label;
}

/**
 * The facets as a GET form of checkboxes: each count says how many results selecting that
 * value (alone) would give. Selected values stay listed even when nothing else matches them,
 * so they can always be cleared.
 */
export function FacetPanel({ state, facets }: { state: SearchState; facets: SearchResult['facets'] }) {
  const anySelected = FACETS.some(({ key }) => state.selected[key].length > 0);
  return (
    <AutoSubmitForm action={SEARCH_PATH} aria-label="Filters" className="space-y-5">
      <h2 className="text-sm font-semibold text-slate-900">Filters</h2>
      {state.query ? <input type="hidden" name="q" value={state.query} /> : null}
      {state.sort !== 'RELEVANCE' ? <input type="hidden" name="sort" value={state.sort} /> : null}
      {FACETS.map(({ key, param, title }) => {
        const listed = facets[key];
        const missing = state.selected[key]
          .filter((value) => !listed.some((bucket) => bucket.value === value))
          .map((value) => ({ value, label: value, count: 0 }));
        const buckets = [...listed, ...missing];
        if (buckets.length === 0) return null;
        const head = buckets.slice(0, VISIBLE_BUCKETS);
        const tail = buckets.slice(VISIBLE_BUCKETS);
        return (
          <fieldset key={key}>
            <legend className="text-xs font-semibold tracking-wide text-slate-600 uppercase">{title}</legend>
            <FacetOptions facet={key} param={param} buckets={head} state={state} />
            {tail.length > 0 ? (
              <details className="mt-1">
                <summary className="cursor-pointer text-xs font-medium text-slate-700 hover:text-slate-900">
                  {tail.length} more
                </summary>
                <FacetOptions facet={key} param={param} buckets={tail} state={state} />
              </details>
            ) : null}
          </fieldset>
        );
      })}
      <div className="flex items-center gap-3">
        <button
          type="submit"
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
        >
          Apply filters
        </button>
        {anySelected ? (
          <Link
            href={searchHref({ ...state, selected: emptySelection() })}
            className="text-sm text-slate-700 underline underline-offset-2 hover:text-slate-900"
          >
            Clear filters
          </Link>
        ) : null}
      </div>
    </AutoSubmitForm>
  );
}

function FacetOptions({
  facet,
  param,
  buckets,
  state,
}: {
  facet: FacetKey;
  param: string;
  buckets: readonly Bucket[];
  state: SearchState;
}) {
  return (
    <ul className="mt-1.5 space-y-1">
      {buckets.map((bucket) => {
        const id = `facet-${param}-${bucket.value}`;
        return (
          <li key={bucket.value} className="flex items-center gap-2">
            <input
              id={id}
              type="checkbox"
              name={param}
              value={bucket.value}
              defaultChecked={state.selected[facet].includes(bucket.value)}
              className="size-4 rounded border-slate-300 text-slate-900 focus:ring-slate-400"
            />
            <label htmlFor={id} className="flex flex-1 justify-between gap-2 text-sm text-slate-800">
              <span className="truncate">{displayLabel(facet, bucket)}</span>
              <span className="text-xs text-slate-500 tabular-nums">
                {bucket.count}
                <span className="sr-only"> results</span>
              </span>
            </label>
          </li>
        );
      })}
    </ul>
  );
}

function emptySelection(): Record<FacetKey, string[]> {
  return Object.fromEntries(FACETS.map(({ key }) => [key, []])) as unknown as Record<FacetKey, string[]>;
}
