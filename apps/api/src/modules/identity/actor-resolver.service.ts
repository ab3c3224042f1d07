import { Injectable } from '@nestjs/common';
import type { TeamRole } from '@tessera/contracts';
import { ANONYMOUS, type Actor } from './actor';
import { identityError } from './identity.errors';
import { IdentityRepository } from './identity.repository';
import { scopeFromPrisma } from './scopes';
import { API_TOKEN_PREFIX, hashToken } from './secrets';

export const SESSION_COOKIE = 'tessera_session';

/** The session cookie of a request, parsed by @fastify/cookie (registered in bootstrap.ts). */
export function sessionTokenOf(request: object): string | null {
  return (request as { cookies?: Record<string, string | undefined> }).cookies?.[SESSION_COOKIE] ?? null;
}

export interface Credentials {
  readonly authorization?: string;
  readonly sessionToken?: string;
}

function rolesOf(memberships: readonly { teamId: string; role: TeamRole }[]): Map<string, TeamRole> {
  return new Map(memberships.map((membership) => [membership.teamId, membership.role]));
}

/** Turns a bearer token or a session cookie into an Actor, or refuses it. */
@Injectable()
export class ActorResolverService {
  constructor(private readonly identity: IdentityRepository) {}

  async resolve(credentials: Credentials, now = new Date()): Promise<Actor> {
    const bearer = /^Bearer\s+(\S+)$/i.exec(credentials.authorization ?? '')?.[1];
    if (credentials.authorization !== undefined && !bearer)
      throw identityError('INVALID_TOKEN', 'The Authorization header must be "Bearer <token>"');
    if (bearer) return this.fromApiToken(bearer, now);
    if (credentials.sessionToken) return this.fromSession(credentials.sessionToken, now);
    return ANONYMOUS;
  }

  private async fromApiToken(token: string, now: Date): Promise<Actor> {
    if (!token.startsWith(API_TOKEN_PREFIX)) throw identityError('INVALID_TOKEN');
    const row = await this.identity.findLiveApiTokenByHash(hashToken(token), now);
    if (!row) throw identityError('INVALID_TOKEN');
    await this.identity.touchApiToken(row.id, now);
    const scopes = new Set(row.scopes.map(scopeFromPrisma));
    if (row.user) {
      return {
        type: 'token',
        userId: row.user.id,
        tokenId: row.id,
        sessionId: null,
        isPlatformAdmin: row.user.isPlatformAdmin,
        teamRoles: rolesOf(row.user.memberships),
        scopes,
      };
    }
    // A team token acts for its team alone, with the role it was given.
    return {
      type: 'token',
      userId: null,
      tokenId: row.id,
      sessionId: null,
      isPlatformAdmin: false,
      teamRoles: new Map([[row.teamId ?? '', row.teamRole ?? 'MEMBER']]),
      scopes,
    };
  }

  private async fromSession(token: string, now: Date): Promise<Actor> {
    const session = await this.identity.findLiveSessionByTokenHash(hashToken(token), now);
    if (!session) throw identityError('SESSION_EXPIRED');
    await this.identity.touchSession(session.id, now);
    return {
      type: 'user',
      userId: session.user.id,
      tokenId: null,
      sessionId: session.id,
      isPlatformAdmin: session.user.isPlatformAdmin,
      teamRoles: rolesOf(session.user.memberships),
      scopes: null,
    };
  }

  /** The CSRF token of a live session, to compare with the X-CSRF-Token header. */
  async csrfTokenOf(sessionToken: string, now = new Date()): Promise<string | null> {
    const session = await this.identity.findLiveSessionByTokenHash(hashToken(sessionToken), now);
    return session?.csrfToken ?? null;
  }
}
