import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { startPortal, type PortalProcess } from './portal-process';

interface RecordedCall {
  readonly operationName: string;
  readonly headers: IncomingHttpHeaders;
}

/**
 * Stands in for the API and records what the portal's server sends it. Every sign-in is
 * refused as a wrong password; one carrying a session cookie is refused as an expired
 * session first, as the real API does, so the portal retries without it.
 */
async function startRecordingApi(calls: RecordedCall[]): Promise<Server> {
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const { operationName = 'anonymous' } = JSON.parse(body || '{}') as { operationName?: string };
      calls.push({ operationName, headers: request.headers });
      const expired = operationName === 'SignIn' && request.headers.cookie?.includes('tessera_session=');
      const error = expired
        ? { message: 'Your session has expired', extensions: { code: 'UNAUTHENTICATED', reason: 'SESSION_EXPIRED' } }
        : { message: 'The email address or password is wrong', extensions: { code: 'UNAUTHENTICATED' } };
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ data: null, errors: [error] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

// The portal's server calls the API for every browser; an API that trusts the portal
// (TRUST_PROXY) limits and records the browser's address, so the portal must pass it on.
describe('the portal passes the browser’s address and user agent to the API', () => {
  const calls: RecordedCall[] = [];
  let api: Server;
  let portal: PortalProcess;
  let browser: Browser;

  beforeAll(async () => {
    api = await startRecordingApi(calls);
    const { port } = api.address() as AddressInfo;
    portal = await startPortal({ TESSERA_API_URL: `http://127.0.0.1:${port}` });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
    await new Promise((resolve) => api?.close(resolve));
  });

  beforeEach(() => {
    calls.length = 0;
  });

  async function signInWith(options: BrowserContextOptions, sessionCookie?: string): Promise<RecordedCall[]> {
    const context = await browser.newContext(options);
    if (sessionCookie) {
      const { hostname } = new URL(portal.url);
      await context.addCookies([{ name: 'tessera_session', value: sessionCookie, domain: hostname, path: '/' }]);
    }
    const page = await context.newPage();
    await page.goto(`${portal.url}/sign-in`);
    await page.getByLabel('Email address').fill('olivia@example.com');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('main').getByRole('alert').waitFor();
    await context.close();
    return calls.filter((call) => call.operationName === 'SignIn');
  }

  it('forwards the X-Forwarded-For an ingress in front of the portal wrote, and the user agent', async () => {
    const signIns = await signInWith({
      extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.50' },
      userAgent: 'Tessera-Test-Browser/1.0',
    });
    expect(signIns.map(({ headers }) => [headers['x-forwarded-for'], headers['user-agent']])).toEqual([
      ['203.0.113.50', 'Tessera-Test-Browser/1.0'],
    ]);
  });

  it('forwards the browser’s own address when no proxy stands in front of the portal', async () => {
    const signIns = await signInWith({});
    expect(signIns).toHaveLength(1);
    expect(signIns[0]?.headers['x-forwarded-for']).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
    expect(signIns[0]?.headers['user-agent']).toMatch(/Chrome/);
  });

  it('keeps forwarding them when it signs in again without an expired session', async () => {
    const signIns = await signInWith({ extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.51' } }, 'expired');
    expect(signIns.map(({ headers }) => [headers.cookie !== undefined, headers['x-forwarded-for']])).toEqual([
      [true, '203.0.113.51'],
      [false, '203.0.113.51'],
    ]);
  });
});
