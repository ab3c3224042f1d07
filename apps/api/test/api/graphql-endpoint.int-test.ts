import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApi } from '../support/api-client';
import { createTestDatabase, dropDatabase } from '../support/databases';
import { testConfig } from '../support/test-config';

describe('the GraphQL endpoint', () => {
  let database: { name: string; url: string };
  let api: TestApi;

  beforeAll(async () => {
    database = await createTestDatabase('graphql');
    api = await TestApi.start(testConfig(database.url, { GRAPHQL_MAX_DEPTH: '4' }));
  });

  afterAll(async () => {
    await api.close();
    await dropDatabase(database.name);
  });

  it('answers a query with the API version and configured integrations', async () => {
    const response = await api.graphql<{
      apiInfo: { version: string; integrations: { name: string; configured: boolean }[] };
    }>('{ apiInfo { version integrations { name configured } } }');
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.apiInfo.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(response.body.data?.apiInfo.integrations).toEqual([
      { name: 'postgres', configured: true },
      { name: 'redis', configured: true },
      { name: 'kafka', configured: true },
      { name: 'schemaRegistry', configured: true },
    ]);
  });

  it('echoes the caller request id, or mints one', async () => {
    const given = await api.graphql('{ apiInfo { version } }', undefined, { 'x-request-id': 'ci-run-42' });
    expect(given.headers['x-request-id']).toBe('ci-run-42');
    const minted = await api.graphql('{ apiInfo { version } }');
    expect(minted.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('gives a stable code to a query that does not validate', async () => {
    const response = await api.graphql('{ apiInfo { nope } }');
    // Nothing executed: a request error, so HTTP 400 (abuse cases are in abuse.int-test.ts).
    expect(response.status).toBe(400);
    expect(response.body.data).toBeNull();
    expect(response.body.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
    ]);
  });

  it('refuses a query deeper than the configured limit', async () => {
    const response = await api.graphql('{ __schema { types { fields { type { ofType { name } } } } } }');
    expect(response.body.data).toBeNull();
    expect(response.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.body.errors?.[0]?.message).toMatch(/depth/i);
  });
});
