import { firstParam, hrefWith, type SearchParams } from '@/lib/search-params';

export const PRODUCTS_PAGE_SIZE = 10;

/** Relay paging arguments from `?after=` or `?before=`: forward by default, backward from a cursor. */
export function pageArguments(params: SearchParams) {
  const after = firstParam(params.after);
  const before = firstParam(params.before);
  if (before) return { last: PRODUCTS_PAGE_SIZE, before, first: null, after: null };
  return { first: PRODUCTS_PAGE_SIZE, after: after ?? null, last: null, before: null };
}

interface PageInfo {
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  readonly startCursor?: string | null;
  readonly endCursor?: string | null;
}

/** Previous and next links for a Relay connection shown at `path`. */
export function pageLinks(path: string, pageInfo: PageInfo): { previous?: string; next?: string } {
  return {
    previous:
      pageInfo.hasPreviousPage && pageInfo.startCursor ? hrefWith(path, { before: pageInfo.startCursor }) : undefined,
    next: pageInfo.hasNextPage && pageInfo.endCursor ? hrefWith(path, { after: pageInfo.endCursor }) : undefined,
  };
}
