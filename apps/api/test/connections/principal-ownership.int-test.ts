import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApi } from '../support/api-client';
import { createTestDatabase, dropDatabase } from '../support/databases';
import { Factories } from '../support/factories';
import { testConfig } from '../support/test-config';

const SET = `mutation($input: SetTeamPrincipalInput!) { setTeamPrincipal(input: $input) { principal { name } } }`;

type Caller = ReturnType<TestApi['as']>;

/**
 * A principal is one team's identity. Grants are made to it and removed from it (Kafka ACLs and
 * Postgres privileges are not counted), so a team claiming another team's principal, or the
 * platform's own user on the connection, could have that identity's access removed by revoking
 * its own subscription. Each name belongs to one team per connection, and never to the platform.
 */
describe('team principals belong to one team', () => {
  let database: { name: string; url: string };
  let api: TestApi;
  let factories: Factories;
  let ownerA: Caller;
  let ownerB: Caller;
  let teamA: string;
  let teamB: string;
  let cluster: { id: string };
  let orders: { id: string };

  const set = (caller: Caller, teamId: string, connectionId: string, name: string) =>
    caller.graphql<{ setTeamPrincipal: { principal: { name: string } } }>(SET, {
      input: { teamId, connectionId, name },
    });
  const principalsNamed = (name: string) => factories.prisma.teamPrincipal.findMany({ where: { name } });

  beforeAll(async () => {
    database = await createTestDatabase('principal_ownership');
    api = await TestApi.start(testConfig(database.url));
    factories = new Factories(database.url);
    const [userA, userB] = await Promise.all([factories.user(), factories.user()]);
    teamA = (await factories.team([{ userId: userA.id, role: 'OWNER' }])).id;
    teamB = (await factories.team([{ userId: userB.id, role: 'OWNER' }])).id;
    ownerA = api.as(await factories.apiToken({ userId: userA.id }));
    ownerB = api.as(await factories.apiToken({ userId: userB.id }));
    cluster = await factories.prisma.connection.create({
      data: {
        kind: 'KAFKA_CLUSTER',
        name: 'main',
        settings: { brokers: ['127.0.0.1:9092'], ssl: false, sasl: { mechanism: 'plain', username: 'tessera' } },
      },
    });
    orders = await factories.prisma.connection.create({
      data: {
        kind: 'POSTGRES_DATABASE',
        name: 'orders',
        settings: {
          host: '127.0.0.1',
          port: 5432,
          database: 'orders',
          ssl: 'DISABLE',
          readOnlyUser: 'freshness_reader',
          provisioningUser: 'orders_owner',
        },
      },
    });
  });

  afterAll(async () => {
    await factories.close();
    await api.close();
    await dropDatabase(database.name);
  });

  it("refuses another team's principal on the same connection, and lets the owner set it again", async () => {
    expect((await set(ownerA, teamA, orders.id, 'analytics')).body.errors).toBeUndefined();

    const taken = await set(ownerB, teamB, orders.id, 'analytics');
    const again = await set(ownerA, teamA, orders.id, 'analytics');

    expect(taken.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'PRINCIPAL_TAKEN' });
    expect(again.body.errors).toBeUndefined();
    expect((await principalsNamed('analytics')).map((row) => row.teamId)).toEqual([teamA]);
  });

  it('refuses the users Tessera itself connects as', async () => {
    for (const [connectionId, name] of [
      [orders.id, 'freshness_reader'],
      [orders.id, 'orders_owner'],
      [cluster.id, 'User:tessera'],
    ] as const) {
      const response = await set(ownerB, teamB, connectionId, name);
      expect(response.body.errors?.[0]?.extensions, name).toMatchObject({
        code: 'CONFLICT',
        reason: 'PRINCIPAL_TAKEN',
      });
      expect(await principalsNamed(name)).toEqual([]);
    }
  });

  it('gives a name asked for by two teams at once to one of them', async () => {
    const responses = await Promise.all([
      set(ownerA, teamA, cluster.id, 'User:shared'),
      set(ownerB, teamB, cluster.id, 'User:shared'),
    ]);

    expect(responses.filter((response) => response.body.errors === undefined)).toHaveLength(1);
    expect(await principalsNamed('User:shared')).toHaveLength(1);
  });
});
