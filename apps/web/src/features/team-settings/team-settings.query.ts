import 'server-only';
import { graphql } from '@/generated/graphql';
import type { TeamAdministrationQuery, TeamSettingsQuery } from '@/generated/graphql/graphql';
import { requestGraphQL } from '@/lib/api';
import { GraphQLRequestError } from '@/lib/graphql';

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

const teamAdministrationQuery = graphql(`
  query TeamAdministration($teamId: ID!) {
    team(id: $teamId) {
      apiTokens {
        id
        name
        prefix
        scopes
        teamRole
        createdAt
        expiresAt
        lastUsedAt
        revokedAt
      }
      notificationChannels {
        ...NotificationChannelFields
      }
      principals {
        id
        kind
        name
        updatedAt
        connection {
          id
          kind
          name
        }
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

export type TeamAdministration = TeamAdministrationQuery['team'];

/**
 * What only the team's owners (and platform admins) manage: its API tokens (newest first,
 * revoked ones included), notification channels with their latest deliveries, and the
 * identities it reads with (Kafka principals, Postgres roles).
 */
export async function loadTeamAdministration(teamId: string): Promise<TeamAdministration> {
  return (await requestGraphQL(teamAdministrationQuery, { teamId })).team;
}
