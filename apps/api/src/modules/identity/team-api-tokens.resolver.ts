import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Team } from '../organisation/models/team.model';
import type { RequestContext } from './actor';
import { ApiTokenService } from './api-token.service';
import { ApiToken } from './models/identity.models';
import { CurrentRequest } from './request-context.decorator';
import { scopeFromPrisma } from './scopes';

/** A team's API tokens, beside the fields the organisation module resolves on Team. */
@Resolver(() => Team)
export class TeamApiTokensResolver {
  constructor(private readonly tokens: ApiTokenService) {}

  @ResolveField(() => [ApiToken], {
    description:
      "The team's API tokens, newest first, revoked ones included; never their secrets. Its owners and platform admins only (FORBIDDEN otherwise).",
  })
  async apiTokens(@Parent() team: Team, @CurrentRequest() request: RequestContext): Promise<ApiToken[]> {
    const rows = await this.tokens.listForTeam(request, team.id);
    return rows.map((row) => ({ ...row, scopes: row.scopes.map(scopeFromPrisma) }));
  }
}
