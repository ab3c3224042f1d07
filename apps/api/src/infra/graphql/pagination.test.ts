import { describe, expect, it } from 'vitest';
import { DomainError } from './domain-error';
import { buildConnection, decodeCursor, encodeCursor, toPageRequest, type PageRequest } from './pagination';

const rows = Array.from({ length: 10 }, (_, index) => ({ id: index + 1, name: `product-${index + 1}` }));
const cursorOf = (row: { id: number }) => [row.id] as const;

/** Simulates a keyset query over `rows` ordered by id. */
function fetchPage(request: PageRequest) {
  const after = request.cursor?.[0] as number | undefined;
  const ordered =
    request.direction === 'forward'
      ? rows.filter((row) => after === undefined || row.id > after)
      : [...rows].reverse().filter((row) => after === undefined || row.id < after);
  return buildConnection(ordered.slice(0, request.limit + 1), request, {
    cursorOf,
    countTotal: () => Promise.resolve(rows.length),
  });
}

describe('cursor paging', () => {
  it('round-trips cursors and refuses ones it did not issue', () => {
    expect(decodeCursor(encodeCursor(['payments', 42, null]))).toEqual(['payments', 42, null]);
    expect(() => decodeCursor('not-a-cursor')).toThrow(DomainError);
    expect(() => decodeCursor(Buffer.from('{"a":1}').toString('base64url'))).toThrow('The cursor is not valid');
  });

  it('pages forward through every row exactly once', async () => {
    const seen: number[] = [];
    let after: string | null = null;
    for (;;) {
      const page = fetchPage(toPageRequest({ first: 3, after }));
      seen.push(...page.nodes.map((node) => node.id));
      expect(await page.totalCount()).toBe(10);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(rows.map((row) => row.id));
  });

  it('pages backward with last/before and keeps the list order within a page', () => {
    const lastPage = fetchPage(toPageRequest({ last: 4 }));
    expect(lastPage.nodes.map((node) => node.id)).toEqual([7, 8, 9, 10]);
    expect(lastPage.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const before = fetchPage(toPageRequest({ last: 4, before: lastPage.pageInfo.startCursor }));
    expect(before.nodes.map((node) => node.id)).toEqual([3, 4, 5, 6]);
    const first = fetchPage(toPageRequest({ last: 4, before: before.pageInfo.startCursor }));
    expect(first.nodes.map((node) => node.id)).toEqual([1, 2]);
    expect(first.pageInfo.hasPreviousPage).toBe(false);
  });

  it('refuses contradictory or oversized page arguments', () => {
    expect(() => toPageRequest({ first: 1, last: 1 })).toThrow('first cannot be combined with last');
    expect(() => toPageRequest({ first: 101 })).toThrow('first must be between 0 and 100');
    expect(() => toPageRequest({ last: -1 })).toThrow('last must be between 0 and 100');
    expect(() => toPageRequest({ first: 2, before: encodeCursor([1]) })).toThrow('cannot be combined');
  });

  it('counts the total only when asked, and once', async () => {
    let counted = 0;
    const page = buildConnection(
      rows.slice(0, 3),
      { direction: 'forward', limit: 2, cursor: null },
      { cursorOf, countTotal: () => Promise.resolve(++counted) },
    );
    expect(counted).toBe(0);
    await page.totalCount();
    await page.totalCount();
    expect(counted).toBe(1);
    expect(page.pageInfo.hasNextPage).toBe(true);
  });
});
