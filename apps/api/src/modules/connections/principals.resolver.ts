import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../infra/graphql/loader-registry';
import type { RequestContext } from '../identity/actor';
import { CurrentRequest, requestContextOf } from '../identity/request-context.decorator';
import { Team } from '../organisation/models/team.model';
import {
  RemoveTeamPrincipalInput,
  removeTeamPrincipalSchema,
  SetTeamPrincipalInput,
  setTeamPrincipalSchema,
  type RemoveTeamPrincipalCommand,
  type SetTeamPrincipalCommand,
} from './dto/team-principal.inputs';
import { ZodValidationPipe } from './dto/validation';
import { RemoveTeamPrincipalPayload, SetTeamPrincipalPayload } from './models/payloads.model';
import { TeamPrincipal } from './models/team-principal.model';
import { PrincipalsService } from './principals.service';

/** Team principals: set and removed by team owners or admins, read by the team's members. */
@Resolver(() => Team)
export class TeamPrincipalsResolver {
  constructor(private readonly service: PrincipalsService) {}

  @ResolveField(() => [TeamPrincipal], {
    nullable: true,
    description:
      'The identities the team reads with on each connection; null unless you are in the team or a platform admin.',
  })
  principals(@Parent() team: Team, @Context() context: GraphqlContext): Promise<TeamPrincipal[] | null> {
    return this.service.ofTeam(requestContextOf(context).actor, context.loaders, team.id);
  }

  @Mutation(() => SetTeamPrincipalPayload, {
    description:
      "Sets the team's Kafka principal (User:<name>) on a cluster or its Postgres role in a database (team owners, admins).",
  })
  setTeamPrincipal(
    @CurrentRequest() request: RequestContext,
    @Args(
      'input',
      { type: () => SetTeamPrincipalInput, description: 'What to change.' },
      new ZodValidationPipe(setTeamPrincipalSchema),
    )
    input: SetTeamPrincipalCommand,
  ): Promise<SetTeamPrincipalPayload> {
    return this.service.set(request, input);
  }

  @Mutation(() => RemoveTeamPrincipalPayload, {
    description: "Removes the team's principal on a connection (team owners, admins).",
  })
  removeTeamPrincipal(
    @CurrentRequest() request: RequestContext,
    @Args(
      'input',
      { type: () => RemoveTeamPrincipalInput, description: 'What to remove.' },
      new ZodValidationPipe(removeTeamPrincipalSchema),
    )
    input: RemoveTeamPrincipalCommand,
  ): Promise<RemoveTeamPrincipalPayload> {
    return this.service.remove(request, input);
  }
}
