import { Injectable } from '@nestjs/common';
import { Prisma, type DataProduct, type Domain, type Team } from '../../generated/prisma/client';
import type { PageRequest } from '../../infra/graphql/pagination';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { TransactionClient } from '../audit/audit.service';
import type { ProductVisibility } from '../authorization/policy';
import type { DataProductOrder, ProductFilter } from './dto/data-products.args';
import { filterConditions, pageClauses, PRODUCT_COLUMNS, visibleCondition, whereAll } from './product-list.sql';
import { productsError } from './products.errors';

export type ProductRow = DataProduct;
/** A product read by a list query, with the value it is sorted by (for cursors). */
export type ListedProductRow = ProductRow & { nameKey: string };

export interface ProductListQuery {
  readonly filter: ProductFilter;
  readonly order: DataProductOrder;
  readonly page: PageRequest;
  readonly visibility: ProductVisibility;
}

/** Lists nested under a team or a domain. */
export type ProductParent = 'team' | 'domain';
const PARENT_COLUMN: Record<ProductParent, Prisma.Sql> = {
  team: Prisma.raw('p.team_id'),
  domain: Prisma.raw('p.domain_id'),
};

export type ProductCreateData = Omit<Prisma.DataProductUncheckedCreateInput, 'id' | 'status' | 'searchExtra'>;
export type ProductUpdateData = Pick<
  Prisma.DataProductUncheckedUpdateInput,
  | 'name'
  | 'purpose'
  | 'usage'
  | 'limitations'
  | 'tags'
  | 'classification'
  | 'accessMode'
  | 'supportLinks'
  | 'status'
  | 'sunsetAt'
  | 'replacementId'
  | 'publishedAt'
  | 'deprecatedAt'
  | 'retiredAt'
>;

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

export function isForeignKeyViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2003';
}

