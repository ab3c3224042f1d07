import { Injectable } from '@nestjs/common';
import type { DataProduct, FreshnessObjective, OutputPort, Prisma } from '../../generated/prisma/client';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { TransactionClient } from '../audit/audit.service';
import type { ProductVisibility } from '../authorization/policy';

export type ObjectiveRow = FreshnessObjective;
export type PortRow = OutputPort;
export type ProductRow = DataProduct;

export type ObjectiveData = Omit<
  Prisma.FreshnessObjectiveUncheckedCreateInput,
  | 'id'
  | 'portId'
  | 'status'
  | 'statusSince'
  | 'lastCheckedAt'
  | 'lastDataAt'
  | 'lastErrorCode'
  | 'lastErrorMessage'
  | 'createdAt'
  | 'updatedAt'
>;

/** The Prisma form of the policy's visibility: a product is visible unless it is another team's draft. */
export function visibleProductWhere(visibility: ProductVisibility): Prisma.DataProductWhereInput {
  if (visibility.draftTeamIds === null) return {};
  return { OR: [{ status: { not: 'DRAFT' } }, { teamId: { in: [...visibility.draftTeamIds] } }] };
}

/** Objectives and the ports and products they belong to. */
@Injectable()
export class ObjectivesRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(work: (tx: TransactionClient) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(work);
  }

  findPort(id: string, tx?: TransactionClient): Promise<PortRow | null> {
    return (tx ?? this.prisma).outputPort.findUnique({ where: { id } });
  }

  findProduct(id: string, tx?: TransactionClient): Promise<ProductRow | null> {
    return (tx ?? this.prisma).dataProduct.findUnique({ where: { id } });
  }

  /** Locks the product row for the transaction: objective changes of one product apply one after the other. */
  async lockProduct(tx: TransactionClient, id: string): Promise<ProductRow | null> {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM data_products WHERE id = ${id}::uuid FOR UPDATE`;
    return locked.length > 0 ? tx.dataProduct.findUnique({ where: { id } }) : null;
  }

  findByPort(portId: string, tx?: TransactionClient): Promise<ObjectiveRow | null> {
    return (tx ?? this.prisma).freshnessObjective.findUnique({ where: { portId } });
  }

  create(tx: TransactionClient, portId: string, data: ObjectiveData): Promise<ObjectiveRow> {
    return tx.freshnessObjective.create({ data: { ...data, portId } });
  }

  update(tx: TransactionClient, id: string, data: Partial<ObjectiveData>): Promise<ObjectiveRow> {
    return tx.freshnessObjective.update({ where: { id }, data });
  }

  /** Disabling ends the open run, so the time while disabled reads as UNKNOWN rather than the last status. */
  async closeOpenRun(tx: TransactionClient, objectiveId: string, at: Date): Promise<void> {
    await tx.freshnessResult.updateMany({ where: { objectiveId, endedAt: null }, data: { endedAt: at } });
  }

  async delete(tx: TransactionClient, id: string): Promise<void> {
    await tx.freshnessObjective.delete({ where: { id } });
  }

  /** Objectives of these ports, with their product id (loaders). */
  byPortIds(portIds: readonly string[]): Promise<(ObjectiveRow & { port: { productId: string } })[]> {
    return this.prisma.freshnessObjective.findMany({
      where: { portId: { in: [...portIds] } },
      include: { port: { select: { productId: true } } },
    });
  }

  /** Objectives by id whose product the viewer may see, with their port's product id. */
  visibleByIds(
    ids: readonly string[],
    visibility: ProductVisibility,
  ): Promise<(ObjectiveRow & { port: { productId: string } })[]> {
    return this.prisma.freshnessObjective.findMany({
      where: { id: { in: [...ids] }, port: { product: visibleProductWhere(visibility) } },
      include: { port: { select: { productId: true } } },
    });
  }

  visiblePortsByIds(ids: readonly string[], visibility: ProductVisibility): Promise<PortRow[]> {
    return this.prisma.outputPort.findMany({
      where: { id: { in: [...ids] }, product: visibleProductWhere(visibility) },
    });
  }

  productsByIds(ids: readonly string[]): Promise<ProductRow[]> {
    return this.prisma.dataProduct.findMany({ where: { id: { in: [...ids] } } });
  }

  /** What the schedule reconciler needs: every enabled objective's id and interval. */
  enabledSchedules(): Promise<{ id: string; intervalSeconds: number }[]> {
    return this.prisma.freshnessObjective.findMany({
      where: { enabled: true },
      select: { id: true, intervalSeconds: true },
    });
  }

  findById(id: string): Promise<ObjectiveRow | null> {
    return this.prisma.freshnessObjective.findUnique({ where: { id } });
  }
}
