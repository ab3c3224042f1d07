import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  InputType,
  Field,
  ArgsType,
} from '@nestjs/graphql';
import type { GraphqlContext } from '../../infra/graphql/loader-registry';
import { ConnectionArgs } from '../../infra/graphql/pagination';
import type { RequestContext } from '../identity/actor';
import { CurrentRequest, requestContextOf } from '../identity/request-context.decorator';
import { DirectoryService } from './directory.service';
import { DomainsService } from './domains.service';
import { organisationError } from './organisation.errors';
import {
  AddTeamMemberInput,
  ChangeTeamMemberRoleInput,
  CreateDomainInput,
  CreateTeamInput,
  CreateUserInput,
  RemoveTeamMemberInput,
  UpdateDomainInput,
  UpdateTeamInput,
} from './organisation.inputs';
import { Domain } from './models/domain.model';
import {
  AuditEventConnection,
  CreateDomainPayload,
  CreateTeamPayload,
  CreateUserPayload,
  DomainConnection,
  TeamConnection,
  TeamMembershipPayload,
  UpdateDomainPayload,
  UpdateTeamPayload,
  UserConnection,
} from './models/payloads.model';
import { Team, TeamMember } from './models/team.model';
import { TeamsService } from './teams.service';

@ArgsType()
class LookupArgs {
  @Field(() => ID, { nullable: true, description: 'By id.' }) id?: string | null;
  @Field(() => String, { nullable: true, description: 'Or by slug.' }) slug?: string | null;
}

@InputType({ description: 'Which audit events to list.' })
class AuditEventFilter {
  @Field(() => ID, {
    nullable: true,
    description: "One team's history (its members may read it); without it, everything (admins).",
  })
  teamId?: string | null;
  @Field(() => String, { nullable: true, description: 'Only this kind of entity.' }) entityType?: string | null;
  @Field(() => String, { nullable: true, description: 'Only this entity.' }) entityId?: string | null;
}

@Resolver(() => Team)
export class TeamResolver {
  constructor(
    private readonly directory: DirectoryService,
    private readonly teams: TeamsService,
  ) {}

  @Query(() => TeamConnection, { name: 'teams', description: 'Teams, by slug.' })
  teamList(@Args() args: ConnectionArgs, @CurrentRequest() request: RequestContext) {
    return this.directory.teams(request, args);
  }

  @Query(() => Team, { description: 'A team by id or slug.' })
  team(@Args() args: LookupArgs, @CurrentRequest() request: RequestContext) {
    return this.directory.team(request, args);
  }

  @ResolveField(() => [TeamMember], { description: 'The members, owners first.' })
  members(@Parent() team: Team, @Context() context: GraphqlContext) {
    return this.directory.membersOfTeam(context.loaders).load(team.id);
  }

  @ResolveField(() => [Domain], { description: 'The domains the team owns.' })
  domains(@Parent() team: Team, @Context() context: GraphqlContext) {
    return this.directory.domainsOfTeam(context.loaders).load(team.id);
  }

  @Mutation(() => CreateTeamPayload, { description: 'Creates a team (platform admins).' })
  async createTeam(@Args('input') input: CreateTeamInput, @CurrentRequest() request: RequestContext) {
    return { team: await this.teams.create(request, input) };
  }

  @Mutation(() => UpdateTeamPayload, { description: "Changes a team's name or description (its owners, admins)." })
  async updateTeam(@Args('input') input: UpdateTeamInput, @CurrentRequest() request: RequestContext) {
    return { team: await this.teams.update(request, input) };
  }

  @Mutation(() => TeamMembershipPayload, { description: 'Adds a member (team owners, admins).' })
  async addTeamMember(@Args('input') input: AddTeamMemberInput, @CurrentRequest() request: RequestContext) {
    await this.teams.addMember(request, input);
    return { team: await this.directory.team(request, { id: input.teamId }) };
  }

  @Mutation(() => TeamMembershipPayload, { description: "Changes a member's role; a team keeps at least one owner." })
  async changeTeamMemberRole(
    @Args('input') input: ChangeTeamMemberRoleInput,
    @CurrentRequest() request: RequestContext,
  ) {
    await this.teams.changeRole(request, input);
    return { team: await this.directory.team(request, { id: input.teamId }) };
  }

  @Mutation(() => TeamMembershipPayload, { description: 'Removes a member; a team keeps at least one owner.' })
  async removeTeamMember(@Args('input') input: RemoveTeamMemberInput, @CurrentRequest() request: RequestContext) {
    await this.teams.removeMember(request, input);
    return { team: await this.directory.team(request, { id: input.teamId }) };
  }
}

@Resolver(() => Domain)
export class DomainResolver {
  constructor(
    private readonly directory: DirectoryService,
    private readonly domains: DomainsService,
  ) {}

  @Query(() => DomainConnection, { name: 'domains', description: 'Business domains, by slug.' })
  domainList(@Args() args: ConnectionArgs, @CurrentRequest() request: RequestContext) {
    return this.directory.domains(request, args);
  }

  @Query(() => Domain, { description: 'A domain by id or slug.' })
  domain(@Args() args: LookupArgs, @CurrentRequest() request: RequestContext) {
    return this.directory.domain(request, args);
  }

  @ResolveField(() => Team, { description: 'The owning team.' })
  async team(@Parent() domain: Domain, @Context() context: GraphqlContext) {
    const team = await this.directory.teamById(context.loaders).load(domain.teamId);
    if (!team) throw organisationError('TEAM_NOT_FOUND');
    return team;
  }

  @Mutation(() => CreateDomainPayload, { description: 'Creates a domain (platform admins).' })
  async createDomain(@Args('input') input: CreateDomainInput, @CurrentRequest() request: RequestContext) {
    return { domain: await this.domains.createDomain(request, input) };
  }

  @Mutation(() => UpdateDomainPayload, {
    description: 'Changes a domain or transfers it to another team (platform admins).',
  })
  async updateDomain(@Args('input') input: UpdateDomainInput, @CurrentRequest() request: RequestContext) {
    return { domain: await this.domains.updateDomain(request, input) };
  }
}

@Resolver()
export class DirectoryResolver {
  constructor(
    private readonly directory: DirectoryService,
    private readonly domains: DomainsService,
  ) {}

  @Query(() => UserConnection, { description: 'Users, by email.' })
  users(@Args() args: ConnectionArgs, @CurrentRequest() request: RequestContext) {
    return this.directory.users(request, args);
  }

  @Mutation(() => CreateUserPayload, { description: 'Creates a local user (platform admins).' })
  async createUser(@Args('input') input: CreateUserInput, @CurrentRequest() request: RequestContext) {
    return { user: await this.domains.createUser(request, input) };
  }

  @Query(() => AuditEventConnection, {
    description: 'The audit log, newest first: everything for admins, a team’s own history for its members.',
  })
  auditEvents(
    @Args('filter', { type: () => AuditEventFilter, nullable: true }) filter: AuditEventFilter | null,
    @Args() args: ConnectionArgs,
    @Context() context: GraphqlContext,
  ) {
    return this.directory.auditEvents(requestContextOf(context), filter ?? {}, args);
  }
}
