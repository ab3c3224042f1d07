import { Injectable } from '@nestjs/common';
import { toPageRequest } from '../../infra/graphql/pagination';
import { AuthorizationService } from '../authorization/authorization.service';
import { productVisibility } from '../authorization/policy';
import type { RequestContext } from '../identity/actor';
import { toDataProduct } from '../products/product.mapper';
import { parseSearchArguments, type SearchDataProductsArgs, type SearchSort } from './dto/search-data-products.args';
import type {
  DataProductSearchEdge,
  DataProductSearchFacets,
  DataProductSearchResult,
  SearchHighlight,
  SearchSummary,
} from './models/data-product-search.model';
import { decodeSearchCursor, encodeSearchCursor } from './search-cursor';
import {
  completableTerm,
  correctableTerms,
  expansionOf,
  MAX_COMPLETIONS,
  parseSearchQuery,
  termsTsquery,
  type ParsedQuery,
  type QueryExpansion,
} from './search-query';
import {
  MATCH_START,
  MATCH_STOP,
  SearchRepository,
  type SearchCriteria,
  type SearchMatch,
  type SearchRow,
  type SummaryRow,
} from './search.repository';

const PAGE_SIZES = { defaultSize: 20, maxSize: 100 };

function matchOf(parsed: ParsedQuery, expansion: QueryExpansion): SearchMatch {
  if (parsed.kind === 'browse') return { kind: 'all' };
  if (parsed.kind === 'websearch') return { kind: 'websearch', text: parsed.text };
  return { kind: 'tsquery', text: termsTsquery(parsed.terms, expansion) };
}

function keyOf(sort: SearchSort, row: SearchRow): string | number {
  switch (sort) {
    case 'NAME':
      return row.nameKey;
    case 'UPDATED_AT':
      return row.updatedAt.toISOString();
    case 'POPULARITY':
      return row.subscriberCount;
    case 'RELEVANCE':
      return row.scoreKey ?? '0';
  }
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes the field's text, so the only markup a client receives is our <mark>. */
function snippetOf(headline: string | null): string | null {
  if (headline === null || !headline.includes(MATCH_START)) return null;
  return headline
    .replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character)
    .replaceAll(MATCH_START, '<mark>')
    .replaceAll(MATCH_STOP, '</mark>');
}

function highlightsOf(row: SearchRow): SearchHighlight[] {
  const highlights: SearchHighlight[] = [];
  const name = snippetOf(row.nameSnippet);
  if (name !== null) highlights.push({ field: 'NAME', snippet: name });
  const purpose = snippetOf(row.purposeSnippet);
  if (purpose !== null) highlights.push({ field: 'PURPOSE', snippet: purpose });
  return highlights;
}

function toSummary(rows: readonly SummaryRow[]): SearchSummary {
  const facets: DataProductSearchFacets = {
    domains: [],
    teams: [],
    tags: [],
    classifications: [],
    statuses: [],
    portKinds: [],
  };
  let totalCount = 0;
  for (const row of [...rows].sort((left, right) => left.position - right.position)) {
    if (row.facet === 'total') totalCount = row.count;
    else facets[row.facet].push({ value: row.value, label: row.label, count: row.count });
  }
  return { totalCount, facets };
}

@Injectable()
export class SearchService {
  constructor(
    private readonly authorization: AuthorizationService,
    private readonly repository: SearchRepository,
  ) {}

  /**
   * One page of visible products matching the query and filter. `withSummary` starts the
   * total/facet statement alongside the page (the caller knows whether it was asked for);
   * otherwise it runs only if `summary()` is called.
   */
  async searchDataProducts(
    request: RequestContext,
    args: SearchDataProductsArgs,
    options: { withSummary: boolean } = { withSummary: false },
  ): Promise<DataProductSearchResult> {
    this.authorization.assert(request.actor, 'product.discover');
    const { query, filter, sort: requestedSort } = parseSearchArguments(args);
    const page = toPageRequest({ first: args.first }, PAGE_SIZES);
    const parsed = parseSearchQuery(query);
    // Without a query there is nothing to rank by; browsing is alphabetical.
    const sort = parsed.kind === 'browse' && requestedSort === 'RELEVANCE' ? 'NAME' : requestedSort;
    const cursor = args.after != null ? decodeSearchCursor(args.after, sort, parsed) : null;
    const expansion = cursor?.expansion ?? (await this.expand(parsed));
    const criteria: SearchCriteria = {
      visibility: productVisibility(request.actor),
      match: matchOf(parsed, expansion),
      filter,
    };

    let pending: Promise<SearchSummary> | undefined;
    const summary = () => (pending ??= this.repository.countResultsAndFacets(criteria).then((rows) => toSummary(rows)));
    // Started now, so both statements run at once; a failure surfaces where it is awaited.
    if (options.withSummary) summary().catch(() => undefined);

    const rows = await this.repository.findResultPage(criteria, {
      sort,
      after: cursor && { key: cursor.key, id: cursor.id },
      limit: page.limit + 1,
    });
    const edges: DataProductSearchEdge[] = rows.slice(0, page.limit).map((row) => ({
      cursor: encodeSearchCursor(parsed, { sort, key: keyOf(sort, row), id: row.id, expansion }),
      node: toDataProduct(row),
      score: row.score,
      highlights: highlightsOf(row),
    }));
    return {
      edges,
      pageInfo: {
        hasNextPage: rows.length > page.limit,
        hasPreviousPage: cursor !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      summary,
    };
  }

  /** Looks the query's words up in the lexicon: corrections of rare or unknown words, completions of the last. */
  private async expand(parsed: ParsedQuery): Promise<QueryExpansion> {
    const prefix = completableTerm(parsed);
    const { corrections, completions } = await this.repository.lookUpLexicon(
      correctableTerms(parsed),
      prefix,
      MAX_COMPLETIONS,
    );
    return expansionOf(parsed, corrections, completions);
  }
}
