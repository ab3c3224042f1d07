import 'server-only';
import { graphql } from '@/generated/graphql';
import type { SearchProductsQuery } from '@/generated/graphql/graphql';
import { requestGraphQL } from '@/lib/api';
import { SEARCH_PAGE_SIZE, searchFilter, type SearchState } from './search-url';

const searchQuery = graphql(`
  query SearchProducts($query: String, $filter: SearchFilterInput, $sort: SearchSort, $first: Int, $after: String) {
    searchDataProducts(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        highlights {
          field
          snippet
        }
        node {
          ...ProductCardFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      facets {
        domains {
          ...FacetBucketFields
        }
        teams {
          ...FacetBucketFields
        }
        tags {
          ...FacetBucketFields
        }
        classifications {
          ...FacetBucketFields
        }
        statuses {
          ...FacetBucketFields
        }
        portKinds {
          ...FacetBucketFields
        }
      }
    }
  }

  fragment FacetBucketFields on SearchFacetBucket {
    value
    label
    count
  }
`);

export type SearchResult = SearchProductsQuery['searchDataProducts'];

/** One page of results for the search the URL describes, with totals and facet counts. */
export async function runSearch(state: SearchState): Promise<SearchResult> {
  const { searchDataProducts } = await requestGraphQL(searchQuery, {
    query: state.query || null,
    filter: searchFilter(state),
    sort: state.sort,
    first: SEARCH_PAGE_SIZE,
    after: state.after ?? null,
  });
  return searchDataProducts;
}
