import { Injectable } from '@nestjs/common';
import type { FreshnessResult, Incident, IncidentStatus, Prisma, User } from '../../generated/prisma/client';
import type { PageRequest } from '../../infra/graphql/pagination';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { TransactionClient } from '../audit/audit.service';
import type { ProductVisibility } from '../authorization/policy';
import { visibleProductWhere } from './objectives.repository';

export type ResultRow = FreshnessResult;
/** An incident with where it belongs (port and product), for mapping and authorization. */
export type IncidentWithPlace = Incident & {
  objective: { portId: string; port: { productId: string; product: { teamId: string; status: string } } };
};

const PLACE = {
  objective: {
    select: {
      portId: true,
      port: { select: { productId: true, product: { select: { teamId: true, status: true } } } },
    },
  },
} as const;

/** Where a list of incidents comes from. */
export type IncidentScope =
  | { readonly objectiveId: string }
  | { readonly productId: string }
  | { readonly teamId: string; readonly visibility: ProductVisibility };

/** Check history and incidents, as GraphQL reads them. */
@Injectable()
export class HistoryRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(work: (tx: TransactionClient) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(work);
  }

  /** Runs of these objectives that overlap [from, now]: ended after `from`, or still open. */
  runsSince(objectiveIds: readonly string[], from: Date): Promise<ResultRow[]> {
    return this.prisma.freshnessResult.findMany({
      where: { objectiveId: { in: [...objectiveIds] }, OR: [{ endedAt: null }, { endedAt: { gt: from } }] },
      orderBy: [{ objectiveId: 'asc' }, { startedAt: 'asc' }, { id: 'asc' }],
    });
  }

  /** A page of an objective's runs, newest first (ids grow with time, so the id is the keyset). */
  resultsPage(objectiveId: string, page: PageRequest): Promise<ResultRow[]> {
    const cursor = page.cursor ? BigInt(String(page.cursor[0])) : null;
    const forward = page.direction === 'forward';
    return this.prisma.freshnessResult.findMany({
      where: { objectiveId, ...(cursor !== null ? { id: forward ? { lt: cursor } : { gt: cursor } } : {}) },
      orderBy: { id: forward ? 'desc' : 'asc' },
      take: page.limit + 1,
    });
  }

  countResults(objectiveId: string): Promise<number> {
    return this.prisma.freshnessResult.count({ where: { objectiveId } });
  }

  /** A page of incidents, newest first: keyset (openedAt, id). */
  incidentsPage(
    scope: IncidentScope,
    statuses: readonly IncidentStatus[] | null,
    page: PageRequest,
  ): Promise<IncidentWithPlace[]> {
    const forward = page.direction === 'forward';
    const where: Prisma.IncidentWhereInput = { ...this.scopeWhere(scope), ...statusWhere(statuses) };
    if (page.cursor) {
      const openedAt = new Date(String(page.cursor[0]));
      const id = String(page.cursor[1]);
      const beyond = forward ? 'lt' : 'gt';
      where.AND = [{ OR: [{ openedAt: { [beyond]: openedAt } }, { openedAt, id: { [beyond]: id } }] }];
    }
    return this.prisma.incident.findMany({
      where,
      include: PLACE,
      orderBy: [{ openedAt: forward ? 'desc' : 'asc' }, { id: forward ? 'desc' : 'asc' }],
      take: page.limit + 1,
    });
  }

  countIncidents(scope: IncidentScope, statuses: readonly IncidentStatus[] | null): Promise<number> {
    return this.prisma.incident.count({ where: { ...this.scopeWhere(scope), ...statusWhere(statuses) } });
  }

  findIncident(id: string, tx?: TransactionClient): Promise<IncidentWithPlace | null> {
    return (tx ?? this.prisma).incident.findUnique({ where: { id }, include: PLACE });
  }

  async lockIncident(tx: TransactionClient, id: string): Promise<IncidentWithPlace | null> {
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM incidents WHERE id = ${id}::uuid FOR UPDATE`;
    return rows.length > 0 ? this.findIncident(id, tx) : null;
  }

  acknowledge(tx: TransactionClient, id: string, data: { at: Date; userId: string | null; note: string | null }) {
    return tx.incident.update({
      where: { id },
      data: {
        status: 'ACKNOWLEDGED',
        acknowledgedAt: data.at,
        acknowledgedById: data.userId,
        acknowledgeNote: data.note,
      },
      include: PLACE,
    });
  }

  /** The unresolved incident of each objective (at most one each). */
  unresolvedByObjectives(objectiveIds: readonly string[]): Promise<IncidentWithPlace[]> {
    return this.prisma.incident.findMany({
      where: { objectiveId: { in: [...objectiveIds] }, status: { not: 'RESOLVED' } },
      include: PLACE,
    });
  }

  usersByIds(ids: readonly string[]): Promise<User[]> {
    return this.prisma.user.findMany({ where: { id: { in: [...ids] } } });
  }

  private scopeWhere(scope: IncidentScope): Prisma.IncidentWhereInput {
    if ('objectiveId' in scope) return { objectiveId: scope.objectiveId };
    if ('productId' in scope) return { objective: { port: { productId: scope.productId } } };
    return { objective: { port: { product: { teamId: scope.teamId, ...visibleProductWhere(scope.visibility) } } } };
  }
}

function statusWhere(statuses: readonly IncidentStatus[] | null): Prisma.IncidentWhereInput {
  return statuses && statuses.length > 0 ? { status: { in: [...statuses] } } : {};
}
