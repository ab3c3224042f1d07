import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApi, type GraphqlResponse } from '../support/api-client';
import { createTestDatabase, dropDatabase } from '../support/databases';
import { Factories } from '../support/factories';
import { testConfig } from '../support/test-config';
import { ACCESS_CASES } from './access-cases';
import { CATALOG_CASES } from './catalog-cases';
import type { World } from './matrix-support';
import { buildWorld } from './matrix-world';
import { PLATFORM_CASES } from './platform-cases';

/**
 * The authorization matrix: role x action x resource over the GraphQL API, for every mutation
 * and every path on which a hidden product, a subscription or a port's connection details
 * could leak, including object ids of other teams (BOLA) and admin-only mutations called by
 * others. Each case asserts the exact outcome; refusals also assert that nothing was written.
 */
const CASES = [...CATALOG_CASES, ...ACCESS_CASES, ...PLATFORM_CASES];

describe('authorization matrix over the GraphQL API', () => {
  let database: { name: string; url: string };
  let api: TestApi;
  let factories: Factories;
  let world: World;

  beforeAll(async () => {
    database = await createTestDatabase('matrix');
    api = await TestApi.start(testConfig(database.url, { GRAPHQL_MAX_COST: '100000' }));
    factories = new Factories(database.url);
    world = await buildWorld(factories);
  });

  afterAll(async () => {
    await factories.close();
    await api.close();
    await dropDatabase(database.name);
  });

  it('has at least 80 cases, with unique names', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(80);
    expect(new Set(CASES.map((matrixCase) => matrixCase.name)).size).toBe(CASES.length);
  });

  it.each(CASES)('$name', async ({ role, query, variables, expected, writes }) => {
    const vars = variables?.(world);
    const auditBefore = writes === false ? await factories.prisma.auditEvent.count() : 0;
    const response: GraphqlResponse =
      role === 'anonymous' ? await api.graphql(query, vars) : await api.as(world.tokens[role]).graphql(query, vars);
    if ('code' in expected) {
      expect(response.body.errors?.[0]?.extensions?.code, JSON.stringify(response.body)).toBe(expected.code);
      if (expected.reason) expect(response.body.errors?.[0]?.extensions?.reason).toBe(expected.reason);
    } else {
      expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
      expected.data(response.body.data ?? {}, world);
    }
    if (writes === false) expect(await factories.prisma.auditEvent.count()).toBe(auditBefore);
  });
});
