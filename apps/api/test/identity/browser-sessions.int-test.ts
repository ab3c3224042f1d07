import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApi } from '../support/api-client';
import { createTestDatabase, dropDatabase } from '../support/databases';
import { Factories } from '../support/factories';
import { testConfig } from '../support/test-config';

const PASSWORD = 'correct horse battery';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { csrfToken } }';
const MY_SESSIONS = '{ mySessions { id current ipAddress userAgent createdAt lastSeenAt expiresAt revokedAt } }';
const REVOKE =
  'mutation($input: RevokeSessionInput!) { revokeSession(input: $input) { session { id current revokedAt } } }';
const REVOKE_OTHERS = 'mutation { revokeOtherSessions { revokedCount } }';
const ME = '{ me { user { email } } }';

interface BrowserSession {
  id: string;
  current: boolean;
  ipAddress: string | null;
  userAgent: string | null;
  revokedAt: string | null;
}

/** A signed-in browser: the headers its requests carry (cookie, and CSRF token for mutations). */
interface Browser {
  readonly cookie: string;
  readonly mutationHeaders: Record<string, string>;
}

describe('browser sessions: a user lists where they are signed in and signs browsers out', () => {
  let database: { name: string; url: string };
  let api: TestApi;
  let factories: Factories;

  beforeAll(async () => {
    database = await createTestDatabase('browser_sessions');
    const config = testConfig(database.url);
    // Behind the portal at 10.0.8.1, so the recorded address is the browser's.
    api = await TestApi.start({ ...config, http: { ...config.http, trustedProxies: ['10.0.8.1'] } });
    factories = new Factories(database.url);
  });

  afterAll(async () => {
    await factories.close();
    await api.close();
    await dropDatabase(database.name);
  });

  async function signIn(email: string, address: string, userAgent: string): Promise<Browser> {
    const response = await api.app.inject({
      method: 'POST',
      url: '/graphql',
      remoteAddress: '10.0.8.1',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address, 'user-agent': userAgent },
      payload: { query: SIGN_IN, variables: { input: { email, password: PASSWORD } } },
    });
    const body = response.json<{ data: { signIn: { csrfToken: string } } }>();
    const session = response.cookies.find((cookie) => cookie.name === 'tessera_session');
    expect(session, JSON.stringify(body)).toBeDefined();
    const cookie = `tessera_session=${session!.value}`;
    return { cookie, mutationHeaders: { cookie, 'x-csrf-token': body.data.signIn.csrfToken } };
  }

  const sessionsOf = async (browser: Browser) =>
    (await api.graphql<{ mySessions: BrowserSession[] }>(MY_SESSIONS, {}, { cookie: browser.cookie })).body.data
      ?.mySessions ?? [];

  async function newUser() {
    return factories.user({ password: PASSWORD });
  }

  it('lists the live sessions of the user only, with where each signed in and which one is asking', async () => {
    const [user, other] = await Promise.all([newUser(), newUser()]);
    const laptop = await signIn(user.email, '203.0.113.10', 'Laptop/1.0');
    const phone = await signIn(user.email, '203.0.113.11', 'Phone/2.0');
    await signIn(other.email, '203.0.113.12', 'Elsewhere/3.0');
    const signedOut = await signIn(user.email, '203.0.113.13', 'Gone/4.0');
    await api.graphql('mutation { signOut { signedOut } }', {}, signedOut.mutationHeaders);

    const seen = await sessionsOf(laptop);
    expect(
      seen.map(({ ipAddress, userAgent, current }) => ({ ipAddress, userAgent, current })).sort(byAddress),
    ).toEqual([
      { ipAddress: '203.0.113.10', userAgent: 'Laptop/1.0', current: true },
      { ipAddress: '203.0.113.11', userAgent: 'Phone/2.0', current: false },
    ]);
    expect(seen.every((session) => session.revokedAt === null)).toBe(true);
    expect((await sessionsOf(phone)).find((session) => session.current)?.ipAddress).toBe('203.0.113.11');
  });

  it('signs another browser of the user out at once, and audits it', async () => {
    const user = await newUser();
    const laptop = await signIn(user.email, '203.0.113.20', 'Laptop/1.0');
    const phone = await signIn(user.email, '203.0.113.21', 'Phone/2.0');
    const phoneSession = (await sessionsOf(phone)).find((session) => session.current)!;

    const revoked = await api.graphql<{ revokeSession: { session: BrowserSession } }>(
      REVOKE,
      { input: { id: phoneSession.id } },
      laptop.mutationHeaders,
    );
    expect(revoked.body.errors).toBeUndefined();
    expect(revoked.body.data?.revokeSession.session).toMatchObject({
      id: phoneSession.id,
      current: false,
      revokedAt: expect.any(String) as unknown,
    });

    // The phone's cookie no longer opens anything; the laptop's still does.
    const phoneAfter = await api.graphql(ME, {}, { cookie: phone.cookie });
    expect(phoneAfter.body.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'SESSION_EXPIRED',
    });
    expect((await sessionsOf(laptop)).map((session) => session.id)).not.toContain(phoneSession.id);
    const audit = await factories.prisma.auditEvent.findMany({
      where: { action: 'session.revoke', entityId: phoneSession.id },
    });
    expect(audit).toHaveLength(1);

    // Signing out a session that already ended changes nothing and writes nothing.
    const again = await api.graphql<{ revokeSession: { session: BrowserSession } }>(
      REVOKE,
      { input: { id: phoneSession.id } },
      laptop.mutationHeaders,
    );
    expect(again.body.data?.revokeSession.session.revokedAt).toBe(revoked.body.data?.revokeSession.session.revokedAt);
    expect(
      await factories.prisma.auditEvent.count({ where: { action: 'session.revoke', entityId: phoneSession.id } }),
    ).toBe(1);
  });

  it("answers SESSION_NOT_FOUND for another user's session, for an admin too, and leaves it signed in", async () => {
    const [user, victim, admin] = await Promise.all([
      newUser(),
      newUser(),
      factories.user({ password: PASSWORD, isPlatformAdmin: true }),
    ]);
    const attacker = await signIn(user.email, '203.0.113.30', 'Attacker/1.0');
    const victimBrowser = await signIn(victim.email, '203.0.113.31', 'Victim/1.0');
    const adminBrowser = await signIn(admin.email, '203.0.113.32', 'Admin/1.0');
    const victimSession = (await sessionsOf(victimBrowser))[0]!;

    for (const caller of [attacker, adminBrowser]) {
      const response = await api.graphql(REVOKE, { input: { id: victimSession.id } }, caller.mutationHeaders);
      expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'SESSION_NOT_FOUND' });
    }
    const unknown = await api.graphql(
      REVOKE,
      { input: { id: '00000000-0000-4000-8000-000000000009' } },
      attacker.mutationHeaders,
    );
    expect(unknown.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'SESSION_NOT_FOUND' });
    expect((await api.graphql(ME, {}, { cookie: victimBrowser.cookie })).body.errors).toBeUndefined();
  });

  it('signs out every other browser of the user, keeping the one asking and other users alike', async () => {
    const [user, other] = await Promise.all([newUser(), newUser()]);
    const browsers = [];
    for (let index = 0; index < 3; index += 1) browsers.push(await signIn(user.email, `203.0.113.4${index}`, 'B/1'));
    const otherBrowser = await signIn(other.email, '203.0.113.49', 'Other/1.0');
    const [asking, ...rest] = browsers;

    const response = await api.graphql<{ revokeOtherSessions: { revokedCount: number } }>(
      REVOKE_OTHERS,
      {},
      asking!.mutationHeaders,
    );
    expect(response.body.data?.revokeOtherSessions.revokedCount).toBe(2);
    expect((await sessionsOf(asking!)).map((session) => session.current)).toEqual([true]);
    for (const browser of rest)
      expect((await api.graphql(ME, {}, { cookie: browser.cookie })).body.errors).toHaveLength(1);
    expect((await api.graphql(ME, {}, { cookie: otherBrowser.cookie })).body.errors).toBeUndefined();
    expect(
      (await api.graphql<{ revokeOtherSessions: { revokedCount: number } }>(REVOKE_OTHERS, {}, asking!.mutationHeaders))
        .body.data?.revokeOtherSessions.revokedCount,
    ).toBe(0);
  });

  it('needs the CSRF token to sign a browser out', async () => {
    const user = await newUser();
    const laptop = await signIn(user.email, '203.0.113.50', 'Laptop/1.0');
    const phone = await signIn(user.email, '203.0.113.51', 'Phone/1.0');
    const response = await api.graphql(REVOKE_OTHERS, {}, { cookie: laptop.cookie });
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ reason: 'CSRF_TOKEN_MISSING' });
    expect((await api.graphql(ME, {}, { cookie: phone.cookie })).body.errors).toBeUndefined();
  });
});

function byAddress(left: { ipAddress: string | null }, right: { ipAddress: string | null }): number {
  return (left.ipAddress ?? '').localeCompare(right.ipAddress ?? '');
}
