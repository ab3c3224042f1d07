import { Injectable } from '@nestjs/common';
import { PORT_KIND_NAMES } from '@tessera/contracts';
import { Prisma } from '../../generated/prisma/client';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { ProductVisibility } from '../authorization/policy';
import {
  filterConditions,
  PRODUCT_COLUMNS,
  visibleCondition,
  type ProductFilterFields,
} from '../products/product-list.sql';
import type { ProductRow } from '../products/products.repository';
import type { SearchFilter, SearchSort } from './dto/search-data-products.args';

/**
 * Every SQL statement of product search. The statement builders are exported so the
 * benchmark runs exactly these statements directly against Postgres (`bench/search.mjs`).
 * User input only ever reaches SQL as bound parameters.
 */

/** How the text query restricts products: not at all (browse), or a tsquery. */
export type SearchMatch =
  | { readonly kind: 'all' }
  /** tsquery syntax built by `termsTsquery` from letters-and-digits words only. */
  | { readonly kind: 'tsquery'; readonly text: string }
  | { readonly kind: 'websearch'; readonly text: string };

export interface SearchCriteria {
  readonly visibility: ProductVisibility;
  readonly match: SearchMatch;
  readonly filter: SearchFilter;
}

export interface PageQuery {
  /** RELEVANCE only with a query; browsing orders by NAME instead. */
  readonly sort: SearchSort;
  readonly after: { readonly key: string | number; readonly id: string } | null;
  /** Rows to read: the page size plus one, to tell whether another page follows. */
  readonly limit: number;
}

/** A product as the products module reads it, with what search adds for the page. */
export type SearchRow = ProductRow & {
  nameKey: string;
  /** The rounded score as exact decimal text, for cursors; null when browsing. */
  scoreKey: string | null;
  score: number | null;
  nameSnippet: string | null;
  purposeSnippet: string | null;
};

export type FacetName = 'domains' | 'teams' | 'tags' | 'classifications' | 'statuses' | 'portKinds';

/** The filter field each facet counts without (disjunctive faceting). */
const FACET_FIELD: Record<FacetName, keyof ProductFilterFields> = {
  domains: 'domainIds',
  teams: 'teamIds',
  tags: 'tags',
  classifications: 'classifications',
  statuses: 'statuses',
  portKinds: 'portKinds',
};

export interface SummaryRow {
  facet: FacetName | 'total';
  value: string;
  label: string;
  count: number;
  position: number;
}

/** Spelling correction: lexicon words at least this similar (pg_trgm similarity) to a query word. */
export const MIN_CORRECTION_SIMILARITY = 0.45;
export const MAX_CORRECTIONS_PER_TERM = 3;
/** A known word is corrected only to words used by more than this many times as many products. */
export const CORRECTION_FREQUENCY_RATIO = 2;
export const MAX_FACET_VALUES = 50;

/** Private-use characters around matches; the service escapes the text and turns them into <mark>. */
export const MATCH_START = '\uE000';
export const MATCH_STOP = '\uE001';
const NAME_HEADLINE = `HighlightAll=true, StartSel=${MATCH_START}, StopSel=${MATCH_STOP}`;
const PURPOSE_HEADLINE = `MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … ", StartSel=${MATCH_START}, StopSel=${MATCH_STOP}`;

function tsquery(match: SearchMatch): Prisma.Sql | null {
  if (match.kind === 'tsquery') return Prisma.sql`to_tsquery('english', ${match.text}::text)`;
  if (match.kind === 'websearch') return Prisma.sql`websearch_to_tsquery('english', ${match.text}::text)`;
  return null;
}

/**
 * Relevance: cover density of the query in the weighted vector (A name and slug 1.0, B tags
 * 0.4, C purpose and port names 0.2, D usage and limitations 0.1), normalised to 0..1 by
 * rank/(rank+1). It depends on the product and the query only, so it is stable while paging.
 * Rounded to a decimal so that cursors compare exactly.
 */
function scoreOf(query: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`round(ts_rank_cd('{0.1, 0.2, 0.4, 1.0}'::real[], p.search_vector, ${query}, 32)::numeric, 6)`;
}

function matches(match: SearchMatch): Prisma.Sql {
  const query = tsquery(match);
  return query === null ? Prisma.sql`TRUE` : Prisma.sql`p.search_vector @@ ${query}`;
}

