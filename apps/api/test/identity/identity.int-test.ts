import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApi } from '../support/api-client';
import { createTestDatabase, dropDatabase } from '../support/databases';
import { Factories } from '../support/factories';
import { testConfig } from '../support/test-config';

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { user { email } csrfToken } }';
const ME = '{ me { user { email isPlatformAdmin } authenticatedWith scopes memberships { role team { slug } } } }';
const CREATE_TOKEN =
  'mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id prefix scopes teamRole } } }';

describe('identity: sessions, CSRF, API tokens and the bootstrap admin', () => {
  let database: { name: string; url: string };
  let api: TestApi;
  let factories: Factories;

  beforeAll(async () => {
    database = await createTestDatabase('identity');
    api = await TestApi.start(
      testConfig(database.url, {
        BOOTSTRAP_ADMIN_EMAIL: 'root@example.com',
        BOOTSTRAP_ADMIN_PASSWORD: 'a long enough secret',
      }),
    );
    factories = new Factories(database.url);
  });

  afterAll(async () => {
    await factories.close();
    await api.close();
    await dropDatabase(database.name);
  });

  async function signIn(email: string, password: string, cookie?: string) {
    return api.graphql<{ signIn: { user: { email: string }; csrfToken: string } }>(
      SIGN_IN,
      { input: { email, password } },
      cookie ? { cookie } : {},
    );
  }

  it('creates the bootstrap admin once, who can sign in', async () => {
    expect(await factories.prisma.user.count({ where: { email: 'root@example.com', isPlatformAdmin: true } })).toBe(1);
    const response = await signIn('root@example.com', 'a long enough secret');
    expect(response.body.data?.signIn.user.email).toBe('root@example.com');
  });

  it('refuses anonymous callers on everything but public fields', async () => {
    const response = await api.graphql(ME);
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await api.graphql('{ apiInfo { version } }')).body.errors).toBeUndefined();
  });

  it('signs in with a password into an httpOnly SameSite=Lax cookie, and refuses a wrong password alike for known and unknown users', async () => {
    const user = await factories.user({ password: 'correct horse battery' });
    const response = await signIn(user.email, 'correct horse battery');
    const cookie = response.cookies.find((item) => item.name === 'tessera_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const me = await api.graphql<{ me: { user: { email: string }; authenticatedWith: string } }>(ME, undefined, {
      cookie: `tessera_session=${cookie?.value}`,
    });
    expect(me.body.data?.me).toMatchObject({ user: { email: user.email }, authenticatedWith: 'SESSION' });

    const wrong = await signIn(user.email, 'wrong password');
    const unknown = await signIn('nobody@example.com', 'wrong password');
    expect(wrong.body.errors?.[0]).toMatchObject({
      message: 'The email address or password is wrong',
      extensions: { code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' },
    });
    expect(unknown.body.errors?.[0]?.message).toBe(wrong.body.errors?.[0]?.message);
  });

  it('rotates the session on sign-in and revokes it server-side on sign-out', async () => {
    const user = await factories.user({ password: 'correct horse battery' });
    const first =
      (await signIn(user.email, 'correct horse battery')).cookies.find((item) => item.name === 'tessera_session')
        ?.value ?? '';
    const second = await signIn(user.email, 'correct horse battery', `tessera_session=${first}`);
    const secondCookie = second.cookies.find((item) => item.name === 'tessera_session')?.value ?? '';
    expect(second.body.errors).toBeUndefined();
    expect(secondCookie).not.toBe(first);
    // The dead cookie still lets the browser reach public fields and sign in again.
    expect(
      (await api.graphql('{ apiInfo { version } }', undefined, { cookie: `tessera_session=${first}` })).body.errors,
    ).toBeUndefined();
    expect((await signIn(user.email, 'correct horse battery', `tessera_session=${first}`)).body.errors).toBeUndefined();
    expect(
      (await api.graphql(ME, undefined, { cookie: `tessera_session=${first}` })).body.errors?.[0]?.extensions?.reason,
    ).toBe('SESSION_EXPIRED');

    const signOut = await api.graphql<{ signOut: { signedOut: boolean } }>(
      'mutation { signOut { signedOut } }',
      undefined,
      {
        cookie: `tessera_session=${secondCookie}`,
        'x-csrf-token': second.body.data?.signIn.csrfToken ?? '',
      },
    );
    expect(signOut.body.data?.signOut.signedOut).toBe(true);
    expect(
      (await api.graphql(ME, undefined, { cookie: `tessera_session=${secondCookie}` })).body.errors?.[0]?.extensions
        ?.reason,
    ).toBe('SESSION_EXPIRED');
  });

  it('refuses a cookie-authenticated mutation without the session CSRF token', async () => {
    const user = await factories.user({ password: 'correct horse battery' });
    const signedIn = await signIn(user.email, 'correct horse battery');
    const cookie = `tessera_session=${signedIn.cookies.find((item) => item.name === 'tessera_session')?.value}`;
    const input = { input: { name: 'laptop', scopes: ['CATALOG_READ'] } };
    const without = await api.graphql(CREATE_TOKEN, input, { cookie });
    expect(without.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CSRF_TOKEN_MISSING' });
    const forged = await api.graphql(CREATE_TOKEN, input, { cookie, 'x-csrf-token': 'forged' });
    expect(forged.body.errors?.[0]?.extensions?.reason).toBe('CSRF_TOKEN_MISSING');
    expect(await factories.prisma.apiToken.count({ where: { userId: user.id } })).toBe(0);
    const withToken = await api.graphql(CREATE_TOKEN, input, {
      cookie,
      'x-csrf-token': signedIn.body.data?.signIn.csrfToken ?? '',
    });
    expect(withToken.body.errors).toBeUndefined();
  });

  it('shows an API token once, stores only its hash, honours its scopes, and stops it on revoke', async () => {
    const user = await factories.user({ password: 'correct horse battery' });
    const team = await factories.team([{ userId: user.id, role: 'OWNER' }]);
    const signedIn = await signIn(user.email, 'correct horse battery');
    const headers = {
      cookie: `tessera_session=${signedIn.cookies.find((item) => item.name === 'tessera_session')?.value}`,
      'x-csrf-token': signedIn.body.data?.signIn.csrfToken ?? '',
    };
    const created = await api.graphql<{
      createApiToken: { token: string; apiToken: { id: string; prefix: string; scopes: string[] } };
    }>(CREATE_TOKEN, { input: { name: 'ci', scopes: ['CATALOG_READ'], expiresInDays: 30 } }, headers);
    const { token, apiToken } = created.body.data!.createApiToken;
    expect(token.startsWith(`${apiToken.prefix}_`)).toBe(true);
    const stored = await factories.prisma.apiToken.findUniqueOrThrow({ where: { id: apiToken.id } });
    expect(stored.tokenHash).not.toContain(token.slice(apiToken.prefix.length + 1));

    const me = await api.as(token).graphql<{
      me: { authenticatedWith: string; scopes: string[]; memberships: { role: string; team: { slug: string } }[] };
    }>(ME);
    expect(me.body.data?.me).toMatchObject({
      authenticatedWith: 'TOKEN',
      scopes: ['CATALOG_READ'],
      memberships: [{ role: 'OWNER', team: { slug: team.slug } }],
    });
    const lastUsed = await factories.prisma.apiToken.findUniqueOrThrow({ where: { id: apiToken.id } });
    expect(lastUsed.lastUsedAt).toBeInstanceOf(Date);

    const revoked = await api.graphql(
      'mutation($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { apiToken { revokedAt } } }',
      { input: { id: apiToken.id } },
      headers,
    );
    expect(revoked.body.errors).toBeUndefined();
    expect((await api.as(token).graphql(ME)).body.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'INVALID_TOKEN',
    });
  });

  it('refuses an expired token', async () => {
    const user = await factories.user();
    const token = await factories.apiToken({ userId: user.id });
    expect((await api.as(token).graphql(ME)).body.errors).toBeUndefined();
    await factories.prisma.apiToken.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1_000) },
    });
    expect((await api.as(token).graphql(ME)).body.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'INVALID_TOKEN',
    });
  });

  it('creates team tokens for owners only, never above the creator’s role, and audits token creation', async () => {
    const owner = await factories.user();
    const member = await factories.user();
    const team = await factories.team([
      { userId: owner.id, role: 'OWNER' },
      { userId: member.id, role: 'MEMBER' },
    ]);
    // Tokens are created from sessions; a user token with the admin scope is refused for non-admins.
    const ownerToken = await factories.apiToken({ userId: owner.id }, ['catalog:write']);
    const viaToken = await api
      .as(ownerToken)
      .graphql(CREATE_TOKEN, { input: { name: 'x', scopes: ['CATALOG_READ'], teamId: team.id } });
    expect(viaToken.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const memberSession = await factories.user({ password: 'correct horse battery' });
    await factories.prisma.teamMembership.create({
      data: { teamId: team.id, userId: memberSession.id, role: 'MEMBER' },
    });
    const signedIn = await signIn(memberSession.email, 'correct horse battery');
    const headers = {
      cookie: `tessera_session=${signedIn.cookies.find((item) => item.name === 'tessera_session')?.value}`,
      'x-csrf-token': signedIn.body.data?.signIn.csrfToken ?? '',
    };
    const refused = await api.graphql(
      CREATE_TOKEN,
      { input: { name: 'ci', scopes: ['CATALOG_WRITE'], teamId: team.id } },
      headers,
    );
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const auditsBefore = await factories.prisma.auditEvent.count({
      where: { action: 'api_token.create', teamId: team.id },
    });
    expect(auditsBefore).toBe(0);

    await factories.prisma.user.update({ where: { id: owner.id }, data: { passwordHash: memberSession.passwordHash } });
    const ownerSignedIn = await signIn(owner.email, 'correct horse battery');
    const ownerHeaders = {
      cookie: `tessera_session=${ownerSignedIn.cookies.find((item) => item.name === 'tessera_session')?.value}`,
      'x-csrf-token': ownerSignedIn.body.data?.signIn.csrfToken ?? '',
    };
    const created = await api.graphql<{ createApiToken: { token: string; apiToken: { teamRole: string } } }>(
      CREATE_TOKEN,
      { input: { name: 'orders ci', scopes: ['CATALOG_WRITE'], teamId: team.id, teamRole: 'OWNER' } },
      ownerHeaders,
    );
    expect(created.body.data?.createApiToken.apiToken.teamRole).toBe('OWNER');
    expect(await factories.prisma.auditEvent.count({ where: { action: 'api_token.create', teamId: team.id } })).toBe(1);
    const me = await api
      .as(created.body.data!.createApiToken.token)
      .graphql<{ me: { user: null; memberships: { role: string }[] } }>(ME);
    expect(me.body.data?.me).toMatchObject({ user: null, memberships: [{ role: 'OWNER' }] });
  });
  it('lists a team’s tokens, revoked ones too, to its owners and admins only, without secrets', async () => {
    const password = 'correct horse battery';
    const [owner, member, outsider] = [
      await factories.user({ password }),
      await factories.user({ password }),
      await factories.user({ password }),
    ];
    const team = await factories.team([
      { userId: owner.id, role: 'OWNER' },
      { userId: member.id, role: 'MEMBER' },
    ]);
    const secret = await factories.apiToken({ teamId: team.id }, ['catalog:write']);
    await factories.apiToken({ userId: owner.id }, ['catalog:read']);
    const teamToken = await factories.prisma.apiToken.findFirstOrThrow({ where: { teamId: team.id } });
    await factories.prisma.apiToken.update({ where: { id: teamToken.id }, data: { revokedAt: new Date() } });
    const TEAM_TOKENS =
      'query($slug: String!) { team(slug: $slug) { apiTokens { id prefix scopes teamId revokedAt } } }';
    const sessionOf = async (email: string) => {
      const signedIn = await signIn(email, password);
      return { cookie: `tessera_session=${signedIn.cookies.find((item) => item.name === 'tessera_session')?.value}` };
    };

    const asOwner = await api.graphql<{ team: { apiTokens: unknown[] } }>(
      TEAM_TOKENS,
      { slug: team.slug },
      await sessionOf(owner.email),
    );
    expect(asOwner.body.errors).toBeUndefined();
    const listed = asOwner.body.data?.team.apiTokens ?? [];
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({
      id: teamToken.id,
      prefix: teamToken.prefix,
      scopes: ['CATALOG_WRITE'],
      teamId: team.id,
    });
    expect(typeof (listed[0] as { revokedAt: unknown }).revokedAt).toBe('string');
    expect(JSON.stringify(asOwner.body)).not.toContain(secret);

    for (const user of [member, outsider]) {
      const refused = await api.graphql(TEAM_TOKENS, { slug: team.slug }, await sessionOf(user.email));
      expect(refused.body.errors?.[0]?.extensions?.code, user.email).toBe('FORBIDDEN');
    }
  });
});
