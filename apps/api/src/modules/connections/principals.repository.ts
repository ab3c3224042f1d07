import { Injectable } from '@nestjs/common';
import { Prisma, type Team, type TeamPrincipal } from '../../generated/prisma/client';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { TransactionClient } from '../audit/audit.service';
import type { ConnectionKind } from './connection-settings';
import { connectionsError } from './connections.errors';
import type { PrincipalKind } from './models/connection-enums';

/** A principal with the name and kind of its connection. */
export type PrincipalRow = TeamPrincipal & { connection: { id: string; kind: ConnectionKind; name: string } };

const withConnection = { connection: { select: { id: true, kind: true, name: true } } } as const;

function isForeignKeyViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2003';
}

/** The `team_principals` table. */
@Injectable()
export class PrincipalsRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(work: (tx: TransactionClient) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(work);
  }

  findTeam(id: string, tx?: TransactionClient): Promise<Team | null> {
    return (tx ?? this.prisma).team.findUnique({ where: { id } });
  }

  find(tx: TransactionClient, teamId: string, connectionId: string): Promise<PrincipalRow | null> {
    return tx.teamPrincipal.findUnique({
      where: { teamId_connectionId: { teamId, connectionId } },
      include: withConnection,
    });
  }

  /** Whether another team has this principal on the connection. */
  async isTakenByOtherTeam(
    tx: TransactionClient,
    connectionId: string,
    name: string,
    teamId: string,
  ): Promise<boolean> {
    const count = await tx.teamPrincipal.count({ where: { connectionId, name, teamId: { not: teamId } } });
    return count > 0;
  }

  /** Principals of these teams, ordered by connection kind and name. */
  async ofTeams(teamIds: readonly string[]): Promise<PrincipalRow[]> {
    return this.prisma.teamPrincipal.findMany({
      where: { teamId: { in: [...teamIds] } },
      include: withConnection,
      orderBy: [{ connection: { kind: 'asc' } }, { connection: { name: 'asc' } }],
    });
  }

  /** The team's principal on the connection of this kind and name, if both exist. */
  findByConnectionName(teamId: string, kind: ConnectionKind, name: string): Promise<PrincipalRow | null> {
    return this.prisma.teamPrincipal.findFirst({
      where: { teamId, connection: { kind, name } },
      include: withConnection,
    });
  }

  /** Creates or replaces the team's principal on the connection. */
  async upsert(
    tx: TransactionClient,
    data: { teamId: string; connectionId: string; kind: PrincipalKind; name: string },
  ): Promise<PrincipalRow> {
    try {
      return await tx.teamPrincipal.upsert({
        where: { teamId_connectionId: { teamId: data.teamId, connectionId: data.connectionId } },
        create: data,
        update: { kind: data.kind, name: data.name },
        include: withConnection,
      });
    } catch (error) {
      // The connection or team was removed meanwhile.
      if (isForeignKeyViolation(error)) throw connectionsError('CONNECTION_NOT_FOUND');
      throw error;
    }
  }

  async delete(tx: TransactionClient, id: string): Promise<void> {
    await tx.teamPrincipal.delete({ where: { id } });
  }
}
