import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApi } from '../support/api-client';
import { createTestDatabase, dropDatabase } from '../support/databases';
import { Factories } from '../support/factories';
import { testConfig } from '../support/test-config';
import { SearchClient } from './search-client';

const ADD_PORT = `mutation($input: AddOutputPortInput!) { addOutputPort(input: $input) { outputPort { name } } }`;

describe('search: typos, prefixes, port names, ranking and highlights', () => {
  let database: { name: string; url: string };
  let api: TestApi;
  let factories: Factories;
  let reader: SearchClient;
  let writerToken: string;
  let teamId: string;
  let domainId: string;

  beforeAll(async () => {
    database = await createTestDatabase('search_matching');
    api = await TestApi.start(testConfig(database.url));
    factories = new Factories(database.url);
    const owner = await factories.user();
    const outsider = await factories.user();
    const team = await factories.team([{ userId: owner.id, role: 'OWNER' }]);
    teamId = team.id;
    domainId = (await factories.domain(team.id)).id;
    writerToken = await factories.apiToken({ userId: owner.id });
    reader = new SearchClient(api, await factories.apiToken({ userId: outsider.id }, ['catalog:read']));

    const published = { status: 'PUBLISHED' as const };
    await factories.product(teamId, domainId, {
      ...published,
      slug: 'payments-ledger',
      name: 'Payments ledger',
      purpose: 'Every card payment booked, one row per ledger entry.',
      tags: ['finance'],
    });
    await factories.product(teamId, domainId, {
      ...published,
      slug: 'card-payments-daily',
      name: 'Card payments daily',
      purpose: 'Daily totals of card payments by merchant.',
    });
    await factories.product(teamId, domainId, {
      ...published,
      slug: 'payment-refunds',
      name: 'Payment refunds',
      purpose: 'Refunds issued against earlier payments.',
    });
    await factories.product(teamId, domainId, {
      ...published,
      slug: 'merchant-ledger',
      name: 'Merchant ledger',
      purpose: 'Balances per merchant, fed by payments and fees.',
    });
    await factories.product(teamId, domainId, {
      ...published,
      slug: 'orders-history',
      name: 'Orders history',
      purpose: 'Every order ever placed.',
    });
    await factories.product(teamId, domainId, {
      ...published,
      slug: 'customer-profiles',
      name: 'Customer profiles <beta> & "consents"',
      purpose: 'Who our customers are.',
    });
  });

  afterAll(async () => {
    await factories.close();
    await api.close();
    await dropDatabase(database.name);
  });

  const PAYMENTS = ['card-payments-daily', 'merchant-ledger', 'payment-refunds', 'payments-ledger'];

  it('finds the payments products through a typo', async () => {
    expect(await reader.slugs({ query: 'paymnts' })).toEqual(PAYMENTS);
  });

  it('finds them from an unfinished word, and keeps the other words exact', async () => {
    expect(await reader.slugs({ query: 'paym' })).toEqual(PAYMENTS);
    expect(await reader.slugs({ query: 'PAYM' })).toEqual(PAYMENTS);
    expect(await reader.slugs({ query: 'card paym' })).toEqual(['card-payments-daily', 'payments-ledger']);
  });

  it('requires every word, each corrected on its own', async () => {
    expect(await reader.slugs({ query: 'paymnts refnds' })).toEqual(['payment-refunds']);
    expect(await reader.slugs({ query: 'paymnts zebra' })).toEqual([]);
  });

  it('takes web-search syntax literally', async () => {
    expect(await reader.slugs({ query: 'payments -refunds' })).toEqual([
      'card-payments-daily',
      'merchant-ledger',
      'payments-ledger',
    ]);
    expect(await reader.slugs({ query: '"payments daily"' })).toEqual(['card-payments-daily']);
  });

  it('ranks name matches above matches in the description only', async () => {
    const result = await reader.search({ query: 'payments' });
    const order = result.edges.map((edge) => edge.node.slug);
    expect(order.indexOf('merchant-ledger')).toBe(order.length - 1);
    const scores = result.edges.map((edge) => edge.score ?? 0);
    expect(scores).toEqual([...scores].sort((left, right) => right - left));
    expect(scores.every((score) => score > 0)).toBe(true);
  });

  it('highlights the matched word, also when the query was misspelt', async () => {
    const result = await reader.search({ query: 'paymnts refnds' });
    expect(result.edges[0]?.highlights).toEqual([
      { field: 'NAME', snippet: '<mark>Payment</mark> <mark>refunds</mark>' },
      { field: 'PURPOSE', snippet: '<mark>Refunds</mark> issued against earlier <mark>payments</mark>' },
    ]);
    const browse = await reader.search({ first: 1 });
    expect(browse.edges[0]).toMatchObject({ score: null, highlights: [] });
  });

  it('escapes the product text around the marks', async () => {
    const result = await reader.search({ query: 'profiles' });
    expect(result.edges[0]?.highlights[0]?.snippet).toBe(
      'Customer <mark>profiles</mark> &lt;beta&gt; &amp; &quot;consents&quot;',
    );
  });

  it('finds a product by the name of an output port added later, typos included', async () => {
    const product = await factories.product(teamId, domainId, {
      status: 'PUBLISHED',
      slug: 'warehouse-stock',
      name: 'Warehouse stock',
    });
    expect(await reader.slugs({ query: 'occupancy' })).toEqual([]);
    const added = await api.as(writerToken).graphql(ADD_PORT, {
      input: {
        productId: product.id,
        name: 'bin-occupancy-events',
        kind: 'KAFKA_TOPIC',
        location: { cluster: 'main', topic: 'warehouse.bin-occupancy' },
      },
    });
    expect(added.body.errors).toBeUndefined();
    expect(await reader.slugs({ query: 'occupancy' })).toEqual(['warehouse-stock']);
    expect(await reader.slugs({ query: 'ocupancy' })).toEqual(['warehouse-stock']);
    const facets = (await reader.search({ query: 'occupancy' })).facets;
    expect(facets.portKinds).toEqual([{ value: 'KAFKA_TOPIC', label: 'KAFKA_TOPIC', count: 1 }]);
  });

  it('refuses bad arguments with stable codes', async () => {
    const codeOf = async (variables: Parameters<SearchClient['raw']>[0]) =>
      (await reader.raw(variables)).body.errors?.[0]?.extensions;
    expect(await codeOf({ after: 'bm90IGEgY3Vyc29y' })).toMatchObject({
      code: 'VALIDATION_FAILED',
      reason: 'INVALID_CURSOR',
    });
    const page = await reader.search({ query: 'payments', first: 1 });
    expect(await codeOf({ query: 'payments', sort: 'NAME', after: page.pageInfo.endCursor })).toMatchObject({
      reason: 'INVALID_CURSOR',
    });
    expect(await codeOf({ query: 'orders', after: page.pageInfo.endCursor })).toMatchObject({
      reason: 'INVALID_CURSOR',
    });
    expect(await codeOf({ filter: { domainIds: ['not-an-id'] } })).toMatchObject({
      code: 'VALIDATION_FAILED',
      reason: 'INVALID_SEARCH',
    });
    expect(await codeOf({ query: 'x'.repeat(201) })).toMatchObject({ reason: 'INVALID_SEARCH' });
    expect(await codeOf({ first: 101 })).toMatchObject({ reason: 'INVALID_PAGE_ARGUMENTS' });
  });

  it('needs a signed-in caller with the catalog:read scope', async () => {
    const anonymous = await api.graphql('{ searchDataProducts { totalCount } }');
    expect(anonymous.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    const user = await factories.user();
    const narrow = await factories.apiToken({ userId: user.id }, ['freshness:report']);
    const refused = await api.as(narrow).graphql('{ searchDataProducts { totalCount } }');
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
