import { Injectable } from '@nestjs/common';
import type { LoaderRegistry } from '../../infra/graphql/loader-registry';
import { buildConnection, toPageRequest, type ConnectionArgs } from '../../infra/graphql/pagination';
import { AuthorizationService } from '../authorization/authorization.service';
import type { RequestContext } from '../identity/actor';
import { organisationError } from './organisation.errors';
import { OrganisationRepository } from './organisation.repository';

type Lookup = { id?: string | null; slug?: string | null };

function lookupOf(args: Lookup): { id: string } | { slug: string } {
  if (args.id) return { id: args.id };
  if (args.slug) return { slug: args.slug };
  throw organisationError('TEAM_NOT_FOUND', 'Give an id or a slug');
}

/** Reads of teams, domains, users and the audit log, with their request-scoped loaders. */
@Injectable()
export class DirectoryService {
  constructor(
    private readonly repository: OrganisationRepository,
    private readonly authorization: AuthorizationService,
  ) {}

  async teams(request: RequestContext, args: ConnectionArgs) {
    this.authorization.assert(request.actor, 'catalog.read');
    const page = toPageRequest(args);
    return buildConnection(await this.repository.pageTeams(page), page, {
      cursorOf: (team) => [team.slug],
      countTotal: () => this.repository.countTeams(),
    });
  }

  async team(request: RequestContext, args: Lookup) {
    this.authorization.assert(request.actor, 'catalog.read');
    const team = await this.repository.findTeam(lookupOf(args));
    if (!team) throw organisationError('TEAM_NOT_FOUND');
    return team;
  }

  async domains(request: RequestContext, args: ConnectionArgs) {
    this.authorization.assert(request.actor, 'catalog.read');
    const page = toPageRequest(args);
    return buildConnection(await this.repository.pageDomains(page), page, {
      cursorOf: (domain) => [domain.slug],
      countTotal: () => this.repository.countDomains(),
    });
  }

  async domain(request: RequestContext, args: Lookup) {
    this.authorization.assert(request.actor, 'catalog.read');
    const domain = args.id || args.slug ? await this.repository.findDomain(lookupOf(args)) : null;
    if (!domain) throw organisationError('DOMAIN_NOT_FOUND');
    return domain;
  }

  async users(request: RequestContext, args: ConnectionArgs) {
    this.authorization.assert(request.actor, 'user.list');
    const page = toPageRequest(args);
    return buildConnection(await this.repository.pageUsers(page), page, {
      cursorOf: (user) => [user.email],
      countTotal: () => this.repository.countUsers(),
    });
  }

  /** Everything for admins; a team's own history for its members. */
  async auditEvents(
    request: RequestContext,
    filter: { teamId?: string | null; entityType?: string | null; entityId?: string | null },
    args: ConnectionArgs,
  ) {
    if (filter.teamId) this.authorization.assert(request.actor, 'audit.readTeam', { teamId: filter.teamId });
    else this.authorization.assert(request.actor, 'audit.readAll');
    const where = {
      teamId: filter.teamId ?? undefined,
      entityType: filter.entityType ?? undefined,
      entityId: filter.entityId ?? undefined,
    };
    const page = toPageRequest(args);
    const rows = await this.repository.pageAuditEvents(where, page);
    return buildConnection(rows, page, {
      cursorOf: (event) => [event.id.toString()],
      countTotal: () => this.repository.countAuditEvents(where),
      toNode: (event) => ({ ...event, id: event.id.toString() }),
    });
  }

  // Loaders: one query per request for each relation, whatever the list size.
  teamById(loaders: LoaderRegistry) {
    return loaders.get<string, Awaited<ReturnType<OrganisationRepository['findTeam']>>>(
      'organisation.teamById',
      async (ids) => {
        const teams = new Map((await this.repository.findTeamsByIds(ids)).map((team) => [team.id, team]));
        return ids.map((id) => teams.get(id) ?? null);
      },
    );
  }

  membersOfTeam(loaders: LoaderRegistry) {
    return loaders.get<string, Awaited<ReturnType<OrganisationRepository['findMembersOfTeams']>>>(
      'organisation.membersOfTeam',
      async (ids) => {
        const members = await this.repository.findMembersOfTeams(ids);
        return ids.map((id) => members.filter((member) => member.teamId === id));
      },
    );
  }

  domainsOfTeam(loaders: LoaderRegistry) {
    return loaders.get<string, Awaited<ReturnType<OrganisationRepository['findDomainsOfTeams']>>>(
      'organisation.domainsOfTeam',
      async (ids) => {
        const domains = await this.repository.findDomainsOfTeams(ids);
        return ids.map((id) => domains.filter((domain) => domain.teamId === id));
      },
    );
  }
}
