import 'server-only';
import { cache } from 'react';
import { graphql } from '@/generated/graphql';
import type { DomainPageQuery, TeamPageQuery } from '@/generated/graphql/graphql';
import { requestGraphQL } from '@/lib/api';
import { GraphQLRequestError } from '@/lib/graphql';
import { pageArguments } from './product-paging';

const domainPageQuery = graphql(`
  query DomainPage($slug: String!, $first: Int, $after: String, $last: Int, $before: String) {
    domain(slug: $slug) {
      id
      slug
      name
      description
      team {
        slug
        name
      }
      products(first: $first, after: $after, last: $last, before: $before) {
        totalCount
        nodes {
          ...ProductCardFields
        }
        pageInfo {
          ...PageInfoFields
        }
      }
    }
  }

  fragment PageInfoFields on PageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
`);

const teamPageQuery = graphql(`
  query TeamPage($slug: String!, $first: Int, $after: String, $last: Int, $before: String) {
    team(slug: $slug) {
      id
      slug
      name
      description
      domains {
        slug
        name
      }
      members {
        role
        user {
          id
          displayName
        }
      }
      products(first: $first, after: $after, last: $last, before: $before) {
        totalCount
        nodes {
          ...ProductCardFields
        }
        pageInfo {
          ...PageInfoFields
        }
      }
    }
  }
`);

export type DomainPage = DomainPageQuery['domain'];
export type TeamPage = TeamPageQuery['team'];

/** Missing things answer NOT_FOUND; the page shows its not-found state for them. */
async function orNull<T>(load: () => Promise<T>): Promise<T | null> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof GraphQLRequestError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

/**
 * A domain with one page of the products the viewer can see. Cached per request by its
 * arguments (strings), so the page's metadata and body share one API call.
 */
export const loadDomainPage = cache(async (slug: string, after?: string, before?: string): Promise<DomainPage | null> =>
  orNull(async () => (await requestGraphQL(domainPageQuery, { slug, ...pageArguments({ after, before }) })).domain),
);

/** A team, its members and domains, with one page of the products the viewer can see. */
export const loadTeamPage = cache(async (slug: string, after?: string, before?: string): Promise<TeamPage | null> =>
  orNull(async () => (await requestGraphQL(teamPageQuery, { slug, ...pageArguments({ after, before }) })).team),
);
