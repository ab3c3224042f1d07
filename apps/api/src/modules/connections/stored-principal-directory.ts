import { Injectable } from '@nestjs/common';
import { PrincipalDirectory, type PrincipalConnectionKind, type TeamPrincipalInfo } from './principal-directory';
import { PrincipalsRepository } from './principals.repository';

/** The PrincipalDirectory over the `team_principals` table; read at the moment of use, never cached. */
@Injectable()
export class StoredPrincipalDirectory extends PrincipalDirectory {
  constructor(private readonly principals: PrincipalsRepository) {
    super();
  }

  async principalFor(
    teamId: string,
    connection: { readonly kind: PrincipalConnectionKind; readonly name: string },
  ): Promise<TeamPrincipalInfo | null> {
    const row = await this.principals.findByConnectionName(teamId, connection.kind, connection.name);
    if (!row) return null;
    return {
      teamId: row.teamId,
      connectionId: row.connection.id,
      connectionKind: connection.kind,
      connectionName: row.connection.name,
      kind: row.kind,
      name: row.name,
    };
  }
}
