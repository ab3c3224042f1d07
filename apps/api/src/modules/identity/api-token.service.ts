import { Injectable } from '@nestjs/common';
import type { ApiTokenScope, TeamRole } from '@tessera/contracts';
import { AuditService } from '../audit/audit.service';
import { AuthorizationService } from '../authorization/authorization.service';
import { actsAsAdmin } from '../authorization/policy';
import type { RequestContext } from './actor';
import { identityError } from './identity.errors';
import { IdentityRepository } from './identity.repository';
import { scopeToPrisma } from './scopes';
import { hashToken, newApiToken } from './secrets';

export interface CreateApiTokenRequest {
  readonly name: string;
  readonly scopes: readonly ApiTokenScope[];
  /** A team token for CI pipelines; otherwise the token acts as the signed-in user. */
  readonly teamId?: string | null;
  readonly teamRole?: TeamRole | null;
  readonly expiresAt?: Date | null;
}

const ROLE_RANK: Record<TeamRole, number> = { MEMBER: 1, OWNER: 2 };

@Injectable()
export class ApiTokenService {
  constructor(
    private readonly identity: IdentityRepository,
    private readonly authorization: AuthorizationService,
    private readonly audit: AuditService,
  ) {}

  /** Returns the token once; only its hash is kept. */
  async create(request: RequestContext, input: CreateApiTokenRequest) {
    const { actor } = request;
    const teamId = input.teamId ?? null;
    if (teamId) this.authorization.assert(actor, 'token.createForTeam', { teamId });
    else this.authorization.assert(actor, 'token.createForSelf');

    const invalid = (path: string, message: string) =>
      identityError('INVALID_TOKEN_REQUEST', `Invalid token request: ${path} ${message}`, [{ path, message }]);
    if (input.name.trim().length === 0 || input.name.length > 100) throw invalid('name', 'must be 1 to 100 characters');
    if (input.scopes.length === 0) throw invalid('scopes', 'must name at least one scope');
    if (input.scopes.includes('admin') && (teamId || !actor.isPlatformAdmin))
      throw invalid('scopes', 'admin is only for platform admins’ own tokens');
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) throw invalid('expiresAt', 'must be in the future');
    let teamRole: TeamRole | null = null;
    if (teamId) {
      if (!(await this.identity.teamExists(teamId))) throw identityError('TEAM_NOT_FOUND');
      teamRole = input.teamRole ?? 'MEMBER';
      const creatorRole = actor.teamRoles.get(teamId);
      // A token never acts with more than its creator has in the team.
      if (!actsAsAdmin(actor) && (!creatorRole || ROLE_RANK[teamRole] > ROLE_RANK[creatorRole]))
        throw invalid('teamRole', 'cannot exceed your own role in the team');
    }

    const { token, prefix } = newApiToken();
    const row = await this.identity.transaction(async (tx) => {
      const created = await this.identity.createApiToken(tx, {
        name: input.name.trim(),
        prefix,
        tokenHash: hashToken(token),
        scopes: [...new Set(input.scopes)].map(scopeToPrisma),
        userId: teamId ? null : actor.userId,
        teamId,
        teamRole,
        createdById: actor.userId,
        expiresAt: input.expiresAt ?? null,
      });
      const { tokenHash: _hidden, ...visible } = created;
      await this.audit.record(tx, request, {
        action: 'api_token.create',
        entityType: 'api_token',
        entityId: created.id,
        teamId,
        before: null,
        after: visible,
      });
      return created;
    });
    return { token, apiToken: row };
  }

  async revoke(request: RequestContext, id: string) {
    const row = await this.identity.findApiTokenById(id);
    if (!row) throw identityError('API_TOKEN_NOT_FOUND');
    if (row.teamId) this.authorization.assert(request.actor, 'token.createForTeam', { teamId: row.teamId });
    else {
      this.authorization.assert(request.actor, 'token.manageOwn');
      // Another user's token: answer as if it did not exist.
      if (row.userId !== request.actor.userId && !actsAsAdmin(request.actor))
        throw identityError('API_TOKEN_NOT_FOUND');
    }
    if (row.revokedAt) return row;
    const now = new Date();
    return this.identity.transaction(async (tx) => {
      const revoked = await this.identity.revokeApiToken(tx, id, now);
      await this.audit.record(tx, request, {
        action: 'api_token.revoke',
        entityType: 'api_token',
        entityId: id,
        teamId: row.teamId,
        before: { revokedAt: null },
        after: { revokedAt: now },
      });
      return revoked;
    });
  }

  async listOwn(request: RequestContext) {
    this.authorization.assert(request.actor, 'token.manageOwn');
    return this.identity.listApiTokens({ userId: request.actor.userId ?? '' });
  }

  async listForTeam(request: RequestContext, teamId: string) {
    this.authorization.assert(request.actor, 'token.createForTeam', { teamId });
    return this.identity.listApiTokens({ teamId });
  }
}
