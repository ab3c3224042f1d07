import { Injectable } from '@nestjs/common';
import { API_TOKEN_SCOPES } from '@tessera/contracts';
import { IdentityRepository } from './identity.repository';
import type { RequestContext } from './actor';
import type { Viewer } from './models/identity.models';

/** Describes the caller (`me`). Reads only what the caller already holds. */
@Injectable()
export class ViewerService {
  constructor(private readonly identity: IdentityRepository) {}

  async describe(request: RequestContext): Promise<Viewer> {
    const { actor } = request;
    const teamIds = [...actor.teamRoles.keys()];
    const [user, teams] = await Promise.all([
      actor.userId ? this.userById(actor.userId) : null,
      this.identity.findTeamsByIds(teamIds),
    ]);
    return {
      user,
      memberships: teams.map((team) => ({ team, role: actor.teamRoles.get(team.id) ?? 'MEMBER' })),
      authenticatedWith: actor.type === 'token' ? 'TOKEN' : 'SESSION',
      scopes: actor.scopes ? [...actor.scopes] : [...API_TOKEN_SCOPES],
    };
  }

  userById(id: string) {
    return this.identity.findUserForDisplay(id);
  }
}
