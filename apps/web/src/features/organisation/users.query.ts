import 'server-only';
import { graphql } from '@/generated/graphql';
import type { DirectoryUsersQuery } from '@/generated/graphql/graphql';
import { requestGraphQL } from '@/lib/api';

const usersQuery = graphql(`
  query DirectoryUsers($first: Int!, $after: String) {
    users(first: $first, after: $after) {
      totalCount
      nodes {
        id
        email
        displayName
        isPlatformAdmin
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export type DirectoryUser = DirectoryUsersQuery['users']['nodes'][number];
export type DirectoryPage = DirectoryUsersQuery['users'];

/** The largest page the API serves. */
const PAGE = 100;

/** One page of users, by email. */
export async function loadUsers(after?: string, first = PAGE): Promise<DirectoryPage> {
  return (await requestGraphQL(usersQuery, { first, after: after ?? null })).users;
}

/**
 * The user with this sign-in address, or null. The API lists users by email, so the walk
 * stops at the first page that reaches past the address.
 */
export async function findUserByEmail(email: string): Promise<DirectoryUser | null> {
  const wanted = email.toLowerCase();
  let after: string | undefined;
  for (;;) {
    const page = await loadUsers(after);
    const found = page.nodes.find((user) => user.email.toLowerCase() === wanted);
    if (found) return found;
    const last = page.nodes.at(-1);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor || (last && last.email.toLowerCase() > wanted))
      return null;
    after = page.pageInfo.endCursor;
  }
}