/** Data products, and the domains and teams they point at. The only Prisma user of the feature besides PortsRepository. */
@Injectable()
export class ProductsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Runs a change and its audit event in one transaction. */
  transaction<T>(work: (tx: TransactionClient) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(work);
  }

  findById(id: string, tx?: TransactionClient): Promise<ProductRow | null> {
    return (tx ?? this.prisma).dataProduct.findUnique({ where: { id } });
  }

  findBySlug(slug: string): Promise<ProductRow | null> {
    return this.prisma.dataProduct.findUnique({ where: { slug } });
  }

  findManyByIds(ids: readonly string[]): Promise<ProductRow[]> {
    return this.prisma.dataProduct.findMany({ where: { id: { in: [...ids] } } });
  }

  /**
   * Reads a product and locks its row until the transaction ends, so concurrent changes to
   * the same product (lifecycle, ports, search text) apply one after the other.
   */
  async lockById(tx: TransactionClient, id: string): Promise<ProductRow | null> {
    const rows = await tx.$queryRaw<ListedProductRow[]>`
      SELECT ${PRODUCT_COLUMNS} FROM data_products p WHERE p.id = ${id}::uuid FOR UPDATE`;
    if (rows.length === 0) return null;
    const { nameKey: _nameKey, ...row } = rows[0]!;
    return row;
  }

  async create(tx: TransactionClient, data: ProductCreateData): Promise<ProductRow> {
    try {
      return await tx.dataProduct.create({ data: { ...data, status: 'DRAFT' } });
    } catch (error) {
      if (isUniqueViolation(error))
        throw productsError('DATA_PRODUCT_SLUG_TAKEN', undefined, [{ path: 'slug', message: 'taken' }]);
      throw error;
    }
  }

  update(tx: TransactionClient, id: string, data: ProductUpdateData): Promise<ProductRow> {
    return tx.dataProduct.update({ where: { id }, data });
  }

  /** Ownership moves only here, through the admins' transfer; ProductUpdateData has no teamId on purpose. */
  transferOwnership(tx: TransactionClient, id: string, teamId: string): Promise<ProductRow> {
    return tx.dataProduct.update({ where: { id }, data: { teamId } });
  }

  /**
   * search_extra holds the product's output port names and the fields of their latest schemas
   * (one SQL definition, shared with the schemas module); recomputed in the same transaction.
   */
  async refreshSearchExtra(tx: TransactionClient, productId: string): Promise<void> {
    await tx.$executeRaw`
      UPDATE data_products p SET search_extra = tessera_product_search_extra(p.id), updated_at = now()
      WHERE p.id = ${productId}::uuid`;
  }

  async list(query: ProductListQuery): Promise<ListedProductRow[]> {
    const { after, orderBy, limit } = pageClauses(query.order, query.page);
    const conditions = [visibleCondition(query.visibility), ...filterConditions(query.filter)];
    if (after) conditions.push(after);
    return this.prisma.$queryRaw<ListedProductRow[]>`
      SELECT ${PRODUCT_COLUMNS} FROM data_products p WHERE ${whereAll(conditions)} ORDER BY ${orderBy} LIMIT ${limit}`;
  }

  async count(filter: ProductFilter, visibility: ProductVisibility): Promise<number> {
    const conditions = [visibleCondition(visibility), ...filterConditions(filter)];
    const rows = await this.prisma.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS "count" FROM data_products p WHERE ${whereAll(conditions)}`;
    return rows[0]?.count ?? 0;
  }

  /** One page per team (or domain), for many of them in one statement. */
  async listPerParent(
    parent: ProductParent,
    parentIds: readonly string[],
    query: ProductListQuery,
  ): Promise<ListedProductRow[]> {
    const { after, orderBy, limit } = pageClauses(query.order, query.page);
    const conditions = [
      Prisma.sql`${PARENT_COLUMN[parent]} = parent.id`,
      visibleCondition(query.visibility),
      ...filterConditions(query.filter),
    ];
    if (after) conditions.push(after);
    // The outer ORDER BY keeps each parent's rows in the page order (SQL promises no order otherwise).
    const rows = await this.prisma.$queryRaw<(ListedProductRow & { position: number })[]>`
      SELECT page.* FROM unnest(${[...parentIds]}::uuid[]) WITH ORDINALITY AS parent(id, ordinal)
      CROSS JOIN LATERAL (
        SELECT ${PRODUCT_COLUMNS}, (row_number() OVER (ORDER BY ${orderBy}))::int AS "position"
        FROM data_products p WHERE ${whereAll(conditions)} ORDER BY ${orderBy} LIMIT ${limit}
      ) AS page
      ORDER BY parent.ordinal, page."position"`;
    return rows.map(({ position: _position, ...row }) => row);
  }

  async countPerParent(
    parent: ProductParent,
    parentIds: readonly string[],
    filter: ProductFilter,
    visibility: ProductVisibility,
  ): Promise<Map<string, number>> {
    const column = PARENT_COLUMN[parent];
    const conditions = [
      Prisma.sql`${column} = ANY(${[...parentIds]}::uuid[])`,
      visibleCondition(visibility),
      ...filterConditions(filter),
    ];
    const rows = await this.prisma.$queryRaw<{ parentId: string; count: number }[]>`
      SELECT ${column}::text AS "parentId", count(*)::int AS "count" FROM data_products p
      WHERE ${whereAll(conditions)} GROUP BY ${column}`;
    return new Map(rows.map((row) => [row.parentId, row.count]));
  }

  findDomain(reference: { id?: string; slug?: string }, tx?: TransactionClient): Promise<Domain | null> {
    const client = tx ?? this.prisma;
    if (reference.id !== undefined) return client.domain.findUnique({ where: { id: reference.id } });
    if (reference.slug !== undefined) return client.domain.findUnique({ where: { slug: reference.slug } });
    return Promise.resolve(null);
  }

  findTeam(id: string, tx?: TransactionClient): Promise<Team | null> {
    return (tx ?? this.prisma).team.findUnique({ where: { id } });
  }

  domainsByIds(ids: readonly string[]): Promise<Domain[]> {
    return this.prisma.domain.findMany({ where: { id: { in: [...ids] } } });
  }

  teamsByIds(ids: readonly string[]): Promise<Team[]> {
    return this.prisma.team.findMany({ where: { id: { in: [...ids] } } });
  }
}
