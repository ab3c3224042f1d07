import 'server-only';
import { graphql } from '@/generated/graphql';
import { requestGraphQL } from '@/lib/api';
import type { SessionRow } from './session-table';

const mySessionsQuery = graphql(`
  query MySessions {
    mySessions {
      id
      current
      createdAt
      lastSeenAt
      expiresAt
      ipAddress
      userAgent
    }
  }
`);

/** The signed-in user's browsers that are still signed in, most recently used first. */
export async function loadMySessions(): Promise<readonly SessionRow[]> {
  return (await requestGraphQL(mySessionsQuery)).mySessions;
}
