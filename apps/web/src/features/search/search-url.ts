import { CLASSIFICATIONS, PORT_KIND_NAMES, PRODUCT_STATUSES, tagSchema } from '@tessera/contracts';
import { z } from 'zod';
import type {
  Classification,
  PortKind,
  ProductStatus,
  SearchFilterInput,
  SearchSort,
} from '@/generated/graphql/graphql';
import { allParams, firstParam, hrefWith, type SearchParams } from '@/lib/search-params';

export const SEARCH_PATH = '/search';
export const SEARCH_PAGE_SIZE = 10;

export const SORTS: readonly { value: SearchSort; label: string }[] = [
  { value: 'RELEVANCE', label: 'Best match' },
  { value: 'NAME', label: 'Name' },
  { value: 'UPDATED_AT', label: 'Recently changed' },
  { value: 'POPULARITY', label: 'Most subscribers' },
];

/** The facets, their URL parameters and the filter field each one sets. */
export const FACETS = [
  { key: 'domains', param: 'domain', filter: 'domainIds', title: 'Domain' },
  { key: 'teams', param: 'team', filter: 'teamIds', title: 'Owner team' },
  { key: 'tags', param: 'tag', filter: 'tags', title: 'Tag' },
  { key: 'classifications', param: 'classification', filter: 'classifications', title: 'Classification' },
  { key: 'statuses', param: 'status', filter: 'statuses', title: 'Status' },
  { key: 'portKinds', param: 'kind', filter: 'portKinds', title: 'Port kind' },
] as const;

export type FacetKey = (typeof FACETS)[number]['key'];

/** A search as the URL states it; everything a page of results depends on. */
export interface SearchState {
  readonly query: string;
  readonly sort: SearchSort;
  readonly selected: Readonly<Record<FacetKey, readonly string[]>>;
  /** The cursor this page starts after; absent on the first page. */
  readonly after?: string;
  /** The `after` of each earlier page but the first (which has none), oldest first: how "Previous" goes back. */
  readonly back: readonly string[];
}

/** Values a URL may carry for each facet; anything else is dropped rather than sent to the API. */
const FACET_VALUE: Record<FacetKey, z.ZodType<string>> = {
  domains: z.uuid(),
  teams: z.uuid(),
  tags: tagSchema,
  classifications: z.enum(CLASSIFICATIONS),
  statuses: z.enum(PRODUCT_STATUSES),
  portKinds: z.enum(PORT_KIND_NAMES as [string, ...string[]]),
};

const sortSchema = z.enum(SORTS.map((sort) => sort.value) as [SearchSort, ...SearchSort[]]).catch('RELEVANCE');

export function parseSearchState(params: SearchParams): SearchState {
  const selected = Object.fromEntries(
    FACETS.map(({ key, param }) => [
      key,
      [...new Set(allParams(params[param]).filter((value) => FACET_VALUE[key].safeParse(value).success))],
    ]),
  ) as Record<FacetKey, string[]>;
  return {
    query: (firstParam(params.q) ?? '').trim().slice(0, 200),
    sort: sortSchema.parse(firstParam(params.sort)),
    selected,
    after: firstParam(params.after) || undefined,
    back: allParams(params.back),
  };
}

/** The API's filter for the selected facet values. */
export function searchFilter(state: SearchState): SearchFilterInput {
  // parseSearchState kept only values of each facet's type, so the enum lists are what they claim.
  const list = <Value extends string>(values: readonly string[]) =>
    values.length > 0 ? (values as readonly Value[] as Value[]) : undefined;
  const { domains, teams, tags, classifications, statuses, portKinds } = state.selected;
  return {
    domainIds: list(domains),
    teamIds: list(teams),
    tags: list(tags),
    classifications: list<Classification>(classifications),
    statuses: list<ProductStatus>(statuses),
    portKinds: list<PortKind>(portKinds),
  };
}

function baseParams(state: SearchState) {
  return {
    q: state.query,
    sort: state.sort === 'RELEVANCE' ? undefined : state.sort,
    ...Object.fromEntries(FACETS.map(({ key, param }) => [param, state.selected[key]])),
  };
}

/** The first page of this search (as after a change of query, filter or order). */
export function searchHref(state: SearchState): string {
  return hrefWith(SEARCH_PATH, baseParams(state));
}

/** The page after this one, remembering how to come back. */
export function nextPageHref(state: SearchState, endCursor: string): string {
  const back = state.after ? [...state.back, state.after] : state.back;
  return hrefWith(SEARCH_PATH, { ...baseParams(state), after: endCursor, back });
}

/** The page before this one, or undefined on the first page. */
export function previousPageHref(state: SearchState): string | undefined {
  if (!state.after) return undefined;
  return hrefWith(SEARCH_PATH, { ...baseParams(state), after: state.back.at(-1), back: state.back.slice(0, -1) });
}
