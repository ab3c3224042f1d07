import type { TestApi } from '../support/api-client';

/** The search query and helpers the search suites share. */
export const SEARCH = `
  query Search($query: String, $filter: SearchFilterInput, $sort: SearchSort, $first: Int, $after: String) {
    searchDataProducts(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      edges { cursor score highlights { field snippet } node { id slug name status } }
      pageInfo { hasNextPage hasPreviousPage endCursor }
      facets {
        domains { value label count }
        teams { value label count }
        tags { value label count }
        classifications { value label count }
        statuses { value label count }
        portKinds { value label count }
      }
    }
  }`;

export interface Bucket {
  value: string;
  label: string;
  count: number;
}

export type FacetName = 'domains' | 'teams' | 'tags' | 'classifications' | 'statuses' | 'portKinds';

export interface SearchResult {
  totalCount: number;
  edges: {
    cursor: string;
    score: number | null;
    highlights: { field: string; snippet: string }[];
    node: { id: string; slug: string; name: string; status: string };
  }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  facets: Record<FacetName, Bucket[]>;
}

export interface SearchVariables {
  query?: string | null;
  filter?: Record<string, string[]>;
  sort?: 'RELEVANCE' | 'NAME' | 'UPDATED_AT' | 'POPULARITY';
  first?: number;
  after?: string | null;
}

/** Facet names map to filter fields: domains -> domainIds, teams -> teamIds, the rest by name. */
export const FILTER_FIELD: Record<FacetName, string> = {
  domains: 'domainIds',
  teams: 'teamIds',
  tags: 'tags',
  classifications: 'classifications',
  statuses: 'statuses',
  portKinds: 'portKinds',
};

export class SearchClient {
  constructor(
    private readonly api: TestApi,
    private readonly token: string,
  ) {}

  async raw(variables: SearchVariables) {
    return this.api.as(this.token).graphql<{ searchDataProducts: SearchResult }>(SEARCH, { ...variables });
  }

  async search(variables: SearchVariables): Promise<SearchResult> {
    const response = await this.raw(variables);
    if (response.body.errors) throw new Error(JSON.stringify(response.body.errors));
    const result = response.body.data?.searchDataProducts;
    if (!result) throw new Error('no search result');
    return result;
  }

  /** Every result of a search, following cursors page by page. */
  async all(variables: SearchVariables, pageSize = 100): Promise<SearchResult['edges']> {
    const edges: SearchResult['edges'] = [];
    let after: string | null = null;
    for (;;) {
      const page = await this.search({ ...variables, first: pageSize, after });
      edges.push(...page.edges);
      if (!page.pageInfo.hasNextPage) return edges;
      after = page.pageInfo.endCursor;
    }
  }

  async slugs(variables: SearchVariables): Promise<string[]> {
    return (await this.all(variables)).map((edge) => edge.node.slug).sort();
  }
}
