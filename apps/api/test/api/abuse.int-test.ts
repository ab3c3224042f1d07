import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApi } from '../support/api-client';
import { createTestDatabase, dropDatabase } from '../support/databases';
import { Factories } from '../support/factories';
import { testConfig } from '../support/test-config';
import { expectNoInternals } from './internals';

/**
 * Acceptance: abusive requests against the production-mode API are each refused with a 4xx
 * and a stable code, and the API answers a normal query right after. No error body carries a
 * stack trace or an internal message.
 */

const json = (payload: unknown): InjectOptions => ({
  method: 'POST',
  url: '/graphql',
  headers: { 'content-type': 'application/json' },
  payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
});

const deep = (levels: number) =>
  `{ dataProduct(slug: "x") { ${'team { products(first: 1) { nodes { '.repeat(levels)}id${' } } }'.repeat(levels)} } }`;

interface Abuse {
  readonly name: string;
  readonly request: () => InjectOptions;
  readonly status: number;
  readonly code: string;
  readonly reason?: string;
  readonly message?: RegExp;
}

const ABUSES: Abuse[] = [
  {
    name: '100 aliases',
    request: () =>
      json({ query: `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: apiInfo { version }`).join(' ')} }` }),
    status: 400,
    code: 'VALIDATION_FAILED',
    reason: 'TOO_MANY_ALIASES',
  },
  {
    // 16 x (team, products, nodes) + dataProduct + id: 50 levels.
    name: 'a query 50 levels deep',
    request: () => json({ query: deep(16) }),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    reason: 'QUERY_TOO_DEEP',
  },
  {
    name: 'a 1 MB query',
    request: () => json({ query: `{ apiInfo { ${'version '.repeat(125_000)}} }` }),
    status: 413,
    code: 'QUERY_TOO_LARGE',
  },
  {
    name: 'a body over the 1 MiB limit',
    request: () => json({ query: '{ apiInfo { version } }', variables: { padding: 'x'.repeat(1_100_000) } }),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
  },
  {
    name: 'a batch of 100 operations',
    request: () => json(Array.from({ length: 100 }, () => ({ query: '{ apiInfo { version } }' }))),
    status: 400,
    code: 'BATCHING_NOT_SUPPORTED',
  },
  {
    name: 'a mutation over GET',
    request: () => ({
      method: 'GET',
      url: `/graphql?query=${encodeURIComponent('mutation { signOut { signedOut } }')}`,
    }),
    status: 405,
    code: 'METHOD_NOT_ALLOWED',
  },
  {
    name: 'a urlencoded POST (what an HTML form sends)',
    request: () => ({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `query=${encodeURIComponent('mutation { signOut { signedOut } }')}`,
    }),
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    name: 'a multipart POST',
    request: () => ({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      payload: '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ apiInfo { version } }\r\n--x--\r\n',
    }),
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    name: 'a text/plain POST',
    request: () => ({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'text/plain' },
      payload: JSON.stringify({ query: '{ apiInfo { version } }' }),
    }),
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    name: 'introspection',
    request: () => json({ query: '{ __schema { types { name fields { name } } } }' }),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /introspection has been disabled/,
  },
  {
    name: 'a query over the cost limit',
    request: () =>
      json({ query: '{ dataProducts(first: 100) { nodes { team { products(first: 100) { nodes { id } } } } } }' }),
    status: 400,
    code: 'VALIDATION_FAILED',
    reason: 'QUERY_TOO_COSTLY',
  },
  {
    name: 'a body that is not JSON',
    request: () => json('{"query": "{ apiInfo { version } }"'),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a query that is not a string',
    request: () => json({ query: { kind: 'Document', definitions: [] } }),
    status: 400,
    code: 'BAD_REQUEST',
  },
];

describe('abuse of the GraphQL endpoint in production mode', () => {
  let database: { name: string; url: string };
  let api: TestApi;
  let factories: Factories;
  let token: string;
  let product: { slug: string; name: string };

  beforeAll(async () => {
    database = await createTestDatabase('abuse');
    api = await TestApi.start(testConfig(database.url, { NODE_ENV: 'production' }));
    factories = new Factories(database.url);
    const user = await factories.user();
    const team = await factories.team([{ userId: user.id, role: 'OWNER' }]);
    const domain = await factories.domain(team.id);
    product = await factories.product(team.id, domain.id, { status: 'PUBLISHED', publishedAt: new Date() });
    token = await factories.apiToken({ userId: user.id });
  });

  afterAll(async () => {
    await factories.close();
    await api.close();
    await dropDatabase(database.name);
  });

  async function expectNormalQueryAnswers(): Promise<void> {
    const normal = await api
      .as(token)
      .graphql<{ dataProduct: { name: string } }>('query($slug: String) { dataProduct(slug: $slug) { name } }', {
        slug: product.slug,
      });
    expect(normal.status).toBe(200);
    expect(normal.body).toEqual({ data: { dataProduct: { name: product.name } } });
  }

  it('has the acceptance list of abuses', () => {
    expect(ABUSES.length).toBeGreaterThanOrEqual(7);
  });

  it.each(ABUSES)(
    'refuses $name with HTTP $status and $code, then answers a normal query',
    async ({ request, status, code, reason, message }) => {
      const options = request();
      const response: LightMyRequestResponse = await api.app.inject({
        ...options,
        headers: { ...options.headers, authorization: `Bearer ${token}` },
      });
      expect(response.statusCode, response.body.slice(0, 500)).toBe(status);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      const body = response.json<{
        data?: unknown;
        errors: { message: string; extensions: Record<string, unknown> }[];
      }>();
      expect(body.data ?? null).toBeNull();
      expect(body.errors[0]?.extensions.code).toBe(code);
      if (reason) expect(body.errors[0]?.extensions.reason).toBe(reason);
      if (message) expect(body.errors[0]?.message).toMatch(message);
      expectNoInternals(response.body);
      await expectNormalQueryAnswers();
    },
  );

  it('answers a query over GET (cacheable reads stay possible)', async () => {
    const response = await api.app.inject({
      method: 'GET',
      url: `/graphql?query=${encodeURIComponent('{ apiInfo { version } }')}`,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ data: { apiInfo: { version: expect.any(String) as unknown } } });
  });

  it('drops field suggestions, which would describe the schema to a prober', async () => {
    const response = await api.as(token).graphql('{ dataProduct(slug: "x") { nam } }');
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.message).toBe('Cannot query field "nam" on type "DataProduct".');
  });

  it.each([
    ['an id that is not a UUID', 'query { outputPort(id: "1; DROP TABLE data_products") { id } }'],
    ['a slug with a NUL byte', 'query { dataProduct(slug: "a\\u0000b") { id } }'],
    ['a cursor that was never issued', 'query { dataProducts(first: 1, after: "not-a-cursor") { totalCount } }'],
    ['a negative page size', 'query { dataProducts(first: -5) { totalCount } }'],
    ['an unknown enum value', 'query { dataProducts(first: 1, filter: { statuses: [BOGUS] }) { totalCount } }'],
    ['an integer beyond 32 bits', 'query { dataProducts(first: 99999999999) { totalCount } }'],
  ])('answers %s with a stable code and no internals', async (_name, query) => {
    const response = await api.as(token).graphql(query);
    expect(response.status).toBeLessThan(500);
    const codes = (response.body.errors ?? []).map((error) => error.extensions?.code);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
    for (const code of codes) expect(code).toMatch(/^[A-Z_]+$/);
    expectNoInternals(JSON.stringify(response.body));
  });
});
