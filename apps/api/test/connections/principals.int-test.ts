import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrincipalDirectory } from '../../src/modules/connections/principal-directory';
import { TestApi } from '../support/api-client';
import { createTestDatabase, dropDatabase } from '../support/databases';
import { Factories } from '../support/factories';
import { testConfig } from '../support/test-config';

const SET = `mutation($input: SetTeamPrincipalInput!) {
  setTeamPrincipal(input: $input) { principal { id kind name connection { id kind name } } team { id } }
}`;
const REMOVE = `mutation($input: RemoveTeamPrincipalInput!) {
  removeTeamPrincipal(input: $input) { removedPrincipalId team { id } }
}`;
const TEAM = 'query($id: ID!) { team(id: $id) { id principals { kind name connection { kind name } } } }';
const REMOVE_CONNECTION = 'mutation($id: ID!) { removeConnection(input: { id: $id }) { removedConnectionId } }';

type Principal = { id: string; kind: string; name: string; connection: { id: string; kind: string; name: string } };

describe('team principals: set by owners and admins, read by members', () => {
  let database: { name: string; url: string };
  let api: TestApi;
  let factories: Factories;
  let admin: ReturnType<TestApi['as']>;
  let owner: ReturnType<TestApi['as']>;
  let member: ReturnType<TestApi['as']>;
  let otherOwner: ReturnType<TestApi['as']>;
  let teamId: string;
  let otherTeamId: string;
  let cluster: { id: string };
  let orders: { id: string };
  let registry: { id: string };

  beforeAll(async () => {
    database = await createTestDatabase('principals');
    api = await TestApi.start(testConfig(database.url));
    factories = new Factories(database.url);
    const [adminUser, ownerUser, memberUser, otherOwnerUser] = await Promise.all([
      factories.user({ isPlatformAdmin: true }),
      factories.user(),
      factories.user(),
      factories.user(),
    ]);
    teamId = (
      await factories.team([
        { userId: ownerUser.id, role: 'OWNER' },
        { userId: memberUser.id, role: 'MEMBER' },
      ])
    ).id;
    otherTeamId = (await factories.team([{ userId: otherOwnerUser.id, role: 'OWNER' }])).id;
    admin = api.as(await factories.apiToken({ userId: adminUser.id }, ['admin']));
    owner = api.as(await factories.apiToken({ userId: ownerUser.id }));
    member = api.as(await factories.apiToken({ userId: memberUser.id }));
    otherOwner = api.as(await factories.apiToken({ userId: otherOwnerUser.id }));
    // Connections are admin business; rows are enough here (registration has its own suite).
    const create = (kind: 'KAFKA_CLUSTER' | 'POSTGRES_DATABASE' | 'SCHEMA_REGISTRY', name: string, settings: object) =>
      factories.prisma.connection.create({ data: { kind, name, settings } });
    [cluster, orders, registry] = await Promise.all([
      create('KAFKA_CLUSTER', 'main', { brokers: ['127.0.0.1:9092'], ssl: false, sasl: null }),
      create('POSTGRES_DATABASE', 'orders', {
        host: '127.0.0.1',
        port: 5432,
        database: 'orders',
        ssl: 'DISABLE',
        readOnlyUser: 'reader',
        provisioningUser: null,
      }),
      create('SCHEMA_REGISTRY', 'main', { url: 'http://127.0.0.1:8081', username: null }),
    ]);
  });

  afterAll(async () => {
    await factories.close();
    await api.close();
    await dropDatabase(database.name);
  });

  async function principalsOf(as: ReturnType<TestApi['as']>, id = teamId) {
    const response = await as.graphql<{ team: { principals: Omit<Principal, 'id'>[] | null } }>(TEAM, { id });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.team.principals;
  }

  const auditCount = () => factories.prisma.auditEvent.count({ where: { entityType: 'team_principal' } });

  it('lets a team owner set its Kafka principal by connection id and its Postgres role by kind and name', async () => {
    const kafka = await owner.graphql<{ setTeamPrincipal: { principal: Principal } }>(SET, {
      input: { teamId, connectionId: cluster.id, name: 'User:checkout-reader' },
    });
    expect(kafka.body.errors).toBeUndefined();
    expect(kafka.body.data?.setTeamPrincipal.principal).toMatchObject({
      kind: 'KAFKA_PRINCIPAL',
      name: 'User:checkout-reader',
      connection: { id: cluster.id, kind: 'KAFKA_CLUSTER', name: 'main' },
    });
    const postgres = await owner.graphql<{ setTeamPrincipal: { principal: Principal } }>(SET, {
      input: { teamId, connectionKind: 'POSTGRES_DATABASE', connectionName: 'orders', name: 'checkout_reader' },
    });
    expect(postgres.body.data?.setTeamPrincipal.principal).toMatchObject({
      kind: 'POSTGRES_ROLE',
      name: 'checkout_reader',
    });

    expect(await principalsOf(member)).toEqual([
      { kind: 'KAFKA_PRINCIPAL', name: 'User:checkout-reader', connection: { kind: 'KAFKA_CLUSTER', name: 'main' } },
      { kind: 'POSTGRES_ROLE', name: 'checkout_reader', connection: { kind: 'POSTGRES_DATABASE', name: 'orders' } },
    ]);
    const audit = await factories.prisma.auditEvent.findMany({ where: { entityType: 'team_principal', teamId } });
    expect(audit.map((event) => event.action)).toEqual(['team_principal.set', 'team_principal.set']);
  });

  it('answers the access feature through the PrincipalDirectory', async () => {
    const directory = api.app.get(PrincipalDirectory);
    expect(await directory.kafkaPrincipalFor(teamId, 'main')).toBe('User:checkout-reader');
    expect(await directory.postgresRoleFor(teamId, 'orders')).toBe('checkout_reader');
    expect(await directory.principalFor(teamId, { kind: 'POSTGRES_DATABASE', name: 'orders' })).toMatchObject({
      teamId,
      connectionId: orders.id,
      connectionKind: 'POSTGRES_DATABASE',
      kind: 'POSTGRES_ROLE',
    });
    // Names are per kind: the cluster "main" is not the database "main".
    expect(await directory.postgresRoleFor(teamId, 'main')).toBeNull();
    expect(await directory.kafkaPrincipalFor(otherTeamId, 'main')).toBeNull();
  });

  it('replaces a principal (audited as an update); setting the same name again writes nothing', async () => {
    const before = await auditCount();
    const same = await owner.graphql(SET, {
      input: { teamId, connectionId: cluster.id, name: 'User:checkout-reader' },
    });
    expect(same.body.errors).toBeUndefined();
    expect(await auditCount()).toBe(before);
    const changed = await admin.graphql(SET, { input: { teamId, connectionId: cluster.id, name: 'User:checkout-v2' } });
    expect(changed.body.errors).toBeUndefined();
    const event = await factories.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: 'team_principal', action: 'team_principal.update' },
    });
    expect(event).toMatchObject({
      teamId,
      before: expect.objectContaining({ name: 'User:checkout-reader' }) as unknown,
      after: expect.objectContaining({ name: 'User:checkout-v2', connectionName: 'main' }) as unknown,
    });
    expect(await api.app.get(PrincipalDirectory).kafkaPrincipalFor(teamId, 'main')).toBe('User:checkout-v2');
  });

  it('refuses names that do not fit the connection kind, and registries', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ connectionId: cluster.id, name: 'checkout-reader' }, 'INVALID_PRINCIPAL'],
      [{ connectionId: cluster.id, name: 'User:*' }, 'INVALID_PRINCIPAL'],
      [{ connectionId: orders.id, name: 'public' }, 'INVALID_PRINCIPAL'],
      [{ connectionId: orders.id, name: 'r'.repeat(64) }, 'INVALID_PRINCIPAL'],
      [{ connectionId: orders.id, name: 'pg_read_all_data' }, 'INVALID_PRINCIPAL'],
      [{ connectionId: registry.id, name: 'User:x' }, 'PRINCIPALS_NOT_SUPPORTED'],
      [{ connectionId: '00000000-0000-4000-8000-000000000000', name: 'User:x' }, 'CONNECTION_NOT_FOUND'],
      [{ connectionKind: 'KAFKA_CLUSTER', connectionName: 'nope', name: 'User:x' }, 'CONNECTION_NOT_FOUND'],
    ];
    const before = await auditCount();
    for (const [input, reason] of cases) {
      const response = await owner.graphql(SET, { input: { teamId, ...input } });
      expect(response.body.errors?.[0]?.extensions?.reason, JSON.stringify(input)).toBe(reason);
    }
    expect(await auditCount()).toBe(before);
    expect(await api.app.get(PrincipalDirectory).kafkaPrincipalFor(teamId, 'main')).toBe('User:checkout-v2');
  });

  it("refuses a member of the team and another team's owner alike (FORBIDDEN), changing nothing", async () => {
    const before = await auditCount();
    for (const caller of [member, otherOwner]) {
      const set = await caller.graphql(SET, { input: { teamId, connectionId: cluster.id, name: 'User:intruder' } });
      expect(set.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const removed = await caller.graphql(REMOVE, { input: { teamId, connectionId: cluster.id } });
      expect(removed.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    // The same answer for a team that does not exist: nothing to learn by probing.
    const ghost = await otherOwner.graphql(SET, {
      input: { teamId: '00000000-0000-4000-8000-000000000000', connectionId: cluster.id, name: 'User:x' },
    });
    expect(ghost.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await auditCount()).toBe(before);
    expect(await api.app.get(PrincipalDirectory).kafkaPrincipalFor(teamId, 'main')).toBe('User:checkout-v2');
  });

  it("hides a team's principals from other teams (null) and shows them to admins", async () => {
    expect(await principalsOf(otherOwner)).toBeNull();
    expect(await principalsOf(admin)).toHaveLength(2);
    expect(await principalsOf(otherOwner, otherTeamId)).toEqual([]);
  });

  it('lets a team token with the OWNER role set principals, but not one with MEMBER', async () => {
    const ownerToken = api.as(await factories.apiToken({ teamId: otherTeamId, role: 'OWNER' }, ['catalog:write']));
    const memberToken = api.as(await factories.apiToken({ teamId: otherTeamId, role: 'MEMBER' }, ['catalog:write']));
    const refused = await memberToken.graphql(SET, {
      input: { teamId: otherTeamId, connectionId: orders.id, name: 'other_reader' },
    });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const allowed = await ownerToken.graphql(SET, {
      input: { teamId: otherTeamId, connectionId: orders.id, name: 'other_reader' },
    });
    expect(allowed.body.errors).toBeUndefined();
  });

  it('keeps a connection while principals are set on it; removing them lets it go', async () => {
    const refused = await admin.graphql(REMOVE_CONNECTION, { id: orders.id });
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CONNECTION_IN_USE' });
    expect(refused.body.errors?.[0]?.message).toContain('2 team principal(s)');

    const removed = await owner.graphql<{ removeTeamPrincipal: { removedPrincipalId: string } }>(REMOVE, {
      input: { teamId, connectionId: orders.id },
    });
    expect(removed.body.errors).toBeUndefined();
    expect(await api.app.get(PrincipalDirectory).postgresRoleFor(teamId, 'orders')).toBeNull();
    const again = await owner.graphql(REMOVE, { input: { teamId, connectionId: orders.id } });
    expect(again.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'PRINCIPAL_NOT_FOUND' });
    const event = await factories.prisma.auditEvent.findFirstOrThrow({ where: { action: 'team_principal.remove' } });
    expect(event).toMatchObject({ teamId, entityId: removed.body.data?.removeTeamPrincipal.removedPrincipalId });

    await admin.graphql(REMOVE, { input: { teamId: otherTeamId, connectionId: orders.id } });
    const gone = await admin.graphql(REMOVE_CONNECTION, { id: orders.id });
    expect(gone.body.errors).toBeUndefined();
  });
});
