import { Injectable } from '@nestjs/common';
import type { ProductStatus } from '@tessera/contracts';
import { Prisma, type DataProduct, type InputPort, type OutputPort } from '../../generated/prisma/client';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { TransactionClient } from '../audit/audit.service';
import type { InputPortSnapshot, JsonObject, OutputPortSnapshot, ProductSnapshot } from './descriptor-snapshot';
import { descriptorsError } from './descriptors.errors';

export type ProductRow = DataProduct;
export type OutputPortRow = OutputPort;
export type InputPortRow = InputPort;

/** A stored product with everything a descriptor declares, and the rows behind it. */
export interface StoredProduct {
  readonly row: ProductRow;
  readonly snapshot: ProductSnapshot;
  readonly outputPorts: ReadonlyMap<string, OutputPortRow>;
  readonly inputPorts: ReadonlyMap<string, InputPortRow>;
  /** Who owns the product each input port reads from, to hide edges from drafts the reader may not see. */
  readonly inputSources: ReadonlyMap<string, { teamId: string; status: ProductStatus }>;
}

/** A product another descriptor refers to: a lineage source or a replacement. */
export interface ReferencedProduct {
  readonly id: string;
  readonly slug: string;
  readonly teamId: string;
  readonly status: ProductStatus;
  readonly outputPorts: ReadonlyMap<string, string>;
}

/** The product's own columns a descriptor sets. */
export type ProductColumns = Omit<
  Prisma.DataProductUncheckedCreateInput,
  'id' | 'slug' | 'teamId' | 'subscriberCount' | 'createdAt' | 'updatedAt'
>;

const AGGREGATE = {
  domain: { select: { slug: true } },
  team: { select: { slug: true } },
  replacement: { select: { slug: true } },
  outputPorts: { include: { contract: { select: { document: true } } } },
  inputPorts: {
    include: {
      sourcePort: { select: { name: true, product: { select: { slug: true, teamId: true, status: true } } } },
    },
  },
} satisfies Prisma.DataProductInclude;

type AggregateRow = Prisma.DataProductGetPayload<{ include: typeof AGGREGATE }>;

const asObject = (value: Prisma.JsonValue): JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};

