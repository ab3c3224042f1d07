import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApi } from '../support/api-client';
import { createTestDatabase, dropDatabase } from '../support/databases';
import { uniqueSuffix } from '../support/environment';
import { Factories } from '../support/factories';
import { testConfig } from '../support/test-config';

const PER_TOKEN = 4;
const PER_ADDRESS = 3;
const QUERY = JSON.stringify({ query: '{ apiInfo { version } }' });
/** The portal's server in front of `behindPortal`: the only peer whose X-Forwarded-For counts. */
const PORTAL = '10.0.9.1';

/**
 * Rate limits per token (or session) and per client address, counted in Redis. The API under
 * test has tiny budgets and a window long enough that none restarts during the suite; each
 * test uses addresses and tokens of its own.
 */
describe('rate limits', () => {
  let database: { name: string; url: string };
  let api: TestApi;
  let replica: TestApi;
  let behindPortal: TestApi;
  let factories: Factories;
  let userId: string;

  beforeAll(async () => {
    database = await createTestDatabase('rate_limits');
    const config = testConfig(database.url, {
      RATE_LIMIT_PER_TOKEN: String(PER_TOKEN),
      RATE_LIMIT_PER_ADDRESS: String(PER_ADDRESS),
      RATE_LIMIT_WINDOW_SECONDS: '600',
      QUEUE_PREFIX: `test-rate-${uniqueSuffix()}`,
    });
    // A second replica of the same deployment: same Redis, same prefix, so one budget.
    [api, replica, behindPortal] = await Promise.all([
      TestApi.start(config),
      TestApi.start(config),
      TestApi.start({ ...config, http: { ...config.http, trustedProxies: [PORTAL] } }),
    ]);
    factories = new Factories(database.url);
    userId = (await factories.user({ password: 'a long enough secret' })).id;
  });

  afterAll(async () => {
    await factories.close();
    await Promise.all([api.close(), replica.close(), behindPortal.close()]);
    await dropDatabase(database.name);
  });

  const request = (
    address: string,
    headers: Record<string, string> = {},
    target: TestApi = api,
    url = '/graphql',
    method: 'GET' | 'POST' = 'POST',
  ) =>
    target.app.inject({
      method,
      url,
      remoteAddress: address,
      headers: method === 'POST' ? { 'content-type': 'application/json', ...headers } : headers,
      payload: method === 'POST' ? QUERY : undefined,
    });

  it('counts anonymous requests per address and refuses the one over budget with 429 RATE_LIMITED', async () => {
    const answered = [];
    for (let index = 0; index < PER_ADDRESS; index += 1) answered.push(await request('10.0.1.1'));
    expect(answered.map((response) => response.statusCode)).toEqual([200, 200, 200]);
    expect(answered.map((response) => response.headers['ratelimit-remaining'])).toEqual(['2', '1', '0']);
    expect(answered[0]?.headers).toMatchObject({ 'ratelimit-limit': '3', 'ratelimit-policy': '3;w=600' });

    const refused = await request('10.0.1.1');
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(600);
    expect(refused.headers['ratelimit-remaining']).toBe('0');
    expect(refused.json()).toEqual({
      errors: [
        {
          message: expect.stringMatching(/^Too many requests/) as unknown,
          extensions: {
            code: 'RATE_LIMITED',
            limit: PER_ADDRESS,
            windowSeconds: 600,
            retryAfterSeconds: Number(refused.headers['retry-after']),
          },
        },
      ],
    });
    expect((await request('10.0.1.2')).statusCode).toBe(200);
  });

  it('shares one budget between replicas, since it is kept in Redis', async () => {
    for (let index = 0; index < PER_ADDRESS; index += 1) {
      expect((await request('10.0.2.1', {}, index % 2 === 0 ? api : replica)).statusCode).toBe(200);
    }
    expect((await request('10.0.2.1', {}, replica)).statusCode).toBe(429);
    expect((await request('10.0.2.1', {}, api)).statusCode).toBe(429);
  });

  it('counts concurrent requests exactly', async () => {
    const burst = await Promise.all(
      Array.from({ length: 10 }, (_, index) => request('10.0.3.1', {}, index % 2 === 0 ? api : replica)),
    );
    const statuses = burst.map((response) => response.statusCode).sort();
    expect(statuses.filter((status) => status === 200)).toHaveLength(PER_ADDRESS);
    expect(statuses.filter((status) => status === 429)).toHaveLength(10 - PER_ADDRESS);
  });

  it('gives each API token its own budget, whatever the address', async () => {
    const [first, second] = await Promise.all([factories.apiToken({ userId }), factories.apiToken({ userId })]);
    const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
    const statuses = [];
    // Spread over addresses: the token's budget follows the token.
    for (let index = 0; index < PER_TOKEN + 1; index += 1)
      statuses.push((await request(`10.0.4.${index}`, bearer(first))).statusCode);
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
    const other = await request('10.0.4.1', bearer(second));
    expect(other.statusCode).toBe(200);
    expect(other.headers).toMatchObject({ 'ratelimit-limit': String(PER_TOKEN), 'ratelimit-remaining': '3' });
  });

  it('gives a signed-in session its own budget, separate from its address', async () => {
    const user = await factories.prisma.user.findUniqueOrThrow({ where: { id: userId } });
    const signIn = await api.app.inject({
      method: 'POST',
      url: '/graphql',
      remoteAddress: '10.0.5.1',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({
        query: 'mutation($input: SignInInput!) { signIn(input: $input) { csrfToken } }',
        variables: { input: { email: user.email, password: 'a long enough secret' } },
      }),
    });
    const session = signIn.cookies.find((cookie) => cookie.name === 'tessera_session');
    expect(session).toBeDefined();
    const cookie = { cookie: `tessera_session=${session!.value}` };
    const statuses = [];
    for (let index = 0; index < PER_TOKEN + 1; index += 1)
      statuses.push((await request('10.0.5.1', cookie)).statusCode);
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
    // The address spent one request (signIn); its anonymous budget is untouched by the session's.
    expect((await request('10.0.5.1')).headers['ratelimit-remaining']).toBe('1');
  });

  it('charges made-up tokens to the address, so inventing tokens buys no budget', async () => {
    const statuses = [];
    for (let index = 0; index < PER_ADDRESS + 1; index += 1)
      statuses.push((await request('10.0.6.1', { authorization: `Bearer tsr_made_up_${index}` })).statusCode);
    expect(statuses.slice(0, PER_ADDRESS)).toEqual([200, 200, 200]);
    expect(statuses[PER_ADDRESS]).toBe(429);
  });

  it('never limits the health probes', async () => {
    for (let index = 0; index < PER_ADDRESS + 1; index += 1) await request('10.0.7.1');
    expect((await request('10.0.7.1')).statusCode).toBe(429);
    for (const url of ['/healthz', '/readyz']) {
      const probe = await request('10.0.7.1', {}, api, url, 'GET');
      expect(probe.statusCode, url).toBe(200);
      expect(probe.headers['ratelimit-limit']).toBeUndefined();
    }
  });

  describe('behind a trusted proxy', () => {
    const forwarded = (peer: string, chain: string, target = behindPortal) =>
      request(peer, { 'x-forwarded-for': chain }, target);

    it('counts each forwarded browser address on its own budget', async () => {
      const statuses = [];
      for (let index = 0; index < PER_ADDRESS + 1; index += 1)
        statuses.push((await forwarded(PORTAL, '203.0.113.5')).statusCode);
      expect(statuses).toEqual([200, 200, 200, 429]);
      // Another browser behind the same portal, and the portal's own address, are untouched.
      expect((await forwarded(PORTAL, '203.0.113.6')).headers['ratelimit-remaining']).toBe('2');
      expect((await request(PORTAL, {}, behindPortal)).headers['ratelimit-remaining']).toBe('2');
    });

    it('takes the address the proxy saw, not what a client wrote before it', async () => {
      for (let index = 0; index < PER_ADDRESS; index += 1)
        expect((await forwarded(PORTAL, `198.51.100.${index}, 203.0.113.7`)).statusCode).toBe(200);
      expect((await forwarded(PORTAL, '198.51.100.99, 203.0.113.7')).statusCode).toBe(429);
    });

    it('ignores X-Forwarded-For from any other peer, so a made-up address buys no budget', async () => {
      const peers: [string, TestApi][] = [
        ['10.0.9.2', behindPortal],
        ['10.0.9.3', api],
      ];
      for (const [peer, target] of peers) {
        const statuses = [];
        for (let index = 0; index < PER_ADDRESS + 1; index += 1)
          statuses.push((await forwarded(peer, `203.0.113.${100 + index}`, target)).statusCode);
        expect(statuses, peer).toEqual([200, 200, 200, 429]);
      }
    });

    it('records the browser address on the session it signs in', async () => {
      const user = await factories.prisma.user.findUniqueOrThrow({ where: { id: userId } });
      const signIn = await behindPortal.app.inject({
        method: 'POST',
        url: '/graphql',
        remoteAddress: PORTAL,
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.8' },
        payload: JSON.stringify({
          query: 'mutation($input: SignInInput!) { signIn(input: $input) { csrfToken } }',
          variables: { input: { email: user.email, password: 'a long enough secret' } },
        }),
      });
      expect(signIn.statusCode).toBe(200);
      const sessions = await factories.prisma.session.findMany({
        where: { userId },
        orderBy: { createdAt: 'desc' },
        take: 1,
      });
      expect(sessions.map((session) => session.ipAddress)).toEqual(['203.0.113.8']);
    });
  });
});
