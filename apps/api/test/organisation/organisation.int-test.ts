import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApi } from '../support/api-client';
import { createTestDatabase, dropDatabase } from '../support/databases';
import { Factories } from '../support/factories';
import { testConfig } from '../support/test-config';

const CREATE_TEAM =
  'mutation($input: CreateTeamInput!) { createTeam(input: $input) { team { id slug members { role user { email } } } } }';
const CREATE_DOMAIN =
  'mutation($input: CreateDomainInput!) { createDomain(input: $input) { domain { id slug team { slug } } } }';
const ADD_MEMBER =
  'mutation($input: AddTeamMemberInput!) { addTeamMember(input: $input) { team { members { role user { id } } } } }';
const CHANGE_ROLE =
  'mutation($input: ChangeTeamMemberRoleInput!) { changeTeamMemberRole(input: $input) { team { id } } }';

describe('organisation: teams, memberships, domains, users, audit log', () => {
  let database: { name: string; url: string };
  let api: TestApi;
  let factories: Factories;
  let adminToken: string;

  beforeAll(async () => {
    database = await createTestDatabase('organisation');
    api = await TestApi.start(testConfig(database.url));
    factories = new Factories(database.url);
    const admin = await factories.user({ isPlatformAdmin: true });
    adminToken = await factories.apiToken({ userId: admin.id }, ['admin']);
  });

  afterAll(async () => {
    await factories.close();
    await api.close();
    await dropDatabase(database.name);
  });

  it('lets an admin create a team with owners and a domain it owns, each audited once', async () => {
    const owner = await factories.user();
    const team = await api.as(adminToken).graphql<{
      createTeam: { team: { id: string; slug: string; members: { role: string; user: { email: string } }[] } };
    }>(CREATE_TEAM, {
      input: { slug: 'checkout', name: 'Checkout', ownerUserIds: [owner.id] },
    });
    expect(team.body.data?.createTeam.team.members).toEqual([{ role: 'OWNER', user: { email: owner.email } }]);
    const teamId = team.body.data!.createTeam.team.id;
    const domain = await api
      .as(adminToken)
      .graphql<{ createDomain: { domain: { team: { slug: string } } } }>(CREATE_DOMAIN, {
        input: { slug: 'checkout', name: 'Checkout', teamId },
      });
    expect(domain.body.data?.createDomain.domain.team.slug).toBe('checkout');
    expect(
      await factories.prisma.auditEvent.count({ where: { teamId, action: { in: ['team.create', 'domain.create'] } } }),
    ).toBe(2);
  });

  it('treats null optional fields as not given', async () => {
    const created = await api
      .as(adminToken)
      .graphql<{ createUser: { user: { email: string } } }>(
        'mutation($input: CreateUserInput!) { createUser(input: $input) { user { email } } }',
        {
          input: {
            email: `Nullable-${Date.now()}@Example.com`,
            displayName: 'Nullable',
            password: null,
            isPlatformAdmin: null,
          },
        },
      );
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data?.createUser.user.email).toMatch(/^nullable-\d+@example\.com$/);
  });

  it('refuses non-admins creating teams or domains, and writes nothing', async () => {
    const user = await factories.user();
    const token = await factories.apiToken({ userId: user.id }, ['catalog:write']);
    const auditBefore = await factories.prisma.auditEvent.count();
    const team = await api.as(token).graphql(CREATE_TEAM, { input: { slug: 'rogue', name: 'Rogue' } });
    expect(team.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await factories.prisma.team.count({ where: { slug: 'rogue' } })).toBe(0);
    expect(await factories.prisma.auditEvent.count()).toBe(auditBefore);
  });

  it('refuses an invalid or duplicate slug with a field path, and writes nothing', async () => {
    const auditBefore = await factories.prisma.auditEvent.count();
    const invalid = await api.as(adminToken).graphql(CREATE_TEAM, { input: { slug: 'Not A Slug', name: 'X' } });
    expect(invalid.body.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [{ path: 'slug' }],
    });
    const existing = await factories.team();
    const duplicate = await api.as(adminToken).graphql(CREATE_TEAM, { input: { slug: existing.slug, name: 'X' } });
    expect(duplicate.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'TEAM_SLUG_TAKEN' });
    expect(await factories.prisma.auditEvent.count()).toBe(auditBefore);
  });

  it('lets team owners manage members but not plain members, and keeps a last owner', async () => {
    const owner = await factories.user();
    const member = await factories.user();
    const newcomer = await factories.user();
    const team = await factories.team([
      { userId: owner.id, role: 'OWNER' },
      { userId: member.id, role: 'MEMBER' },
    ]);
    const ownerToken = await factories.apiToken({ userId: owner.id });
    const memberToken = await factories.apiToken({ userId: member.id });

    const byMember = await api.as(memberToken).graphql(ADD_MEMBER, { input: { teamId: team.id, userId: newcomer.id } });
    expect(byMember.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byOwner = await api
      .as(ownerToken)
      .graphql<{ addTeamMember: { team: { members: { role: string; user: { id: string } }[] } } }>(ADD_MEMBER, {
        input: { teamId: team.id, userId: newcomer.id },
      });
    expect(byOwner.body.data?.addTeamMember.team.members).toHaveLength(3);
    const again = await api.as(ownerToken).graphql(ADD_MEMBER, { input: { teamId: team.id, userId: newcomer.id } });
    expect(again.body.errors?.[0]?.extensions?.reason).toBe('ALREADY_MEMBER');

    const demoteLast = await api
      .as(ownerToken)
      .graphql(CHANGE_ROLE, { input: { teamId: team.id, userId: owner.id, role: 'MEMBER' } });
    expect(demoteLast.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'LAST_OWNER' });
    expect(await factories.prisma.teamMembership.count({ where: { teamId: team.id, role: 'OWNER' } })).toBe(1);
  });

  it('shows the audit log to admins in full and to a team only for its own entities', async () => {
    const owner = await factories.user();
    const outsider = await factories.user();
    const team = await factories.team([{ userId: owner.id, role: 'OWNER' }]);
    const ownerToken = await factories.apiToken({ userId: owner.id });
    await api.as(ownerToken).graphql(
      'mutation($input: UpdateTeamInput!) { updateTeam(input: $input) { team { id } } }',
      {
        input: { id: team.id, description: 'We own checkout data' },
      },
      { 'x-request-id': 'audit-who-what' },
    );
    // Who, with which token, in which request, before and after.
    const recorded = await factories.prisma.auditEvent.findFirstOrThrow({
      where: { teamId: team.id, action: 'team.update' },
    });
    const token = await factories.prisma.apiToken.findFirstOrThrow({ where: { userId: owner.id } });
    expect(recorded).toMatchObject({
      actorType: 'TOKEN',
      actorUserId: owner.id,
      actorTokenId: token.id,
      sessionId: null,
      entityType: 'team',
      entityId: team.id,
      requestId: 'audit-who-what',
      before: expect.objectContaining({ description: '' }) as unknown,
      after: expect.objectContaining({ description: 'We own checkout data' }) as unknown,
    });
    const query =
      'query($filter: AuditEventFilter) { auditEvents(filter: $filter, first: 5) { totalCount nodes { action teamId before after } } }';

    const own = await api
      .as(ownerToken)
      .graphql<{ auditEvents: { totalCount: number; nodes: { action: string; after: { description: string } }[] } }>(
        query,
        { filter: { teamId: team.id } },
      );
    expect(own.body.errors).toBeUndefined();
    expect(own.body.data?.auditEvents.nodes[0]).toMatchObject({
      action: 'team.update',
      after: { description: 'We own checkout data' },
    });
    const outsiderToken = await factories.apiToken({ userId: outsider.id });
    expect(
      (await api.as(outsiderToken).graphql(query, { filter: { teamId: team.id } })).body.errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await api.as(ownerToken).graphql(query, {})).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const all = await api.as(adminToken).graphql<{ auditEvents: { totalCount: number } }>(query, {});
    expect(all.body.data?.auditEvents.totalCount).toBeGreaterThanOrEqual(1);
  });

  it('keeps the audit log append-only, even for the database owner', async () => {
    await expect(factories.prisma.auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
  });
});