function all(conditions: readonly Prisma.Sql[]): Prisma.Sql {
  return conditions.length === 0 ? Prisma.sql`TRUE` : Prisma.join(conditions, ' AND ');
}

/**
 * The rows a search considers before paging: visible (hidden products, other teams' drafts,
 * are excluded before anything is ranked or counted), matching the query, passing the filter.
 */
function candidates(criteria: SearchCriteria): Prisma.Sql {
  return all([visibleCondition(criteria.visibility), matches(criteria.match), ...filterConditions(criteria.filter)]);
}

/** Keyset condition for orders on a plain column, newest or largest first, ties by id ascending. */
function afterDescending(column: Prisma.Sql, key: Prisma.Sql, id: string): Prisma.Sql {
  // The first conjunct alone can use the (column DESC, id) index to start at the cursor.
  return Prisma.sql`${column} <= ${key} AND (${column} < ${key} OR p.id > ${id}::uuid)`;
}

function snippets(query: Prisma.Sql | null): Prisma.Sql {
  if (query === null) return Prisma.sql`NULL::text AS "nameSnippet", NULL::text AS "purposeSnippet"`;
  return Prisma.sql`ts_headline('english', p.name, ${query}, ${NAME_HEADLINE}::text) AS "nameSnippet",
    ts_headline('english', p.purpose, ${query}, ${PURPOSE_HEADLINE}::text) AS "purposeSnippet"`;
}

/**
 * One page of results with everything the page shows. Highlights and (for orders other than
 * relevance) scores are computed in the outer query, for the page's rows only.
 */
export function pageStatement(criteria: SearchCriteria, page: PageQuery): Prisma.Sql {
  const query = tsquery(criteria.match);
  const { after, limit } = page;
  if (page.sort === 'RELEVANCE') {
    if (query === null) throw new Error('RELEVANCE needs a query');
    // MATERIALIZED: the score is computed once per match, not again in the keyset filter.
    return Prisma.sql`
      WITH ranked AS MATERIALIZED (
        SELECT p.id, ${scoreOf(query)} AS score FROM data_products p WHERE ${candidates(criteria)}
      ), page AS (
        SELECT r.id, r.score FROM ranked r
        WHERE ${after === null ? Prisma.sql`TRUE` : Prisma.sql`r.score <= ${String(after.key)}::numeric AND (r.score < ${String(after.key)}::numeric OR r.id > ${after.id}::uuid)`}
        ORDER BY r.score DESC, r.id LIMIT ${limit}::int
      )
      SELECT ${PRODUCT_COLUMNS}, page.score::text AS "scoreKey", page.score::float8 AS "score", ${snippets(query)}
      FROM page JOIN data_products p ON p.id = page.id
      ORDER BY page.score DESC, page.id`;
  }
  const order = {
    NAME: { by: Prisma.sql`lower(p.name) ASC, p.id ASC` },
    UPDATED_AT: { by: Prisma.sql`p.updated_at DESC, p.id ASC` },
    POPULARITY: { by: Prisma.sql`p.subscriber_count DESC, p.id ASC` },
  }[page.sort];
  let keyset = Prisma.sql`TRUE`;
  if (after !== null && page.sort === 'NAME')
    keyset = Prisma.sql`(lower(p.name), p.id) > (${after.key}::text, ${after.id}::uuid)`;
  if (after !== null && page.sort === 'UPDATED_AT')
    keyset = afterDescending(Prisma.sql`p.updated_at`, Prisma.sql`${after.key}::timestamptz`, after.id);
  if (after !== null && page.sort === 'POPULARITY')
    keyset = afterDescending(Prisma.sql`p.subscriber_count`, Prisma.sql`${after.key}::int`, after.id);
  const score = query === null ? Prisma.sql`NULL::numeric` : scoreOf(query);
  return Prisma.sql`
    WITH page AS (
      SELECT p.id FROM data_products p WHERE ${candidates(criteria)} AND ${keyset}
      ORDER BY ${order.by} LIMIT ${limit}::int
    )
    SELECT ${PRODUCT_COLUMNS}, ${score}::text AS "scoreKey", ${score}::float8 AS "score", ${snippets(query)}
    FROM page JOIN data_products p ON p.id = page.id
    ORDER BY ${order.by}`;
}

