import type { ApiTokenScope, TeamRole } from '@tessera/contracts';

/**
 * Who is asking: a signed-in user (session), an API token (a user's or a team's), or nobody.
 * Built once per request; every access decision takes it.
 */
export interface Actor {
  readonly type: 'anonymous' | 'user' | 'token';
  readonly userId: string | null;
  readonly tokenId: string | null;
  readonly sessionId: string | null;
  readonly isPlatformAdmin: boolean;
  /** The teams the actor acts for, with its role in each. */
  readonly teamRoles: ReadonlyMap<string, TeamRole>;
  /** A token's scopes; null for a browser session, which carries all of its user's rights. */
  readonly scopes: ReadonlySet<ApiTokenScope> | null;
}

export const ANONYMOUS: Actor = {
  type: 'anonymous',
  userId: null,
  tokenId: null,
  sessionId: null,
  isPlatformAdmin: false,
  teamRoles: new Map(),
  scopes: null,
};

/** What a mutation needs besides its input: who, and which request (for the audit log). */
export interface RequestContext {
  readonly actor: Actor;
  readonly requestId: string;
}

export function teamIdsOf(actor: Actor): string[] {
  return [...actor.teamRoles.keys()];
}
