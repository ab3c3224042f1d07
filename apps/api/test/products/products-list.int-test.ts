import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, errorOf, ProductWorld } from './product-world';

const LIST = `query($filter: DataProductFilter, $orderBy: DataProductOrder, $first: Int, $after: String, $last: Int, $before: String) {
  dataProducts(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    edges { cursor node { slug name } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { slug: string; name: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

describe('listing data products', () => {
  let world: ProductWorld;
  let domainId: string;
  const names: string[] = [];

  beforeAll(async () => {
    world = await ProductWorld.start('products_list');
    domainId = (await world.factories.domain(world.teamA.id)).id;
    // Mixed case on purpose: the order is case-insensitive.
    const base = [
      'delta',
      'Alpha',
      'charlie',
      'Bravo',
      'echo',
      'foxtrot',
      'Golf',
      'hotel',
      'India',
      'juliet',
      'kilo',
      'Lima',
    ];
    for (const [index, name] of base.entries()) {
      const product = await world.product(index % 3 === 0 ? world.teamB.id : world.teamA.id, {
        domainId,
        name,
        status: index % 4 === 0 ? 'DEPRECATED' : 'PUBLISHED',
        classification: index % 2 === 0 ? 'PUBLIC' : 'CONFIDENTIAL',
        tags: index % 5 === 0 ? ['finance'] : ['ops', `t${index}`],
      });
      if (index % 3 === 1)
        await world.factories.outputPort(product.id, {
          kind: 'POSTGRES_TABLE',
          location: { database: 'dw', schema: 's', table: 't' },
        });
      names.push(name);
    }
  });

  afterAll(async () => {
    await world.close();
  });

  const list = (variables: Record<string, unknown>) =>
    world.as(world.outsider)<{ dataProducts: Page }>(LIST, { filter: { domainIds: [domainId] }, ...variables });
  const byName = () => [...names].sort((left, right) => left.toLowerCase().localeCompare(right.toLowerCase()));

  it('pages forward by name, case-insensitively, returning each product once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: Page = dataOf(await list({ first: 5, after })).dataProducts;
      expect(page.totalCount).toBe(names.length);
      seen.push(...page.edges.map((edge) => edge.node.name));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(byName());
  });

  it('pages backward from the end with last/before', async () => {
    const seen: string[] = [];
    let before: string | null = null;
    for (;;) {
      const page: Page = dataOf(await list({ last: 5, before })).dataProducts;
      seen.unshift(...page.edges.map((edge) => edge.node.name));
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    expect(seen).toEqual(byName());
  });

  it('orders by most recently updated', async () => {
    const touched = await world.factories.prisma.dataProduct.findFirstOrThrow({ where: { domainId, name: 'kilo' } });
    await world.factories.prisma.dataProduct.update({ where: { id: touched.id }, data: { purpose: 'changed' } });
    const page = dataOf(await list({ first: 3, orderBy: 'UPDATED_AT' })).dataProducts;
    expect(page.edges[0]?.node.name).toBe('kilo');
    const next = dataOf(await list({ first: 20, orderBy: 'UPDATED_AT', after: page.pageInfo.endCursor })).dataProducts;
    expect(new Set([...page.edges, ...next.edges].map((edge) => edge.node.name)).size).toBe(names.length);
  });

  it('returns each product exactly once while products are being added', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let round = 0; ; round += 1) {
      const page: Page = dataOf(await list({ first: 4, after })).dataProducts;
      seen.push(...page.edges.map((edge) => edge.node.slug));
      // New products land before and after the cursor, as they would in a busy catalog.
      await world.product(world.teamA.id, { domainId, name: `aaa added ${round}`, status: 'PUBLISHED' });
      await world.product(world.teamA.id, { domainId, name: `zzz added ${round}`, status: 'PUBLISHED' });
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    const originals = await world.factories.prisma.dataProduct.findMany({ where: { domainId, name: { in: names } } });
    expect(seen).toEqual(expect.arrayContaining(originals.map((row) => row.slug)));
    await world.factories.prisma.dataProduct.deleteMany({ where: { domainId, name: { contains: 'added' } } });
  });

  it('filters by team, status, classification, tag and port kind, counting what it lists', async () => {
    const cases: [Record<string, unknown>, (index: number) => boolean][] = [
      [{ teamIds: [world.teamB.id] }, (index) => index % 3 === 0],
      [{ statuses: ['DEPRECATED'] }, (index) => index % 4 === 0],
      [{ classifications: ['PUBLIC'] }, (index) => index % 2 === 0],
      [{ tags: ['finance', 't1'] }, (index) => index % 5 === 0 || index === 1],
      [{ portKinds: ['POSTGRES_TABLE'] }, (index) => index % 3 === 1],
      [{ portKinds: ['KAFKA_TOPIC'] }, () => false],
      [{ classifications: ['PUBLIC'], statuses: ['PUBLISHED'] }, (index) => index % 2 === 0 && index % 4 !== 0],
    ];
    for (const [filter, expected] of cases) {
      const page = dataOf(await list({ first: 50, filter: { domainIds: [domainId], ...filter } })).dataProducts;
      const wanted = names.filter((_name, index) => expected(index));
      expect(page.edges.map((edge) => edge.node.name).sort(), JSON.stringify(filter)).toEqual([...wanted].sort());
      expect(page.totalCount, JSON.stringify(filter)).toBe(wanted.length);
    }
  });

  it('refuses a cursor of another order, mixed paging arguments and bad filter values', async () => {
    const page = dataOf(await list({ first: 2 })).dataProducts;
    const mixed = await list({ first: 2, orderBy: 'UPDATED_AT', after: page.pageInfo.endCursor });
    expect(errorOf(mixed)).toMatchObject({ code: 'VALIDATION_FAILED', reason: 'INVALID_CURSOR' });
    expect(errorOf(await list({ first: 2, last: 2 }))).toMatchObject({ reason: 'INVALID_PAGE_ARGUMENTS' });
    // The same checks, with the same codes, on the nested lists under a team and a domain.
    const nested = await world.as(world.outsider)(
      'query($id: ID) { team(id: $id) { products(first: 500) { totalCount } } }',
      { id: world.teamA.id },
    );
    expect(errorOf(nested)).toMatchObject({ code: 'VALIDATION_FAILED', reason: 'INVALID_PAGE_ARGUMENTS' });
    const nestedFilter = await world.as(world.outsider)(
      'query($id: ID) { domain(id: $id) { products(filter: { statuses: [DRAFT], domainIds: ["x"] }) { totalCount } } }',
      { id: domainId },
    );
    expect(errorOf(nestedFilter)).toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [{ path: 'filter.domainIds.0' }],
    });
    expect(errorOf(await list({ first: 2, filter: { tags: ['Not A Tag'] } }))).toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [{ path: 'filter.tags.0' }],
    });
  });
});
