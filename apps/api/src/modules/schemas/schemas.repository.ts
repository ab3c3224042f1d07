import { Injectable } from '@nestjs/common';
import { Prisma, type SchemaVersion } from '../../generated/prisma/client';
import type { PageRequest } from '../../infra/graphql/pagination';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { TransactionClient } from '../audit/audit.service';
import type { CompatibilityMode, SchemaFormat } from './compatibility';

export type SchemaVersionRow = SchemaVersion;

/** An output port with what access checks and governance need of its product. */
export interface PortWithProduct {
  readonly id: string;
  readonly name: string;
  readonly kind: 'KAFKA_TOPIC' | 'POSTGRES_TABLE';
  readonly location: Record<string, unknown>;
  readonly schemaFormat: SchemaFormat | null;
  readonly compatibilityMode: CompatibilityMode;
  readonly contractVersion: string;
  readonly registrySubject: string | null;
  readonly product: {
    readonly id: string;
    readonly slug: string;
    readonly name: string;
    readonly teamId: string;
    readonly status: 'DRAFT' | 'PUBLISHED' | 'DEPRECATED' | 'RETIRED';
  };
}

/** What the portal shows of a port's schema settings, with the owning team (who may see the subject). */
export interface PortSchemaSettings {
  readonly id: string;
  readonly schemaFormat: SchemaFormat | null;
  readonly compatibilityMode: CompatibilityMode;
  readonly contractVersion: string;
  readonly registrySubject: string | null;
  readonly kind: 'KAFKA_TOPIC' | 'POSTGRES_TABLE';
  readonly location: Record<string, unknown>;
  readonly teamId: string;
}

/** An approved subscriber of a port: the consumer impact of a schema change. */
export interface PortSubscriber {
  readonly subscriptionId: string;
  readonly teamId: string;
  readonly teamSlug: string;
  readonly teamName: string;
}

export type NewSchemaVersion = Pick<
  Prisma.SchemaVersionUncheckedCreateInput,
  | 'portId'
  | 'version'
  | 'format'
  | 'definition'
  | 'fingerprint'
  | 'contractVersion'
  | 'source'
  | 'registryId'
  | 'registryVersion'
  | 'changes'
  | 'breaking'
  | 'overrideReason'
  | 'publishedById'
  | 'searchText'
>;

const PORT_WITH_PRODUCT = {
  id: true,
  name: true,
  kind: true,
  location: true,
  schemaFormat: true,
  compatibilityMode: true,
  contractVersion: true,
  registrySubject: true,
  product: { select: { id: true, slug: true, name: true, teamId: true, status: true } },
} as const;

