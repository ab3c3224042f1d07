import 'server-only';
import { graphql } from '@/generated/graphql';
import { requestGraphQL } from '@/lib/api';
import type { TokenRow } from './token-table';

const myTokensQuery = graphql(`
  query MyApiTokens {
    myApiTokens {
      id
      name
      prefix
      scopes
      createdAt
      expiresAt
      lastUsedAt
      revokedAt
    }
  }
`);

/** The signed-in user's own tokens, newest first. */
export async function loadMyTokens(): Promise<readonly TokenRow[]> {
  return (await requestGraphQL(myTokensQuery)).myApiTokens;
}
