import type { ApiTokenScope } from '@tessera/contracts';
import { expect } from 'vitest';
import { TestApi, type GraphqlResponse } from '../support/api-client';
import { createTestDatabase, dropDatabase } from '../support/databases';
import { uniqueSuffix } from '../support/environment';
import { Factories } from '../support/factories';
import { testConfig } from '../support/test-config';

/** Someone who calls the API: a user (or a team) and the bearer token they call with. */
export interface Caller {
  readonly userId: string | null;
  readonly token: string;
}

export type Graphql = <Data = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
) => Promise<GraphqlResponse<Data>>;

/**
 * A suite's own database and API with the people the products tests act as: two teams
 * (A with an OWNER and a MEMBER, B with an OWNER), a user in no team, a platform admin,
 * and a domain owned by team A.
 */
export class ProductWorld {
  private constructor(
    readonly database: { name: string; url: string },
    readonly api: TestApi,
    readonly factories: Factories,
  ) {}

  teamA!: { id: string; slug: string };
  teamB!: { id: string; slug: string };
  domain!: { id: string; slug: string };
  ownerA!: Caller;
  memberA!: Caller;
  ownerB!: Caller;
  outsider!: Caller;
  admin!: Caller;

  static async start(prefix: string, overrides: Record<string, string> = {}): Promise<ProductWorld> {
    const database = await createTestDatabase(prefix);
    const api = await TestApi.start(testConfig(database.url, overrides));
    const world = new ProductWorld(database, api, new Factories(database.url));
    await world.populate();
    return world;
  }

  private async populate(): Promise<void> {
    const users = await Promise.all([1, 2, 3, 4].map(() => this.factories.user()));
    const [ownerA, memberA, ownerB, outsider] = users as [
      (typeof users)[0],
      (typeof users)[0],
      (typeof users)[0],
      (typeof users)[0],
    ];
    const admin = await this.factories.user({ isPlatformAdmin: true });
    this.teamA = await this.factories.team([
      { userId: ownerA.id, role: 'OWNER' },
      { userId: memberA.id, role: 'MEMBER' },
    ]);
    this.teamB = await this.factories.team([{ userId: ownerB.id, role: 'OWNER' }]);
    this.domain = await this.factories.domain(this.teamA.id);
    this.ownerA = await this.caller(ownerA.id);
    this.memberA = await this.caller(memberA.id);
    this.ownerB = await this.caller(ownerB.id);
    this.outsider = await this.caller(outsider.id);
    this.admin = await this.caller(admin.id, ['admin', 'catalog:read', 'catalog:write']);
  }

  async caller(userId: string, scopes?: ApiTokenScope[]): Promise<Caller> {
    return { userId, token: await this.factories.apiToken({ userId }, scopes) };
  }

  as(caller: Caller): Graphql {
    return (query, variables) => this.api.as(caller.token).graphql(query, variables);
  }

  /** A product row in any state, straight into the database (for arranging, not for the behaviour under test). */
  product(teamId: string, overrides: Parameters<Factories['product']>[2] = {}): ReturnType<Factories['product']> {
    return this.factories.product(teamId, overrides.domainId ?? this.domain.id, overrides);
  }

  slug(prefix = 'product'): string {
    return `${prefix}-${uniqueSuffix()}`;
  }

  auditCount(where: { entityId?: string; action?: string } = {}): Promise<number> {
    return this.factories.prisma.auditEvent.count({ where });
  }

  async close(): Promise<void> {
    await this.factories.close();
    await this.api.close();
    await dropDatabase(this.database.name);
  }
}

/** The one error of a response, with its code, reason and field issues. */
export function errorOf(response: GraphqlResponse<unknown>): {
  message: string;
  code: unknown;
  reason: unknown;
  issues: unknown;
} {
  expect(response.body.errors, 'expected exactly one error').toHaveLength(1);
  const [error] = response.body.errors!;
  return {
    message: error!.message,
    code: error!.extensions?.code,
    reason: error!.extensions?.reason,
    issues: error!.extensions?.issues,
  };
}

/** The data of a response that must have succeeded. */
export function dataOf<Data>(response: GraphqlResponse<Data>): Data {
  expect(response.body.errors).toBeUndefined();
  return response.body.data!;
}
