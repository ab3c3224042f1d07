import 'server-only';
import { cache } from 'react';
import { redirect } from 'next/navigation';
import { graphql } from '@/generated/graphql';
import type { ViewerQuery } from '@/generated/graphql/graphql';
import { needsSignIn, sessionGraphQL } from '@/lib/api';
import { ApiUnavailableError, GraphQLRequestError } from '@/lib/graphql';
import { currentPath, readCredentials, signInPath } from '@/lib/session';

const viewerQuery = graphql(`
  query Viewer {
    me {
      user {
        id
        displayName
        email
        isPlatformAdmin
      }
      memberships {
        role
        team {
          id
          slug
          name
        }
      }
    }
  }
`);

/** The signed-in user and their teams. */
export interface Viewer {
  readonly user: NonNullable<ViewerQuery['me']['user']>;
  readonly memberships: ViewerQuery['me']['memberships'];
}

/**
 * The user this browser is signed in as, or null (no cookie, an expired or revoked session).
 * Throws ApiUnavailableError when the API does not answer. Cached per request, so the header
 * and the page ask the API once.
 */
export const loadViewer = cache(async (): Promise<Viewer | null> => {
  if (!(await readCredentials()).sessionToken) return null;
  try {
    const { me } = await sessionGraphQL(viewerQuery);
    return me.user ? { user: me.user, memberships: me.memberships } : null;
  } catch (error) {
    if (needsSignIn(error)) return null;
    throw error;
  }
});

/** For the header: a failing API shows the sign-in link instead of failing every page. */
export async function loadViewerForHeader(): Promise<Viewer | null> {
  try {
    return await loadViewer();
  } catch (error) {
    if (error instanceof ApiUnavailableError || error instanceof GraphQLRequestError) return null;
    throw error;
  }
}

/** The signed-in user, or a redirect to sign-in that comes back to this page. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await loadViewer();
  if (!viewer) redirect(signInPath(await currentPath()));
  return viewer;
}

/** The viewer's role in a team, if a member. */
export function roleIn(viewer: Viewer | null, teamId: string): 'OWNER' | 'MEMBER' | undefined {
  return viewer?.memberships.find((membership) => membership.team.id === teamId)?.role;
}

/** Owners of the team and platform admins manage its members and tokens (the API decides; this only shapes the page). */
export function canManageTeam(viewer: Viewer | null, teamId: string): boolean {
  return viewer?.user.isPlatformAdmin === true || roleIn(viewer, teamId) === 'OWNER';
}