/** GROUPING() of (domain_id, team_id, classification, status): a bit set for each column left out. */
const GROUPED_BY = { domains: 0b0111, teams: 0b1011, classifications: 0b1101, statuses: 0b1110, nothing: 0b1111 };

/**
 * The total and every facet in one statement, over the matches read once. Disjunctive
 * faceting: each facet counts with every filter but its own (one flag per facet on each
 * match), so a count is exactly what selecting that value instead of the facet's current
 * selection returns; the total applies every filter. Domain, team, classification and status
 * are counted in one pass with grouping sets, port kinds in the same pass (one count per
 * kind); tags by unnesting the arrays. A text query's matches are kept in memory and read
 * once; browsing (up to every product) instead reads the narrow covering index twice, which
 * beats spilling 100k rows to a temporary file.
 */
export function summaryStatement(criteria: SearchCriteria): Prisma.Sql {
  const applies = (except?: FacetName) => all(filterConditions(criteria.filter, except && FACET_FIELD[except]));
  const position = (order: Prisma.Sql) => Prisma.sql`row_number() OVER (ORDER BY ${order})::int`;
  return Prisma.sql`
    WITH matched AS ${criteria.match.kind === 'all' ? Prisma.sql`NOT MATERIALIZED` : Prisma.sql`MATERIALIZED`} (
      SELECT p.domain_id, p.team_id, p.tags, p.classification, p.status, p.port_kinds,
             ${applies()} AS in_total, ${applies('domains')} AS in_domains, ${applies('teams')} AS in_teams,
             ${applies('tags')} AS in_tags, ${applies('classifications')} AS in_classifications,
             ${applies('statuses')} AS in_statuses, ${applies('portKinds')} AS in_port_kinds
      FROM data_products p WHERE ${visibleCondition(criteria.visibility)} AND ${matches(criteria.match)}
    ), grouped AS (
      SELECT GROUPING(m.domain_id, m.team_id, m.classification, m.status) AS grouped_by,
             m.domain_id, m.team_id, m.classification, m.status,
             count(*) FILTER (WHERE m.in_total) AS total,
             count(*) FILTER (WHERE m.in_domains) AS domains, count(*) FILTER (WHERE m.in_teams) AS teams,
             count(*) FILTER (WHERE m.in_classifications) AS classifications,
             count(*) FILTER (WHERE m.in_statuses) AS statuses,
             ARRAY[${Prisma.join(
               PORT_KIND_NAMES.map(
                 (kind) =>
                   Prisma.sql`count(*) FILTER (WHERE m.in_port_kinds AND m.port_kinds @> ARRAY[${kind}::"PortKind"])`,
               ),
             )}] AS port_kinds
      FROM matched m
      GROUP BY GROUPING SETS ((m.domain_id), (m.team_id), (m.classification), (m.status), ())
    )
    SELECT 'total' AS facet, '' AS value, '' AS label, g.total::int AS count, 0 AS position
      FROM grouped g WHERE g.grouped_by = ${GROUPED_BY.nothing}
    UNION ALL
    (SELECT 'domains', g.domain_id::text, d.name, g.domains::int, ${position(Prisma.sql`g.domains DESC, d.name, g.domain_id`)}
       FROM grouped g JOIN domains d ON d.id = g.domain_id
      WHERE g.grouped_by = ${GROUPED_BY.domains} AND g.domains > 0 ORDER BY 5 LIMIT ${MAX_FACET_VALUES}::int)
    UNION ALL
    (SELECT 'teams', g.team_id::text, t.name, g.teams::int, ${position(Prisma.sql`g.teams DESC, t.name, g.team_id`)}
       FROM grouped g JOIN teams t ON t.id = g.team_id
      WHERE g.grouped_by = ${GROUPED_BY.teams} AND g.teams > 0 ORDER BY 5 LIMIT ${MAX_FACET_VALUES}::int)
    UNION ALL
    SELECT 'classifications', g.classification::text, g.classification::text, g.classifications::int,
           ${position(Prisma.sql`g.classification`)}
      FROM grouped g WHERE g.grouped_by = ${GROUPED_BY.classifications} AND g.classifications > 0
    UNION ALL
    SELECT 'statuses', g.status::text, g.status::text, g.statuses::int, ${position(Prisma.sql`g.status`)}
      FROM grouped g WHERE g.grouped_by = ${GROUPED_BY.statuses} AND g.statuses > 0
    UNION ALL
    (SELECT 'tags', tag, tag, count(*)::int, ${position(Prisma.sql`count(*) DESC, tag`)}
       FROM (SELECT unnest(m.tags) AS tag FROM matched m WHERE m.in_tags) AS tagged
      GROUP BY tag ORDER BY 5 LIMIT ${MAX_FACET_VALUES}::int)
    UNION ALL
    SELECT 'portKinds', k.kind, k.kind, k.count::int, k.position::int
      FROM grouped g, unnest(${[...PORT_KIND_NAMES]}::text[], g.port_kinds) WITH ORDINALITY AS k(kind, count, position)
     WHERE g.grouped_by = ${GROUPED_BY.nothing} AND k.count > 0`;
}

