import 'server-only';
import { z } from 'zod';
import { graphql } from '@/generated/graphql';
import type { TeamSettingsQuery } from '@/generated/graphql/graphql';
import { requestGraphQL } from '@/lib/api';
import { GraphQLRequestError } from '@/lib/graphql';
import type { TokenRow } from '../tokens/token-table';

const teamSettingsQuery = graphql(`
  query TeamSettings($slug: String!) {
    team(slug: $slug) {
      id
      slug
      name
      members {
        role
        createdAt
        user {
          id
          displayName
          email
        }
      }
    }
    users(first: 100) {
      nodes {
        id
        email
        displayName
      }
    }
  }
`);

const teamTokenHistoryQuery = graphql(`
  query TeamTokenHistory($teamId: ID!) {
    auditEvents(filter: { teamId: $teamId, entityType: "api_token" }, first: 100) {
      nodes {
        action
        entityId
        occurredAt
        after
      }
    }
  }
`);

export type TeamSettings = TeamSettingsQuery;

/** The team with its members, and users to suggest when adding one; null when there is no such team. */
export async function loadTeamSettings(slug: string): Promise<TeamSettings | null> {
  try {
    return await requestGraphQL(teamSettingsQuery, { slug });
  } catch (error) {
    if (error instanceof GraphQLRequestError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

/** What `api_token.create` records as `after`: the token row without its hash. */
const createdToken = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(z.string()),
  teamRole: z.string().nullish(),
  createdAt: z.string().nullish(),
  expiresAt: z.string().nullish(),
});

/**
 * The team's API tokens, read from its own audit log (creations, minus revocations): the API
 * has no `Team.apiTokens` field yet, and a team's members may read its audit history. The
 * newest 100 token events are considered; `lastUsedAt` is not recorded there.
 */
export async function loadTeamTokens(teamId: string): Promise<TokenRow[]> {
  const { auditEvents } = await requestGraphQL(teamTokenHistoryQuery, { teamId });
  const revokedAt = new Map(
    auditEvents.nodes
      .filter((event) => event.action === 'api_token.revoke')
      .map((event) => [event.entityId, event.occurredAt]),
  );
  return auditEvents.nodes.flatMap((event) => {
    if (event.action !== 'api_token.create') return [];
    const token = createdToken.safeParse(event.after);
    if (!token.success) return [];
    return [
      {
        ...token.data,
        createdAt: token.data.createdAt ?? event.occurredAt,
        revokedAt: revokedAt.get(token.data.id) ?? null,
      },
    ];
  });
}
