import { Injectable } from '@nestjs/common';
import { validateInput } from '../../infra/graphql/validate-input';
import { AuditService } from '../audit/audit.service';
import { AuthorizationService } from '../authorization/authorization.service';
import type { RequestContext } from '../identity/actor';
import { organisationError } from './organisation.errors';
import { createTeamSchema, membershipSchema, removeMemberSchema, updateTeamSchema } from './organisation.inputs';
import { isNoOp, isUniqueViolation, OrganisationRepository } from './organisation.repository';

/** Teams and their memberships. */
@Injectable()
export class TeamsService {
  constructor(
    private readonly repository: OrganisationRepository,
    private readonly authorization: AuthorizationService,
    private readonly audit: AuditService,
  ) {}

  async create(request: RequestContext, input: unknown) {
    this.authorization.assert(request.actor, 'team.create');
    const data = validateInput(createTeamSchema, input);
    try {
      return await this.repository.transaction(async (tx) => {
        const team = await this.repository.createTeam(tx, { ...data, owners: [...new Set(data.ownerUserIds)] });
        await this.audit.record(tx, request, {
          action: 'team.create',
          entityType: 'team',
          entityId: team.id,
          teamId: team.id,
          before: null,
          after: { ...team, owners: data.ownerUserIds },
        });
        return team;
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw organisationError('TEAM_SLUG_TAKEN', undefined, [{ path: 'slug', message: 'taken' }]);
      throw error;
    }
  }

  async update(request: RequestContext, input: unknown) {
    const data = validateInput(updateTeamSchema, input);
    this.authorization.assert(request.actor, 'team.update', { teamId: data.id });
    const before = await this.repository.findTeam({ id: data.id });
    if (!before) throw organisationError('TEAM_NOT_FOUND');
    const { id, ...changes } = data;
    if (isNoOp(before, changes)) return before;
    return this.repository.transaction(async (tx) => {
      const team = await this.repository.updateTeam(tx, id, changes);
      await this.audit.record(tx, request, {
        action: 'team.update',
        entityType: 'team',
        entityId: id,
        teamId: id,
        before,
        after: team,
      });
      return team;
    });
  }

  async addMember(request: RequestContext, input: unknown) {
    const data = validateInput(membershipSchema, input);
    this.authorization.assert(request.actor, 'team.manageMembers', { teamId: data.teamId });
    await this.requireTeamAndUser(data.teamId, data.userId);
    return this.repository.transaction(async (tx) => {
      if (await this.repository.findMembership(tx, data.teamId, data.userId)) throw organisationError('ALREADY_MEMBER');
      const membership = await this.repository.addMembership(tx, data.teamId, data.userId, data.role);
      await this.audit.record(tx, request, {
        action: 'team.member_add',
        entityType: 'team',
        entityId: data.teamId,
        teamId: data.teamId,
        before: null,
        after: membership,
      });
      return membership;
    });
  }

  async changeRole(request: RequestContext, input: unknown) {
    const data = validateInput(membershipSchema.required({ role: true }), input);
    this.authorization.assert(request.actor, 'team.manageMembers', { teamId: data.teamId });
    return this.repository.transaction(async (tx) => {
      const before = await this.requireMembership(tx, data.teamId, data.userId);
      if (before.role === data.role) return before;
      if (before.role === 'OWNER') await this.assertNotLastOwner(tx, data.teamId);
      const after = await this.repository.changeRole(tx, data.teamId, data.userId, data.role);
      await this.audit.record(tx, request, {
        action: 'team.member_role_change',
        entityType: 'team',
        entityId: data.teamId,
        teamId: data.teamId,
        before,
        after,
      });
      return after;
    });
  }

  async removeMember(request: RequestContext, input: unknown) {
    const data = validateInput(removeMemberSchema, input);
    this.authorization.assert(request.actor, 'team.manageMembers', { teamId: data.teamId });
    return this.repository.transaction(async (tx) => {
      const before = await this.requireMembership(tx, data.teamId, data.userId);
      if (before.role === 'OWNER') await this.assertNotLastOwner(tx, data.teamId);
      await this.repository.removeMembership(tx, data.teamId, data.userId);
      await this.audit.record(tx, request, {
        action: 'team.member_remove',
        entityType: 'team',
        entityId: data.teamId,
        teamId: data.teamId,
        before,
        after: null,
      });
      return before;
    });
  }

  private async requireTeamAndUser(teamId: string, userId: string): Promise<void> {
    const [team, user] = await Promise.all([
      this.repository.findTeam({ id: teamId }),
      this.repository.findUser(userId),
    ]);
    if (!team) throw organisationError('TEAM_NOT_FOUND');
    if (!user) throw organisationError('USER_NOT_FOUND', undefined, [{ path: 'userId', message: 'no such user' }]);
  }

  private async requireMembership(
    tx: Parameters<OrganisationRepository['findMembership']>[0],
    teamId: string,
    userId: string,
  ) {
    const membership = await this.repository.findMembership(tx, teamId, userId);
    if (!membership) throw organisationError('NOT_A_MEMBER');
    return membership;
  }

  private async assertNotLastOwner(
    tx: Parameters<OrganisationRepository['findMembership']>[0],
    teamId: string,
  ): Promise<void> {
    if ((await this.repository.countOwnersForUpdate(tx, teamId)) <= 1) throw organisationError('LAST_OWNER');
  }
}
