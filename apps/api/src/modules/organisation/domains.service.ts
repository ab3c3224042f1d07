import { Injectable } from '@nestjs/common';
import { validateInput } from '../../infra/graphql/validate-input';
import { AuditService } from '../audit/audit.service';
import { AuthorizationService } from '../authorization/authorization.service';
import { hashPassword } from '../identity/secrets';
import type { RequestContext } from '../identity/actor';
import { organisationError } from './organisation.errors';
import { createDomainSchema, createUserSchema, updateDomainSchema } from './organisation.inputs';
import { isNoOp, isUniqueViolation, OrganisationRepository } from './organisation.repository';

/** Domains and local users: platform administration. */
@Injectable()
export class DomainsService {
  constructor(
    private readonly repository: OrganisationRepository,
    private readonly authorization: AuthorizationService,
    private readonly audit: AuditService,
  ) {}

  async createDomain(request: RequestContext, input: unknown) {
    this.authorization.assert(request.actor, 'domain.create');
    const data = validateInput(createDomainSchema, input);
    if (!(await this.repository.findTeam({ id: data.teamId })))
      throw organisationError('TEAM_NOT_FOUND', undefined, [{ path: 'teamId', message: 'no such team' }]);
    try {
      return await this.repository.transaction(async (tx) => {
        const domain = await this.repository.createDomain(tx, data);
        await this.audit.record(tx, request, {
          action: 'domain.create',
          entityType: 'domain',
          entityId: domain.id,
          teamId: domain.teamId,
          before: null,
          after: domain,
        });
        return domain;
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw organisationError('DOMAIN_SLUG_TAKEN', undefined, [{ path: 'slug', message: 'taken' }]);
      throw error;
    }
  }

  async updateDomain(request: RequestContext, input: unknown) {
    this.authorization.assert(request.actor, 'domain.update');
    const data = validateInput(updateDomainSchema, input);
    const before = await this.repository.findDomain({ id: data.id });
    if (!before) throw organisationError('DOMAIN_NOT_FOUND');
    if (data.teamId && !(await this.repository.findTeam({ id: data.teamId })))
      throw organisationError('TEAM_NOT_FOUND', undefined, [{ path: 'teamId', message: 'no such team' }]);
    const { id, ...changes } = data;
    if (isNoOp(before, changes)) return before;
    return this.repository.transaction(async (tx) => {
      const domain = await this.repository.updateDomain(tx, id, changes);
      await this.audit.record(tx, request, {
        action: 'domain.update',
        entityType: 'domain',
        entityId: id,
        teamId: domain.teamId,
        before,
        after: domain,
      });
      return domain;
    });
  }

  async createUser(request: RequestContext, input: unknown) {
    this.authorization.assert(request.actor, 'user.create');
    const data = validateInput(createUserSchema, input);
    const passwordHash = data.password ? await hashPassword(data.password) : null;
    try {
      return await this.repository.transaction(async (tx) => {
        const user = await this.repository.createUser(tx, {
          email: data.email,
          displayName: data.displayName,
          passwordHash,
          isPlatformAdmin: data.isPlatformAdmin,
        });
        await this.audit.record(tx, request, {
          action: 'user.create',
          entityType: 'user',
          entityId: user.id,
          teamId: null,
          before: null,
          after: user,
        });
        return user;
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw organisationError('EMAIL_TAKEN', undefined, [{ path: 'email', message: 'taken' }]);
      throw error;
    }
  }
}
