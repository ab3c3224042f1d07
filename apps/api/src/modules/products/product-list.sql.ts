import { Prisma } from '../../generated/prisma/client';
import type { CursorKey, PageRequest } from '../../infra/graphql/pagination';
import type { ProductVisibility } from '../authorization/policy';
import type { DataProductOrder } from './dto/data-products.args';
import { productsError } from './products.errors';
import { isId } from './dto/validation';

/**
 * SQL for lists of products: one place that turns visibility, filters, order and a keyset
 * cursor into conditions, used by the top-level list and by the per-team and per-domain
 * lists (which run it once for many parents with a LATERAL join).
 */

/** Every column of a product, named as Prisma names them, so raw and Prisma reads share one row type. */
export const PRODUCT_COLUMNS = Prisma.sql`
  p.id::text AS "id", p.slug, p.name, p.domain_id::text AS "domainId", p.team_id::text AS "teamId",
  p.purpose, p.usage, p.limitations, p.tags, p.classification::text AS "classification",
  p.access_mode::text AS "accessMode", p.status::text AS "status", p.support_links AS "supportLinks",
  p.sunset_at AS "sunsetAt", p.replacement_id::text AS "replacementId", p.extensions,
  p.subscriber_count AS "subscriberCount", p.search_extra AS "searchExtra", p.created_at AS "createdAt",
  p.updated_at AS "updatedAt", p.published_at AS "publishedAt", p.deprecated_at AS "deprecatedAt",
  p.retired_at AS "retiredAt", lower(p.name) AS "nameKey"`;

/** Hidden products (other teams' drafts) never leave the database: not listed, not counted. */
export function visibleCondition(visibility: ProductVisibility): Prisma.Sql {
  if (visibility.draftTeamIds === null) return Prisma.sql`TRUE`;
  return Prisma.sql`(p.status <> 'DRAFT' OR p.team_id = ANY(${[...visibility.draftTeamIds]}::uuid[]))`;
}

/** The filter fields lists and search share; any value within a field matches, all fields must. */
export interface ProductFilterFields {
  readonly domainIds?: readonly string[] | null;
  readonly teamIds?: readonly string[] | null;
  readonly statuses?: readonly string[] | null;
  readonly classifications?: readonly string[] | null;
  readonly tags?: readonly string[] | null;
  readonly portKinds?: readonly string[] | null;
}

/**
 * The filter as conditions on products `p`, for lists and search alike. `except` leaves one
 * field out, for search's disjunctive facet counts. Port kinds read the `port_kinds` column the
 * database keeps from output_ports (see the search_indexes migration).
 */
export function filterConditions(filter: ProductFilterFields, except?: keyof ProductFilterFields): Prisma.Sql[] {
  const wanted = (field: keyof ProductFilterFields) => (field === except ? null : filter[field]);
  const conditions: Prisma.Sql[] = [];
  const domainIds = wanted('domainIds');
  const teamIds = wanted('teamIds');
  const statuses = wanted('statuses');
  const classifications = wanted('classifications');
  const tags = wanted('tags');
  const portKinds = wanted('portKinds');
  if (domainIds) conditions.push(Prisma.sql`p.domain_id = ANY(${domainIds}::uuid[])`);
  if (teamIds) conditions.push(Prisma.sql`p.team_id = ANY(${teamIds}::uuid[])`);
  if (statuses) conditions.push(Prisma.sql`p.status = ANY(${statuses}::"ProductStatus"[])`);
  if (classifications) conditions.push(Prisma.sql`p.classification = ANY(${classifications}::"Classification"[])`);
  if (tags) conditions.push(Prisma.sql`p.tags && ${tags}::text[]`);
  if (portKinds) conditions.push(Prisma.sql`p.port_kinds && ${portKinds}::"PortKind"[]`);
  return conditions;
}

/** The keyset of a row in a list: the order it belongs to, then its sort value and id. */
export function cursorOf(order: DataProductOrder, row: { nameKey: string; updatedAt: Date; id: string }): CursorKey {
  return order === 'NAME' ? ['NAME', row.nameKey, row.id] : ['UPDATED_AT', row.updatedAt.toISOString(), row.id];
}

/** A cursor issued for another order (or forged) is refused rather than silently misread. */
export function readCursor(order: DataProductOrder, cursor: CursorKey, path = 'after'): { value: string; id: string } {
  const [cursorOrder, value, id] = cursor;
  const valid =
    cursor.length === 3 &&
    cursorOrder === order &&
    typeof value === 'string' &&
    typeof id === 'string' &&
    isId(id) &&
    (order === 'NAME' || !Number.isNaN(Date.parse(value)));
  if (!valid || typeof value !== 'string' || typeof id !== 'string')
    throw productsError('INVALID_CURSOR', undefined, [{ path, message: 'not a cursor of this list and order' }]);
  return { value, id };
}

/**
 * ORDER BY and the keyset condition for a page. NAME is A to Z (case-insensitive, on the
 * `lower(name), id` index); UPDATED_AT is newest first, ties by id. A backward page reads
 * in reverse from its cursor; `buildConnection` flips it back.
 */
export function pageClauses(
  order: DataProductOrder,
  page: PageRequest,
): { after: Prisma.Sql | null; orderBy: Prisma.Sql; limit: number } {
  const forward = page.direction === 'forward';
  const limit = page.limit + 1;
  const key = page.cursor === null ? null : readCursor(order, page.cursor, forward ? 'after' : 'before');
  if (order === 'NAME') {
    const orderBy = forward ? Prisma.sql`lower(p.name) ASC, p.id ASC` : Prisma.sql`lower(p.name) DESC, p.id DESC`;
    const after =
      key === null
        ? null
        : forward
          ? Prisma.sql`(lower(p.name), p.id) > (${key.value}, ${key.id}::uuid)`
          : Prisma.sql`(lower(p.name), p.id) < (${key.value}, ${key.id}::uuid)`;
    return { after, orderBy, limit };
  }
  const orderBy = forward ? Prisma.sql`p.updated_at DESC, p.id ASC` : Prisma.sql`p.updated_at ASC, p.id DESC`;
  const at = key === null ? null : Prisma.sql`${key.value}::timestamptz`;
  const after =
    key === null || at === null
      ? null
      : forward
        ? Prisma.sql`(p.updated_at < ${at} OR (p.updated_at = ${at} AND p.id > ${key.id}::uuid))`
        : Prisma.sql`(p.updated_at > ${at} OR (p.updated_at = ${at} AND p.id < ${key.id}::uuid))`;
  return { after, orderBy, limit };
}

export function whereAll(conditions: readonly Prisma.Sql[]): Prisma.Sql {
  return conditions.length === 0 ? Prisma.sql`TRUE` : Prisma.join(conditions, ' AND ');
}