function toStoredProduct(aggregate: AggregateRow): StoredProduct {
  const { domain, team, replacement, outputPorts, inputPorts, ...row } = aggregate;
  const byName = <Port extends { name: string }>(left: Port, right: Port) => (left.name < right.name ? -1 : 1);
  const snapshot: ProductSnapshot = {
    slug: row.slug,
    name: row.name,
    domainSlug: domain.slug,
    teamSlug: team.slug,
    status: row.status,
    purpose: row.purpose,
    usage: row.usage,
    limitations: row.limitations,
    tags: row.tags,
    classification: row.classification,
    accessMode: row.accessMode,
    supportLinks: Array.isArray(row.supportLinks) ? row.supportLinks.map(asObject) : [],
    sunsetAt: row.sunsetAt?.toISOString() ?? null,
    replacementSlug: replacement?.slug ?? null,
    extensions: asObject(row.extensions),
    outputPorts: outputPorts
      .map((port): OutputPortSnapshot => ({
        name: port.name,
        description: port.description,
        kind: port.kind,
        location: asObject(port.location),
        extensions: asObject(port.extensions),
        contract: port.contract ? asObject(port.contract.document) : null,
      }))
      .sort(byName),
    inputPorts: inputPorts
      .map((port): InputPortSnapshot => ({
        name: port.name,
        description: port.description,
        contractId: `${port.sourcePort.product.slug}/${port.sourcePort.name}`,
        extensions: asObject(port.extensions),
      }))
      .sort(byName),
  };
  return {
    row,
    snapshot,
    // The contract is written (and audited) on its own; the port rows stay what they are.
    outputPorts: new Map(outputPorts.map(({ contract: _contract, ...port }) => [port.name, port])),
    inputPorts: new Map(inputPorts.map(({ sourcePort: _source, ...port }) => [port.name, port])),
    inputSources: new Map(inputPorts.map((port) => [port.name, port.sourcePort.product])),
  };
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

/** Reads and writes a data product as a whole, for descriptors. The feature's only Prisma user. */
@Injectable()
export class DescriptorsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** One transaction for the whole apply: checks, writes and audit events. */
  transaction<T>(work: (tx: TransactionClient) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(work, { maxWait: 10_000, timeout: 30_000 });
  }

  /**
   * Serialises applies of the same slug until the transaction ends, including the first one
   * that creates the product (there is no row to lock yet).
   */
  async lockSlug(tx: TransactionClient, slug: string): Promise<void> {
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`data_product:${slug}`}, 0))::text AS "locked"`;
  }

  async findAggregateBySlug(slug: string, tx?: TransactionClient): Promise<StoredProduct | null> {
    const row = await (tx ?? this.prisma).dataProduct.findUnique({ where: { slug }, include: AGGREGATE });
    return row ? toStoredProduct(row) : null;
  }

  async findTeamIdBySlug(tx: TransactionClient, slug: string): Promise<string | null> {
    return (await tx.team.findUnique({ where: { slug }, select: { id: true } }))?.id ?? null;
  }

  async findDomainIdBySlug(tx: TransactionClient, slug: string): Promise<string | null> {
    return (await tx.domain.findUnique({ where: { slug }, select: { id: true } }))?.id ?? null;
  }

  async findReferencedProducts(
    tx: TransactionClient,
    slugs: readonly string[],
  ): Promise<Map<string, ReferencedProduct>> {
    if (slugs.length === 0) return new Map();
    const rows = await tx.dataProduct.findMany({
      where: { slug: { in: [...slugs] } },
      select: { id: true, slug: true, teamId: true, status: true, outputPorts: { select: { id: true, name: true } } },
    });
    return new Map(
      rows.map((row) => [
        row.slug,
        { ...row, outputPorts: new Map(row.outputPorts.map((port) => [port.name, port.id])) },
      ]),
    );
  }

  /** For each given output port, the slugs of the other products reading it. */
  async findConsumersOfPorts(tx: TransactionClient, portIds: readonly string[]): Promise<Map<string, string[]>> {
    if (portIds.length === 0) return new Map();
    const rows = await tx.inputPort.findMany({
      where: { sourcePortId: { in: [...portIds] } },
      select: { sourcePortId: true, product: { select: { slug: true } } },
      orderBy: { product: { slug: 'asc' } },
    });
    const consumers = new Map<string, string[]>();
    for (const row of rows)
      consumers.set(row.sourcePortId, [...(consumers.get(row.sourcePortId) ?? []), row.product.slug]);
    return consumers;
  }

  /** Recomputes the product's search text: port names and their latest schema fields. */
  async refreshSearchExtra(tx: TransactionClient, productId: string): Promise<void> {
    await tx.$executeRaw`UPDATE data_products SET search_extra = tessera_product_search_extra(id) WHERE id = ${productId}::uuid`;
  }

  /** The ids among `portIds` that have pending or approved subscriptions. */
  async findPortsWithLiveSubscriptions(tx: TransactionClient, portIds: readonly string[]): Promise<Set<string>> {
    if (portIds.length === 0) return new Set();
    const rows = await tx.subscription.findMany({
      where: { portId: { in: [...portIds] }, status: { in: ['PENDING', 'APPROVED'] } },
      select: { portId: true },
      distinct: ['portId'],
    });
    return new Set(rows.map((row) => row.portId));
  }

  async createProduct(
    tx: TransactionClient,
    data: ProductColumns & { slug: string; teamId: string },
  ): Promise<ProductRow> {
    try {
      return await tx.dataProduct.create({ data });
    } catch (error) {
      // The advisory lock makes this rare: another writer that does not take it (a product mutation).
      if (isUniqueViolation(error)) throw descriptorsError('CONCURRENT_CHANGE');
      throw error;
    }
  }

  updateProduct(tx: TransactionClient, id: string, data: Partial<ProductColumns>): Promise<ProductRow> {
    return tx.dataProduct.update({ where: { id }, data });
  }

  createOutputPort(tx: TransactionClient, productId: string, port: OutputPortSnapshot): Promise<OutputPortRow> {
    return tx.outputPort.create({ data: { productId, ...this.outputPortColumns(port) } });
  }

  updateOutputPort(tx: TransactionClient, id: string, port: OutputPortSnapshot): Promise<OutputPortRow> {
    return tx.outputPort.update({ where: { id }, data: this.outputPortColumns(port) });
  }

  async deleteOutputPort(tx: TransactionClient, id: string): Promise<void> {
    await tx.outputPort.delete({ where: { id } });
  }

  createInputPort(
    tx: TransactionClient,
    productId: string,
    sourcePortId: string,
    port: InputPortSnapshot,
  ): Promise<InputPortRow> {
    return tx.inputPort.create({
      data: {
        productId,
        sourcePortId,
        name: port.name,
        description: port.description,
        extensions: port.extensions as Prisma.InputJsonObject,
      },
    });
  }

  updateInputPort(tx: TransactionClient, id: string, port: InputPortSnapshot): Promise<InputPortRow> {
    return tx.inputPort.update({
      where: { id },
      data: { description: port.description, extensions: port.extensions as Prisma.InputJsonObject },
    });
  }

  async deleteInputPort(tx: TransactionClient, id: string): Promise<void> {
    await tx.inputPort.delete({ where: { id } });
  }

  /** The product's output port ids by name, as they are after a write. */
  async findOutputPortIds(tx: TransactionClient, productId: string): Promise<Map<string, string>> {
    const rows = await tx.outputPort.findMany({ where: { productId }, select: { id: true, name: true } });
    return new Map(rows.map((row) => [row.name, row.id]));
  }

  findProductById(id: string, tx?: TransactionClient): Promise<ProductRow | null> {
    return (tx ?? this.prisma).dataProduct.findUnique({ where: { id } });
  }

  private outputPortColumns(port: OutputPortSnapshot) {
    return {
      name: port.name,
      description: port.description,
      kind: port.kind,
      location: port.location as Prisma.InputJsonObject,
      extensions: port.extensions as Prisma.InputJsonObject,
    };
  }
}
