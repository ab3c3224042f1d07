import 'server-only';
import { graphql } from '@/generated/graphql';
import type { AdminOverviewQuery } from '@/generated/graphql/graphql';
import { requestGraphQL } from '@/lib/api';

const adminOverviewQuery = graphql(`
  query AdminOverview($usersFirst: Int, $usersAfter: String, $usersLast: Int, $usersBefore: String) {
    users(first: $usersFirst, after: $usersAfter, last: $usersLast, before: $usersBefore) {
      totalCount
      nodes {
        id
        email
        displayName
        isPlatformAdmin
      }
      pageInfo {
        ...PageInfoFields
      }
    }
    teams(first: 100) {
      totalCount
      nodes {
        id
        slug
        name
        members {
          role
        }
      }
    }
    domains(first: 100) {
      totalCount
      nodes {
        id
        slug
        name
        team {
          slug
          name
        }
      }
    }
  }
`);

export type AdminOverview = AdminOverviewQuery;

export const ADMIN_USERS_PAGE = 25;

/** Users (one page), teams and domains (the first 100 of each), for platform admins. */
export async function loadAdminOverview(page: { after?: string; before?: string }): Promise<AdminOverview> {
  return requestGraphQL(
    adminOverviewQuery,
    page.before
      ? { usersLast: ADMIN_USERS_PAGE, usersBefore: page.before, usersFirst: null, usersAfter: null }
      : { usersFirst: ADMIN_USERS_PAGE, usersAfter: page.after ?? null, usersLast: null, usersBefore: null },
  );
}
