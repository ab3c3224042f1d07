import { Injectable } from '@nestjs/common';
import type { InputPort, OutputPort, Prisma } from '../../generated/prisma/client';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { TransactionClient } from '../audit/audit.service';
import type { ProductVisibility } from '../authorization/policy';
import { productsError } from './products.errors';
import { isForeignKeyViolation, isUniqueViolation } from './products.repository';

export type OutputPortRow = OutputPort;
export type InputPortRow = InputPort;

/** The Prisma form of the policy's visibility: a product is visible unless it is another team's draft. */
function visibleProduct(visibility: ProductVisibility): Prisma.DataProductWhereInput {
  if (visibility.draftTeamIds === null) return {};
  return { OR: [{ status: { not: 'DRAFT' } }, { teamId: { in: [...visibility.draftTeamIds] } }] };
}

/** Output ports and input ports (lineage edges) of data products. */
@Injectable()
export class PortsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findOutputPort(id: string, tx?: TransactionClient): Promise<OutputPortRow | null> {
    return (tx ?? this.prisma).outputPort.findUnique({ where: { id } });
  }

  outputPortsOfProducts(productIds: readonly string[]): Promise<OutputPortRow[]> {
    return this.prisma.outputPort.findMany({
      where: { productId: { in: [...productIds] } },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    });
  }

  /** Ports by id, leaving out those whose product the viewer may not see. */
  visibleOutputPortsByIds(ids: readonly string[], visibility: ProductVisibility): Promise<OutputPortRow[]> {
    return this.prisma.outputPort.findMany({ where: { id: { in: [...ids] }, product: visibleProduct(visibility) } });
  }

  /** Of these ports, the approved subscriptions held by these teams (who may read connection details). */
  approvedSubscribersAmong(
    portIds: readonly string[],
    teamIds: readonly string[],
  ): Promise<{ portId: string; consumerTeamId: string }[]> {
    return this.prisma.subscription.findMany({
      where: { portId: { in: [...portIds] }, consumerTeamId: { in: [...teamIds] }, status: 'APPROVED' },
      select: { portId: true, consumerTeamId: true },
    });
  }

  async outputPortNameTaken(
    tx: TransactionClient,
    productId: string,
    name: string,
    exceptId?: string,
  ): Promise<boolean> {
    const found = await tx.outputPort.findFirst({
      where: { productId, name, ...(exceptId ? { id: { not: exceptId } } : {}) },
      select: { id: true },
    });
    return found !== null;
  }

  async createOutputPort(
    tx: TransactionClient,
    data: Pick<Prisma.OutputPortUncheckedCreateInput, 'productId' | 'name' | 'description' | 'kind' | 'location'>,
  ): Promise<OutputPortRow> {
    try {
      return await tx.outputPort.create({ data });
    } catch (error) {
      if (isUniqueViolation(error))
        throw productsError('PORT_NAME_TAKEN', undefined, [{ path: 'name', message: 'taken' }]);
      throw error;
    }
  }

  async updateOutputPort(
    tx: TransactionClient,
    id: string,
    data: Pick<Prisma.OutputPortUncheckedUpdateInput, 'name' | 'description' | 'location'>,
  ): Promise<OutputPortRow> {
    try {
      return await tx.outputPort.update({ where: { id }, data });
    } catch (error) {
      if (isUniqueViolation(error))
        throw productsError('PORT_NAME_TAKEN', undefined, [{ path: 'name', message: 'taken' }]);
      throw error;
    }
  }

  countConsumers(tx: TransactionClient, outputPortId: string): Promise<number> {
    return tx.inputPort.count({ where: { sourcePortId: outputPortId } });
  }

  /** Pending or approved subscriptions: their grants name the port's location. */
  countLiveSubscriptions(tx: TransactionClient, outputPortId: string): Promise<number> {
    return tx.subscription.count({ where: { portId: outputPortId, status: { in: ['PENDING', 'APPROVED'] } } });
  }

  async deleteOutputPort(tx: TransactionClient, id: string): Promise<void> {
    try {
      await tx.outputPort.delete({ where: { id } });
    } catch (error) {
      // An input port added concurrently still holds the port (the foreign key restricts).
      if (isForeignKeyViolation(error)) throw productsError('PORT_IN_USE');
      throw error;
    }
  }

  findInputPort(id: string, tx?: TransactionClient): Promise<InputPortRow | null> {
    return (tx ?? this.prisma).inputPort.findUnique({ where: { id } });
  }

  inputPortsOfProducts(productIds: readonly string[]): Promise<InputPortRow[]> {
    return this.prisma.inputPort.findMany({
      where: { productId: { in: [...productIds] } },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    });
  }

  /** The input ports reading these output ports, of products the viewer may see. */
  visibleInputPortsBySourcePorts(
    sourcePortIds: readonly string[],
    visibility: ProductVisibility,
  ): Promise<InputPortRow[]> {
    return this.prisma.inputPort.findMany({
      where: { sourcePortId: { in: [...sourcePortIds] }, product: visibleProduct(visibility) },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    });
  }

  async inputPortNameTaken(tx: TransactionClient, productId: string, name: string): Promise<boolean> {
    return (await tx.inputPort.findFirst({ where: { productId, name }, select: { id: true } })) !== null;
  }

  async inputPortReads(tx: TransactionClient, productId: string, sourcePortId: string): Promise<boolean> {
    return (await tx.inputPort.findFirst({ where: { productId, sourcePortId }, select: { id: true } })) !== null;
  }

  async createInputPort(
    tx: TransactionClient,
    data: Pick<Prisma.InputPortUncheckedCreateInput, 'productId' | 'sourcePortId' | 'name' | 'description'>,
  ): Promise<InputPortRow> {
    try {
      return await tx.inputPort.create({ data });
    } catch (error) {
      if (isUniqueViolation(error))
        throw productsError('INPUT_PORT_EXISTS', undefined, [{ path: 'sourcePortId', message: 'already read' }]);
      if (isForeignKeyViolation(error)) throw productsError('LINEAGE_SOURCE_NOT_FOUND');
      throw error;
    }
  }

  async deleteInputPort(tx: TransactionClient, id: string): Promise<void> {
    await tx.inputPort.delete({ where: { id } });
  }
}