/**
 * What the lexicon says about the query's words. Corrections: for each word, the most similar
 * lexicon words that are much more common than it (an unknown word has no products; a word a
 * few products misspell stays correctable), where `%` (trigram similarity above
 * pg_trgm.similarity_threshold, 0.3 by default) lets the GIN index find candidates and the
 * explicit bound keeps only close ones. Completions: the most common lexicon words the last
 * word begins, one more than the caller can use, so it knows when there are too many.
 */
export function lexiconStatement(terms: readonly string[], prefix: string | null, maxCompletions: number): Prisma.Sql {
  const completions =
    prefix === null
      ? Prisma.empty
      : Prisma.sql`
    UNION ALL
    (SELECT 'completion', ${prefix}::text, s.term, 0, 0::real FROM search_terms s
      WHERE s.term LIKE ${`${prefix}%`}::text AND s.term <> ${prefix}::text AND s.product_count > 0
      ORDER BY s.product_count DESC, s.term LIMIT ${maxCompletions + 1}::int)`;
  return Prisma.sql`
    WITH terms AS (
      SELECT t.term, t.position::int AS position,
             coalesce((SELECT k.product_count FROM search_terms k WHERE k.term = t.term), 0) AS uses
      FROM unnest(${[...terms]}::text[]) WITH ORDINALITY AS t(term, position)
    )
    SELECT 'correction' AS kind, t.term, c.word, t.position, c.similarity
    FROM terms t
    CROSS JOIN LATERAL (
      SELECT s.term AS word, similarity(s.term, t.term) AS similarity FROM search_terms s
      WHERE s.term % t.term AND s.term <> t.term AND similarity(s.term, t.term) >= ${MIN_CORRECTION_SIMILARITY}::real
        AND s.product_count > ${CORRECTION_FREQUENCY_RATIO}::int * t.uses
      ORDER BY similarity(s.term, t.term) DESC, s.product_count DESC, s.term LIMIT ${MAX_CORRECTIONS_PER_TERM}::int
    ) c
    ${completions}
    ORDER BY 1, 4, 5 DESC, 3`;
}

@Injectable()
export class SearchRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Spelling corrections of `terms` (term -> known words) and the known words `prefix` begins. */
  async lookUpLexicon(
    terms: readonly string[],
    prefix: string | null,
    maxCompletions: number,
  ): Promise<{ corrections: Map<string, string[]>; completions: string[] }> {
    const corrections = new Map<string, string[]>();
    const completions: string[] = [];
    if (terms.length === 0 && prefix === null) return { corrections, completions };
    const rows = await this.prisma.$queryRaw<{ kind: 'correction' | 'completion'; term: string; word: string }[]>(
      lexiconStatement(terms, prefix, maxCompletions),
    );
    for (const row of rows) {
      if (row.kind === 'completion') completions.push(row.word);
      else corrections.set(row.term, [...(corrections.get(row.term) ?? []), row.word]);
    }
    return { corrections, completions };
  }

  findResultPage(criteria: SearchCriteria, page: PageQuery): Promise<SearchRow[]> {
    return this.prisma.$queryRaw<SearchRow[]>(pageStatement(criteria, page));
  }

  countResultsAndFacets(criteria: SearchCriteria): Promise<SummaryRow[]> {
    return this.prisma.$queryRaw<SummaryRow[]>(summaryStatement(criteria));
  }
}
