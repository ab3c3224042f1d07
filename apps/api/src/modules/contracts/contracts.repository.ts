import { Injectable } from '@nestjs/common';
import type { ProductStatus } from '@tessera/contracts';
import type { Prisma } from '../../generated/prisma/client';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { TransactionClient } from '../audit/audit.service';
import type { SchemaFormat } from '../schemas/compatibility';
import type { ContractFacts } from './derivation/derive-contract';
import type { JsonObject } from './derivation/odcs-element';

/** A contract document as stored for a port. */
export interface StoredContract {
  readonly id: string;
  readonly document: JsonObject;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** A port with its stored contract and every fact its exported contract states. */
export interface PortContractRecord {
  readonly portId: string;
  readonly productId: string;
  readonly teamId: string;
  readonly productStatus: ProductStatus;
  readonly facts: ContractFacts;
  readonly stored: StoredContract | null;
}

const PORT_CONTRACT = {
  contract: true,
  objective: { select: { warnAfterSeconds: true, errorAfterSeconds: true, targetPercent: true, windowDays: true } },
  product: {
    select: {
      id: true,
      slug: true,
      status: true,
      teamId: true,
      supportLinks: true,
      domain: { select: { slug: true } },
      team: { select: { slug: true } },
    },
  },
} satisfies Prisma.OutputPortInclude;

type PortContractRow = Prisma.OutputPortGetPayload<{ include: typeof PORT_CONTRACT }>;

const asObject = (value: Prisma.JsonValue): JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};

function toRecord(row: PortContractRow, schema: ContractFacts['schema']): PortContractRecord {
  const { product } = row;
  return {
    portId: row.id,
    productId: product.id,
    teamId: product.teamId,
    productStatus: product.status,
    facts: {
      productSlug: product.slug,
      productStatus: product.status,
      domainSlug: product.domain.slug,
      teamSlug: product.team.slug,
      supportLinks: Array.isArray(product.supportLinks) ? product.supportLinks.map(asObject) : [],
      portName: row.name,
      portDescription: row.description,
      portKind: row.kind,
      contractVersion: row.contractVersion,
      schema,
      objective: row.objective,
    },
    stored: row.contract
      ? {
          id: row.contract.id,
          document: asObject(row.contract.document),
          createdAt: row.contract.createdAt,
          updatedAt: row.contract.updatedAt,
        }
      : null,
  };
}

/** Data contracts, and the port facts their export derives from. The feature's only Prisma user. */
@Injectable()
export class ContractsRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(work: (tx: TransactionClient) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(work, { maxWait: 10_000, timeout: 30_000 });
  }

  /** The product a port belongs to, locked until the transaction ends (as every port change does). */
  async lockProductOfPort(tx: TransactionClient, portId: string): Promise<boolean> {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT p.id FROM data_products p JOIN output_ports o ON o.product_id = p.id
      WHERE o.id = ${portId}::uuid FOR UPDATE OF p`;
    return rows.length > 0;
  }

  /** Every given port that exists, with its facts; the same few statements whatever the number of ports. */
  async findPortRecords(portIds: readonly string[], tx?: TransactionClient): Promise<Map<string, PortContractRecord>> {
    if (portIds.length === 0) return new Map();
    const client = tx ?? this.prisma;
    // One after the other: a transaction is one connection, which runs one statement at a time.
    const rows = await client.outputPort.findMany({ where: { id: { in: [...portIds] } }, include: PORT_CONTRACT });
    const schemas = await this.latestSchemas(client, portIds);
    return new Map(rows.map((row) => [row.id, toRecord(row, schemas.get(row.id) ?? null)]));
  }

  /** The newest schema version of each port (versions are immutable; the highest number is the current one). */
  private async latestSchemas(
    client: TransactionClient | PrismaService,
    portIds: readonly string[],
  ): Promise<Map<string, { format: SchemaFormat; definition: string }>> {
    const rows = await client.$queryRaw<{ port_id: string; format: SchemaFormat; definition: string }[]>`
      SELECT DISTINCT ON (port_id) port_id, format::text AS format, definition
      FROM schema_versions WHERE port_id = ANY(${[...portIds]}::uuid[])
      ORDER BY port_id, version DESC`;
    return new Map(rows.map((row) => [row.port_id, { format: row.format, definition: row.definition }]));
  }

  async saveContract(tx: TransactionClient, portId: string, document: JsonObject): Promise<StoredContract> {
    const json = document as Prisma.InputJsonObject;
    const row = await tx.dataContract.upsert({
      where: { portId },
      create: { portId, document: json },
      update: { document: json },
    });
    return { id: row.id, document: asObject(row.document), createdAt: row.createdAt, updatedAt: row.updatedAt };
  }

  async deleteContract(tx: TransactionClient, portId: string): Promise<void> {
    await tx.dataContract.deleteMany({ where: { portId } });
  }
}
