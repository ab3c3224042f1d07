import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, portalUrl } from './browser';
import { SCREENSHOT_VIEWPORT, screenshot } from './portal';

const HEADING = 'Tessera — data products catalog';
const INTEGRATIONS = ['postgres', 'redis', 'kafka', 'schemaRegistry'];

/** Asserts the heading and a platform status card listing every integration with its badge. */
async function expectHomeWithPlatformStatus(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: HEADING }).waitFor({ state: 'visible', timeout: 5_000 });

  const status = page.getByRole('region', { name: 'Platform status' });
  expect(await status.isVisible()).toBe(true);
  expect(await status.getByText('API unavailable').count()).toBe(0);
  expect(await status.textContent()).toMatch(/API version \S+/);

  const rows = status.getByRole('list', { name: 'Integrations' }).getByRole('listitem');
  expect(await rows.count()).toBe(INTEGRATIONS.length);
  for (const name of INTEGRATIONS) {
    const row = rows.filter({ has: page.locator('code', { hasText: new RegExp(`^${name}$`) }) });
    expect(await row.count(), `a row for ${name}`).toBe(1);
    const badge = row.getByText(/^(configured|not configured)$/);
    expect(await badge.isVisible(), `a configured/not configured badge for ${name}`).toBe(true);
  }

  expect(await status.textContent()).toMatch(/worker: last seen .+|no worker heartbeat yet/);
}

describe('home page', () => {
  let browser: Browser;

  beforeAll(async () => {
    portalUrl(); // fail fast, before launching a browser, when TESSERA_WEB_URL is missing
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the catalog heading and the status of every integration', async () => {
    const page = await browser.newPage({ viewport: SCREENSHOT_VIEWPORT });
    const response = await page.goto(portalUrl('/'));

    expect(response?.status()).toBe(200);
    await expectHomeWithPlatformStatus(page);
    await screenshot(page, 'home');
    await page.close();
  });

  it('renders the heading and platform status without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(portalUrl('/'));

    expect(response?.status()).toBe(200);
    await expectHomeWithPlatformStatus(page);
    await context.close();
  });

  it('searches with a plain GET form when JavaScript is off, via sign-in', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(portalUrl('/'));

    await page.getByRole('searchbox', { name: 'Search data products' }).fill('orders');
    // The catalog needs a user: an anonymous search goes to sign-in, which comes back to it.
    await Promise.all([
      page.waitForURL(/\/sign-in\?next=%2Fsearch%3Fq%3Dorders$/),
      page.getByRole('button', { name: 'Search' }).click(),
    ]);
    expect(await page.getByRole('heading', { level: 1, name: 'Sign in' }).isVisible()).toBe(true);
    await context.close();
  });
});
