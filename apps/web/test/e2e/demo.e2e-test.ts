import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, portalUrl } from './browser';

const demoApi = process.env.TESSERA_DEMO_API_URL;

/** These checks concern the stack that `npm run demo` started in global setup. */
describe.runIf(demoApi)('the quick start (npm run demo, no DATABASE_URL)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('prints the URLs of the portal and the API', () => {
    const output = process.env.TESSERA_DEMO_OUTPUT ?? '';
    expect(output).toContain(`Portal        ${portalUrl('/')}`);
    expect(output).toContain(`GraphQL API   ${demoApi}/graphql`);
    expect(output).toMatch(/embedded Postgres \(PGlite\)/);
  });

  it('serves the API from the embedded database, ready, with Kafka and the registry not configured', async () => {
    const response = await fetch(`${demoApi}/readyz`);
    const readiness = (await response.json()) as { status: string; checks: Record<string, { status: string }> };
    expect(response.status).toBe(200);
    expect(readiness.checks.postgres?.status).toBe('up');
    expect(readiness.checks.kafka?.status).toBe('not_configured');
    expect(readiness.checks.schemaRegistry?.status).toBe('not_configured');
  });

  it('runs a worker that processes jobs', async () => {
    const deadline = Date.now() + 45_000;
    let heartbeat: string | null = null;
    while (!heartbeat && Date.now() < deadline) {
      const response = await fetch(`${demoApi}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ apiInfo { workerHeartbeatAt } }' }),
      });
      const body = (await response.json()) as { data: { apiInfo: { workerHeartbeatAt: string | null } } };
      heartbeat = body.data.apiInfo.workerHeartbeatAt;
      if (!heartbeat) await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    expect(heartbeat).not.toBeNull();
  });

  it('shows Kafka and the registry as not configured on the home page', async () => {
    const page = await browser.newPage();
    await page.goto(portalUrl('/'));
    const status = page.getByRole('region', { name: 'Platform status' });
    for (const name of ['kafka', 'schemaRegistry']) {
      const row = status
        .getByRole('listitem')
        .filter({ has: page.locator('code', { hasText: new RegExp(`^${name}$`) }) });
      expect(await row.getByText('not configured').isVisible(), name).toBe(true);
    }
    await page.close();
  });
});
