import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApi } from '../support/api-client';
import { createTestDatabase, dropDatabase } from '../support/databases';
import { Factories } from '../support/factories';
import { testConfig } from '../support/test-config';
import { SearchClient, type SearchResult, type SearchVariables } from './search-client';

const SORTS = ['RELEVANCE', 'NAME', 'UPDATED_AT', 'POPULARITY'] as const;
const PAGE_SIZE = 4;
const ADDING_ROUNDS = 6;

describe('search: cursor paging while products are being added', () => {
  let database: { name: string; url: string };
  let api: TestApi;
  let factories: Factories;
  let reader: SearchClient;
  let teamId: string;
  let domainId: string;
  let added = 0;

  beforeAll(async () => {
    database = await createTestDatabase('search_paging');
    api = await TestApi.start(testConfig(database.url));
    factories = new Factories(database.url);
    const user = await factories.user();
    const team = await factories.team([{ userId: user.id, role: 'MEMBER' }]);
    teamId = team.id;
    domainId = (await factories.domain(team.id)).id;
    reader = new SearchClient(api, await factories.apiToken({ userId: user.id }, ['catalog:read']));
  });

  afterAll(async () => {
    await factories.close();
    await api.close();
    await dropDatabase(database.name);
  });

  /**
   * A product matching "paymnts" (through the correction to "payments"), with varied scores,
   * names, update times and popularity, including exact ties.
   */
  function matchingProduct(label: string, index: number) {
    const where = index % 3; // the word in the name (best), the tags, or the purpose only
    return factories.product(teamId, domainId, {
      status: 'PUBLISHED',
      slug: `${label}-${index}-${added++}`,
      name: where === 0 ? `Payments ${label} ${index % 5}` : `Ledger ${label} ${index % 5}`,
      tags: where === 1 ? ['payments'] : [],
      purpose: where === 2 ? 'Card payments, settled.' : 'Settled entries.',
      subscriberCount: index % 4,
      updatedAt: new Date(Date.UTC(2026, 0, 1 + (index % 6))),
    });
  }

  /**
   * Products added while paging: some sort before the cursor, some after, and one whose name
   * contains the misspelt query word itself, which would change a recomputed correction.
   */
  function addDuringPaging(round: number) {
    const early = new Date(Date.UTC(2025, 0, 1));
    return Promise.all([
      matchingProduct('aaa', round * 3),
      matchingProduct('zzz', round * 3 + 1),
      factories.product(teamId, domainId, {
        status: 'PUBLISHED',
        slug: `paymnts-typo-${round}-${added++}`,
        name: `Paymnts typo ${round}`,
        subscriberCount: round % 2 === 0 ? 100 : 0,
        updatedAt: early,
      }),
    ]);
  }

  it('returns every product that existed at the start exactly once, in every order', async () => {
    const existing = new Set<string>();
    for (let index = 0; index < 30; index++) existing.add((await matchingProduct('base', index)).id);

    for (const sort of SORTS) {
      const variables: SearchVariables = { query: 'paymnts', sort, first: PAGE_SIZE };
      const before = new Set((await reader.all(variables)).map((edge) => edge.node.id));
      for (const id of existing) expect(before.has(id)).toBe(true);

      const seen: string[] = [];
      let after: string | null = null;
      for (let round = 0; ; round++) {
        // Products are inserted between pages and while a page is being read (for a while:
        // those sorting after the cursor would otherwise keep the list growing forever).
        const adding = round < ADDING_ROUNDS;
        const [page]: [SearchResult, unknown] = await Promise.all([
          reader.search({ ...variables, after }),
          adding && round % 2 === 1 ? addDuringPaging(round) : Promise.resolve(),
        ]);
        if (adding && round % 2 === 0) await addDuringPaging(round);
        seen.push(...page.edges.map((edge) => edge.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
        expect(round).toBeLessThan(100);
      }

      expect({ sort, repeated: seen.filter((id, index) => seen.indexOf(id) !== index) }).toEqual({
        sort,
        repeated: [],
      });
      expect({ sort, missing: [...existing].filter((id) => !seen.includes(id)) }).toEqual({ sort, missing: [] });
    }
  });

  it('keeps the spelling correction of the first page, even when new products make the typo a common word', async () => {
    const existing = new Set<string>();
    for (let index = 0; index < 12; index++)
      existing.add(
        (await factories.product(teamId, domainId, { status: 'PUBLISHED', name: `Settlement batch ${index}` })).id,
      );
    const first = await reader.search({ query: 'settlemnt', first: 3 });
    expect(first.edges).toHaveLength(3);
    // Now more products spell it "settlemnt" than "settlement": a new search no longer corrects it.
    for (let index = 0; index < 10; index++)
      await factories.product(teamId, domainId, { status: 'PUBLISHED', name: `Settlemnt typo ${index}` });
    const fresh = await reader.all({ query: 'settlemnt' });
    expect(fresh.every((edge) => edge.node.name.startsWith('Settlemnt typo'))).toBe(true);

    const seen = first.edges.map((edge) => edge.node.id);
    let after = first.pageInfo.endCursor;
    for (let page = await reader.search({ query: 'settlemnt', first: 3, after }); ;) {
      seen.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
      page = await reader.search({ query: 'settlemnt', first: 3, after });
    }
    expect(seen.filter((id) => existing.has(id)).sort()).toEqual([...existing].sort());
  });

  it('orders each sort by its key, ties by id', async () => {
    const byName = await reader.all({ query: 'payments', sort: 'NAME' });
    const names = byName.map((edge) => edge.node.name.toLowerCase());
    expect(names).toEqual([...names].sort((left, right) => (left < right ? -1 : left > right ? 1 : 0)));
    const byScore = await reader.all({ query: 'payments', sort: 'RELEVANCE' }, PAGE_SIZE);
    const scores = byScore.map((edge) => edge.score ?? 0);
    expect(scores).toEqual([...scores].sort((left, right) => right - left));
  });
});