/** Schema versions of output ports, the port settings they govern, and the port's subscribers. */
@Injectable()
export class SchemasRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Runs a change with its audit event. A publish to a Kafka port talks to the registry while
   * the port's product is locked, so the transaction may last longer than Prisma's 5 s default.
   */
  transaction<T>(work: (tx: TransactionClient) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(work, { timeout: 30_000, maxWait: 10_000 });
  }

  async findPort(id: string, tx?: TransactionClient): Promise<PortWithProduct | null> {
    const row = await (tx ?? this.prisma).outputPort.findUnique({ where: { id }, select: PORT_WITH_PRODUCT });
    return row as PortWithProduct | null;
  }

  /** Locks the port's product until the transaction ends: publishes, imports and drift of one product queue up. */
  async lockProduct(tx: TransactionClient, productId: string): Promise<void> {
    await tx.$queryRaw`SELECT id FROM data_products WHERE id = ${productId}::uuid FOR UPDATE`;
  }

  /** Every version of a port, oldest first (compatibility checks read the whole history). */
  versionsOfPort(portId: string, tx?: TransactionClient): Promise<SchemaVersionRow[]> {
    return (tx ?? this.prisma).schemaVersion.findMany({ where: { portId }, orderBy: { version: 'asc' } });
  }

  versionsByNumbers(portId: string, versions: readonly number[]): Promise<SchemaVersionRow[]> {
    return this.prisma.schemaVersion.findMany({ where: { portId, version: { in: [...versions] } } });
  }

  /** The output port row as the products module maps it for GraphQL. */
  findPortRow(id: string, tx?: TransactionClient) {
    return (tx ?? this.prisma).outputPort.findUnique({ where: { id } });
  }

  async approvedSubscribers(portId: string, tx?: TransactionClient): Promise<PortSubscriber[]> {
    const rows = await (tx ?? this.prisma).subscription.findMany({
      where: { portId, status: 'APPROVED' },
      select: { id: true, consumerTeam: { select: { id: true, slug: true, name: true } } },
      orderBy: [{ consumerTeam: { slug: 'asc' } }, { id: 'asc' }],
    });
    return rows.map((row) => ({
      subscriptionId: row.id,
      teamId: row.consumerTeam.id,
      teamSlug: row.consumerTeam.slug,
      teamName: row.consumerTeam.name,
    }));
  }

  createVersion(tx: TransactionClient, data: NewSchemaVersion): Promise<SchemaVersionRow> {
    return tx.schemaVersion.create({ data });
  }

  async updatePortSchemaSettings(
    tx: TransactionClient,
    portId: string,
    data: Pick<
      Prisma.OutputPortUncheckedUpdateInput,
      'schemaFormat' | 'contractVersion' | 'compatibilityMode' | 'registrySubject'
    >,
  ): Promise<void> {
    await tx.outputPort.update({ where: { id: portId }, data });
  }

  /** search_extra: the product's port names, then the field names and docs of each port's latest schema. */
  async refreshSearchExtra(tx: TransactionClient, productId: string): Promise<void> {
    await tx.$executeRaw`
      UPDATE data_products SET search_extra = tessera_product_search_extra(id), updated_at = now()
      WHERE id = ${productId}::uuid`;
  }

  /** One page of versions (newest first) per port, for many ports in one statement. */
  async versionPagesOfPorts(portIds: readonly string[], page: PageRequest): Promise<SchemaVersionRow[]> {
    const cursor = page.cursor?.[0];
    const after =
      typeof cursor === 'number'
        ? page.direction === 'forward'
          ? Prisma.sql`AND s.version < ${cursor}`
          : Prisma.sql`AND s.version > ${cursor}`
        : Prisma.empty;
    const order = page.direction === 'forward' ? Prisma.sql`s.version DESC` : Prisma.sql`s.version ASC`;
    return this.prisma.$queryRaw<SchemaVersionRow[]>`
      SELECT v.* FROM unnest(${[...portIds]}::uuid[]) WITH ORDINALITY AS port(id, ordinal)
      CROSS JOIN LATERAL (
        SELECT ${SCHEMA_VERSION_COLUMNS} FROM schema_versions s
        WHERE s.port_id = port.id ${after} ORDER BY ${order} LIMIT ${page.limit + 1}
      ) AS v
      ORDER BY port.ordinal`;
  }

  async countVersionsOfPorts(portIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.prisma.schemaVersion.groupBy({
      by: ['portId'],
      where: { portId: { in: [...portIds] } },
      _count: { _all: true },
    });
    return new Map(rows.map((row) => [row.portId, row._count._all]));
  }

  async schemaSettingsOfPorts(portIds: readonly string[]): Promise<PortSchemaSettings[]> {
    const rows = await this.prisma.outputPort.findMany({
      where: { id: { in: [...portIds] } },
      select: {
        id: true,
        schemaFormat: true,
        compatibilityMode: true,
        contractVersion: true,
        registrySubject: true,
        kind: true,
        location: true,
        product: { select: { teamId: true } },
      },
    });
    return rows.map(({ product, location, ...row }) => ({
      ...row,
      location: (location ?? {}) as Record<string, unknown>,
      teamId: product.teamId,
    }));
  }

  latestVersionsOfPorts(portIds: readonly string[]): Promise<SchemaVersionRow[]> {
    return this.prisma.$queryRaw<SchemaVersionRow[]>`
      SELECT DISTINCT ON (s.port_id) ${SCHEMA_VERSION_COLUMNS} FROM schema_versions s
      WHERE s.port_id = ANY(${[...portIds]}::uuid[]) ORDER BY s.port_id, s.version DESC`;
  }

  driftVersionsOfPorts(portIds: readonly string[]): Promise<SchemaVersionRow[]> {
    return this.prisma.schemaVersion.findMany({
      where: { portId: { in: [...portIds] }, source: 'REGISTRY_DRIFT' },
      orderBy: [{ portId: 'asc' }, { version: 'desc' }],
    });
  }

  /** Kafka ports the drift job watches: those with a subject attached or a version registered by Tessera. */
  async portsWatchedForDrift(): Promise<string[]> {
    const rows = await this.prisma.outputPort.findMany({
      where: {
        kind: 'KAFKA_TOPIC',
        product: { status: { not: 'RETIRED' } },
        OR: [{ registrySubject: { not: null } }, { schemaVersions: { some: { registryId: { not: null } } } }],
      },
      select: { id: true },
      orderBy: { id: 'asc' },
    });
    return rows.map((row) => row.id);
  }
}

/** The columns of schema_versions under the names Prisma gives them, for raw queries. */
const SCHEMA_VERSION_COLUMNS = Prisma.sql`
  s.id, s.port_id AS "portId", s.version, s.format, s.definition, s.fingerprint,
  s.contract_version AS "contractVersion", s.source, s.registry_id AS "registryId",
  s.registry_version AS "registryVersion", s.changes, s.breaking, s.override_reason AS "overrideReason",
  s.published_by_id AS "publishedById", s.created_at AS "createdAt", s.search_text AS "searchText"`;
