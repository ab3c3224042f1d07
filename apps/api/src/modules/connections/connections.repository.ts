import { Injectable } from '@nestjs/common';
import { Prisma, type Connection } from '../../generated/prisma/client';
import type { PageRequest } from '../../infra/graphql/pagination';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { TransactionClient } from '../audit/audit.service';
import type { ConnectionKind } from './connection-settings';
import { connectionsError } from './connections.errors';

export type ConnectionRow = Connection;

export interface ConnectionWrite {
  readonly name: string;
  readonly description: string;
  readonly settings: Prisma.InputJsonValue;
  readonly secrets: string | null;
  readonly registryId: string | null;
}

/** What still uses a connection; removal waits until all are zero. */
export interface ConnectionUsage {
  readonly outputPorts: number;
  readonly principals: number;
  readonly linkedClusters: number;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

/** The only foreign key of a connection is the registry a cluster links: removed meanwhile. */
function isForeignKeyViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2003';
}

const registryGone = () =>
  connectionsError('SCHEMA_REGISTRY_NOT_FOUND', undefined, [{ path: 'registryId', message: 'no such registry' }]);

const nameTaken = () =>
  connectionsError('CONNECTION_NAME_TAKEN', undefined, [{ path: 'name', message: 'taken by another connection' }]);

/** The port location field that names a connection of each kind. */
const PORT_REFERENCE: Partial<Record<ConnectionKind, { portKind: 'KAFKA_TOPIC' | 'POSTGRES_TABLE'; field: string }>> = {
  KAFKA_CLUSTER: { portKind: 'KAFKA_TOPIC', field: 'cluster' },
  POSTGRES_DATABASE: { portKind: 'POSTGRES_TABLE', field: 'database' },
};

/** The `connections` table: the only code reading or writing it. */
@Injectable()
export class ConnectionsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Runs a change and its audit event in one transaction. */
  transaction<T>(work: (tx: TransactionClient) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(work);
  }

  findById(id: string, tx?: TransactionClient): Promise<ConnectionRow | null> {
    return (tx ?? this.prisma).connection.findUnique({ where: { id } });
  }

  findByIds(ids: readonly string[]): Promise<ConnectionRow[]> {
    return this.prisma.connection.findMany({ where: { id: { in: [...ids] } } });
  }

  findByName(kind: ConnectionKind, name: string, tx?: TransactionClient): Promise<ConnectionRow | null> {
    return (tx ?? this.prisma).connection.findUnique({ where: { kind_name: { kind, name } } });
  }

  /** A Kafka cluster with its linked registry, for the directory. */
  findClusterWithRegistry(
    name: string,
    tx?: TransactionClient,
  ): Promise<(ConnectionRow & { registry: ConnectionRow | null }) | null> {
    return (tx ?? this.prisma).connection.findUnique({
      where: { kind_name: { kind: 'KAFKA_CLUSTER', name } },
      include: { registry: true },
    });
  }

  /** Reads the row and locks it until the transaction ends, so changes to one connection apply one after another. */
  async lockById(tx: TransactionClient, id: string): Promise<ConnectionRow | null> {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM connections WHERE id = ${id}::uuid FOR UPDATE`;
    if (locked.length === 0) return null;
    return tx.connection.findUnique({ where: { id } });
  }

  /** A page ordered by name, then id (names repeat across kinds). */
  page(filter: { kind?: ConnectionKind }, page: PageRequest): Promise<ConnectionRow[]> {
    const forward = page.direction === 'forward';
    const direction = forward ? 'asc' : 'desc';
    const cursor = page.cursor as [string, string] | null;
    const after: Prisma.ConnectionWhereInput = cursor
      ? {
          OR: [
            { name: forward ? { gt: cursor[0] } : { lt: cursor[0] } },
            { name: cursor[0], id: forward ? { gt: cursor[1] } : { lt: cursor[1] } },
          ],
        }
      : {};
    return this.prisma.connection.findMany({
      where: { ...(filter.kind ? { kind: filter.kind } : {}), ...after },
      orderBy: [{ name: direction }, { id: direction }],
      take: page.limit + 1,
    });
  }

  count(filter: { kind?: ConnectionKind }): Promise<number> {
    return this.prisma.connection.count({ where: filter.kind ? { kind: filter.kind } : {} });
  }

  async create(
    tx: TransactionClient,
    data: ConnectionWrite & { id: string; kind: ConnectionKind },
  ): Promise<ConnectionRow> {
    try {
      return await tx.connection.create({ data });
    } catch (error) {
      if (isUniqueViolation(error)) throw nameTaken();
      if (isForeignKeyViolation(error)) throw registryGone();
      throw error;
    }
  }

  async update(tx: TransactionClient, id: string, data: ConnectionWrite): Promise<ConnectionRow> {
    try {
      return await tx.connection.update({ where: { id }, data });
    } catch (error) {
      if (isUniqueViolation(error)) throw nameTaken();
      if (isForeignKeyViolation(error)) throw registryGone();
      throw error;
    }
  }

  async delete(tx: TransactionClient, id: string): Promise<void> {
    await tx.connection.delete({ where: { id } });
  }

  /** Output ports whose location names the connection, team principals on it, clusters linking it. */
  async usage(
    tx: TransactionClient,
    connection: Pick<ConnectionRow, 'id' | 'kind' | 'name'>,
  ): Promise<ConnectionUsage> {
    const reference = PORT_REFERENCE[connection.kind];
    // One statement after another: an interactive transaction holds a single connection.
    const outputPorts = reference
      ? await tx.outputPort.count({
          where: { kind: reference.portKind, location: { path: [reference.field], equals: connection.name } },
        })
      : 0;
    const principals = await tx.teamPrincipal.count({ where: { connectionId: connection.id } });
    const linkedClusters =
      connection.kind === 'SCHEMA_REGISTRY' ? await tx.connection.count({ where: { registryId: connection.id } }) : 0;
    return { outputPorts, principals, linkedClusters };
  }
}
