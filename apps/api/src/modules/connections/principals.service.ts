import { Injectable } from '@nestjs/common';
import type { Team } from '../../generated/prisma/client';
import type { LoaderRegistry } from '../../infra/graphql/loader-registry';
import { AuditService, type TransactionClient } from '../audit/audit.service';
import { AuthorizationService } from '../authorization/authorization.service';
import type { Actor, RequestContext } from '../identity/actor';
import { connectionsError } from './connections.errors';
import { ConnectionsRepository, type ConnectionRow } from './connections.repository';
import type { RemoveTeamPrincipalCommand, SetTeamPrincipalCommand } from './dto/team-principal.inputs';
import type { TeamPrincipal } from './models/team-principal.model';
import { platformPrincipals, principalKindOf, principalNameIssues } from './principal-names';
import { PrincipalsRepository, type PrincipalRow } from './principals.repository';

function toTeamPrincipal(row: PrincipalRow): TeamPrincipal {
  return {
    id: row.id,
    teamId: row.teamId,
    kind: row.kind,
    name: row.name,
    connection: { id: row.connection.id, kind: row.connection.kind, name: row.connection.name },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function principalSnapshot(row: PrincipalRow) {
  return {
    teamId: row.teamId,
    connectionId: row.connection.id,
    connectionKind: row.connection.kind,
    connectionName: row.connection.name,
    kind: row.kind,
    name: row.name,
  };
}

/**
 * The identities consumer teams read with (a Kafka principal per cluster, a Postgres role
 * per database). Set by the team's owners or platform admins; read by its members.
 */
@Injectable()
export class PrincipalsService {
  constructor(
    private readonly authorization: AuthorizationService,
    private readonly principals: PrincipalsRepository,
    private readonly connections: ConnectionsRepository,
    private readonly audit: AuditService,
  ) {}

  /** Creates or replaces the team's principal on the connection; setting the same name again changes nothing. */
  async set(
    request: RequestContext,
    input: SetTeamPrincipalCommand,
  ): Promise<{ principal: TeamPrincipal; team: Team }> {
    this.authorization.assert(request.actor, 'principal.manage', { teamId: input.teamId });
    return this.principals.transaction(async (tx) => {
      const team = await this.principals.findTeam(input.teamId, tx);
      if (!team) throw connectionsError('TEAM_NOT_FOUND');
      const connection =
        input.connectionId !== undefined
          ? await this.connections.findById(input.connectionId, tx)
          : await this.connections.findByName(input.connectionKind!, input.connectionName!, tx);
      if (!connection)
        throw connectionsError('CONNECTION_NOT_FOUND', undefined, [
          { path: input.connectionId !== undefined ? 'connectionId' : 'connectionName', message: 'no such connection' },
        ]);
      const kind = principalKindOf(connection.kind);
      if (!kind) throw connectionsError('PRINCIPALS_NOT_SUPPORTED');
      const issues = principalNameIssues(kind, input.name);
      if (issues.length > 0)
        throw connectionsError(
          'INVALID_PRINCIPAL',
          `Not a valid ${kind === 'KAFKA_PRINCIPAL' ? 'Kafka principal' : 'Postgres role'}: ${issues.map((issue) => issue.message).join('; ')}`,
          issues,
        );
      await this.assertAvailable(tx, connection, team.id, input.name);
      const current = await this.principals.find(tx, team.id, connection.id);
      if (current?.name === input.name) return { principal: toTeamPrincipal(current), team };
      const row = await this.principals.upsert(tx, {
        teamId: team.id,
        connectionId: connection.id,
        kind,
        name: input.name,
      });
      await this.audit.record(tx, request, {
        action: current ? 'team_principal.update' : 'team_principal.set',
        entityType: 'team_principal',
        entityId: row.id,
        teamId: team.id,
        before: current ? principalSnapshot(current) : null,
        after: principalSnapshot(row),
      });
      return { principal: toTeamPrincipal(row), team };
    });
  }

  async remove(
    request: RequestContext,
    input: RemoveTeamPrincipalCommand,
  ): Promise<{ removedPrincipalId: string; team: Team }> {
    this.authorization.assert(request.actor, 'principal.manage', { teamId: input.teamId });
    return this.principals.transaction(async (tx) => {
      const team = await this.principals.findTeam(input.teamId, tx);
      if (!team) throw connectionsError('TEAM_NOT_FOUND');
      const current = await this.principals.find(tx, team.id, input.connectionId);
      if (!current) throw connectionsError('PRINCIPAL_NOT_FOUND');
      await this.principals.delete(tx, current.id);
      await this.audit.record(tx, request, {
        action: 'team_principal.remove',
        entityType: 'team_principal',
        entityId: current.id,
        teamId: team.id,
        before: principalSnapshot(current),
        after: null,
      });
      return { removedPrincipalId: current.id, team };
    });
  }

  /**
   * A principal is one team's identity: grants are removed from it without counting who else
   * relies on them. The connection row is locked, so two teams asking for one name at once
   * are decided one after the other (and a removal of the connection waits too).
   */
  private async assertAvailable(
    tx: TransactionClient,
    connection: ConnectionRow,
    teamId: string,
    name: string,
  ): Promise<void> {
    const locked = await this.connections.lockById(tx, connection.id);
    if (!locked) throw connectionsError('CONNECTION_NOT_FOUND');
    if (platformPrincipals(locked.kind, locked.settings).includes(name))
      throw connectionsError('PRINCIPAL_TAKEN', `${name} is the user Tessera itself connects as on this connection`, [
        { path: 'name', message: 'used by Tessera' },
      ]);
    if (await this.principals.isTakenByOtherTeam(tx, connection.id, name, teamId))
      throw connectionsError('PRINCIPAL_TAKEN', `${name} is already another team's principal on this connection`, [
        { path: 'name', message: 'taken by another team' },
      ]);
  }

  /** `Team.principals`: null unless the viewer is a member of the team or an admin. */
  async ofTeam(actor: Actor, loaders: LoaderRegistry, teamId: string): Promise<TeamPrincipal[] | null> {
    if (!this.authorization.allows(actor, 'principal.read', { teamId })) return null;
    return this.principalsOfTeam(loaders).load(teamId);
  }

  private principalsOfTeam(loaders: LoaderRegistry) {
    return loaders.get<string, TeamPrincipal[]>('connections.principalsOfTeam', async (teamIds) => {
      const rows = await this.principals.ofTeams(teamIds);
      return teamIds.map((teamId) => rows.filter((row) => row.teamId === teamId).map(toTeamPrincipal));
    });
  }
}
