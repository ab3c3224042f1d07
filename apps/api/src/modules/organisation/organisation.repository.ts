import { Injectable } from '@nestjs/common';
import type { TeamRole } from '@tessera/contracts';
import { Prisma } from '../../generated/prisma/client';
import type { PageRequest } from '../../infra/graphql/pagination';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { TransactionClient } from '../audit/audit.service';

/** Keyset page over a unique text column: `limit + 1` rows in the request's direction. */
function keysetBySlug(request: PageRequest) {
  const after = request.cursor?.[0];
  const forward = request.direction === 'forward';
  return {
    where: typeof after === 'string' ? { slug: forward ? { gt: after } : { lt: after } } : {},
    orderBy: { slug: forward ? ('asc' as const) : ('desc' as const) },
    take: request.limit + 1,
  };
}

/** An update whose every given field already has that value changes nothing and is not audited. */
export function isNoOp(before: object, changes: Record<string, unknown>): boolean {
  return Object.entries(changes).every(
    ([key, value]) => value === undefined || (before as Record<string, unknown>)[key] === value,
  );
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

/** Teams, memberships, domains and users: the organisation's queries, nothing else. */
@Injectable()
export class OrganisationRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(run: (tx: TransactionClient) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(run);
  }

  pageTeams(request: PageRequest) {
    const keyset = keysetBySlug(request);
    return this.prisma.team.findMany({ where: keyset.where, orderBy: keyset.orderBy, take: keyset.take });
  }

  countTeams() {
    return this.prisma.team.count();
  }

  findTeam(where: { id: string } | { slug: string }) {
    return this.prisma.team.findUnique({ where });
  }

  findTeamsByIds(ids: readonly string[]) {
    return this.prisma.team.findMany({ where: { id: { in: [...ids] } } });
  }

  findMembersOfTeams(teamIds: readonly string[]) {
    return this.prisma.teamMembership.findMany({
      where: { teamId: { in: [...teamIds] } },
      include: { user: { select: { id: true, email: true, displayName: true, isPlatformAdmin: true } } },
      orderBy: [{ role: 'asc' }, { createdAt: 'asc' }],
    });
  }

  findDomainsOfTeams(teamIds: readonly string[]) {
    return this.prisma.domain.findMany({ where: { teamId: { in: [...teamIds] } }, orderBy: { slug: 'asc' } });
  }

  createTeam(
    tx: TransactionClient,
    data: { slug: string; name: string; description: string; owners: readonly string[] },
  ) {
    return tx.team.create({
      data: {
        slug: data.slug,
        name: data.name,
        description: data.description,
        memberships: { create: data.owners.map((userId) => ({ userId, role: 'OWNER' as const })) },
      },
    });
  }

  updateTeam(tx: TransactionClient, id: string, data: { name?: string; description?: string }) {
    return tx.team.update({ where: { id }, data });
  }

  findMembership(tx: TransactionClient, teamId: string, userId: string) {
    return tx.teamMembership.findUnique({ where: { teamId_userId: { teamId, userId } } });
  }

  /** Locks the team's memberships, so two demotions cannot both leave it without an owner. */
  async countOwnersForUpdate(tx: TransactionClient, teamId: string): Promise<number> {
    const rows = await tx.$queryRaw<
      { user_id: string }[]
    >`SELECT user_id FROM team_memberships WHERE team_id = ${teamId}::uuid AND role = 'OWNER' FOR UPDATE`;
    return rows.length;
  }

  addMembership(tx: TransactionClient, teamId: string, userId: string, role: TeamRole) {
    return tx.teamMembership.create({ data: { teamId, userId, role } });
  }

  changeRole(tx: TransactionClient, teamId: string, userId: string, role: TeamRole) {
    return tx.teamMembership.update({ where: { teamId_userId: { teamId, userId } }, data: { role } });
  }

  removeMembership(tx: TransactionClient, teamId: string, userId: string) {
    return tx.teamMembership.delete({ where: { teamId_userId: { teamId, userId } } });
  }

  pageDomains(request: PageRequest) {
    const keyset = keysetBySlug(request);
    return this.prisma.domain.findMany({ where: keyset.where, orderBy: keyset.orderBy, take: keyset.take });
  }

  countDomains() {
    return this.prisma.domain.count();
  }

  findDomain(where: { id: string } | { slug: string }) {
    return this.prisma.domain.findUnique({ where });
  }

  createDomain(tx: TransactionClient, data: { slug: string; name: string; description: string; teamId: string }) {
    return tx.domain.create({ data });
  }

  updateDomain(tx: TransactionClient, id: string, data: { name?: string; description?: string; teamId?: string }) {
    return tx.domain.update({ where: { id }, data });
  }

  findUser(id: string) {
    return this.prisma.user.findUnique({
      where: { id },
      select: { id: true, email: true, displayName: true, isPlatformAdmin: true },
    });
  }

  pageUsers(request: PageRequest) {
    const after = request.cursor?.[0];
    const forward = request.direction === 'forward';
    return this.prisma.user.findMany({
      where: typeof after === 'string' ? { email: forward ? { gt: after } : { lt: after } } : {},
      orderBy: { email: forward ? 'asc' : 'desc' },
      take: request.limit + 1,
      select: { id: true, email: true, displayName: true, isPlatformAdmin: true },
    });
  }

  countUsers() {
    return this.prisma.user.count();
  }

  createUser(
    tx: TransactionClient,
    data: { email: string; displayName: string; passwordHash: string | null; isPlatformAdmin: boolean },
  ) {
    return tx.user.create({
      data,
      select: { id: true, email: true, displayName: true, isPlatformAdmin: true, createdAt: true },
    });
  }

  pageAuditEvents(filter: { teamId?: string; entityType?: string; entityId?: string }, request: PageRequest) {
    const before = request.cursor?.[0];
    // Newest first; forward pages go back in time.
    const forward = request.direction === 'forward';
    return this.prisma.auditEvent.findMany({
      where: {
        ...filter,
        ...(typeof before === 'string' ? { id: forward ? { lt: BigInt(before) } : { gt: BigInt(before) } } : {}),
      },
      orderBy: { id: forward ? 'desc' : 'asc' },
      take: request.limit + 1,
    });
  }

  countAuditEvents(filter: { teamId?: string; entityType?: string; entityId?: string }) {
    return this.prisma.auditEvent.count({ where: filter });
  }
}
