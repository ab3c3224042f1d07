import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { freePort, startPortal, type PortalProcess } from './portal-process';

const SCREENSHOT_PATH = fileURLToPath(new URL('../../test-results/home-api-unavailable.png', import.meta.url));

/** Asserts the page still renders, with the status card saying the API is unavailable. */
async function expectApiUnavailableState(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Tessera — data products catalog' }).waitFor({ timeout: 5_000 });
  const status = page.getByRole('region', { name: 'Platform status' });
  expect(await status.getByText('API unavailable').isVisible()).toBe(true);
  expect(await status.getByRole('list', { name: 'Integrations' }).count()).toBe(0);
}

// This suite starts its own portal, pointed at a port where no API listens, so it needs a
// build but not TESSERA_WEB_URL.
describe('home page when the API is unreachable', () => {
  let portal: PortalProcess;
  let browser: Browser;

  beforeAll(async () => {
    const closedPort = await freePort();
    portal = await startPortal({ TESSERA_API_URL: `http://127.0.0.1:${closedPort}` });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('still renders, with a clear "API unavailable" state', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${portal.url}/`);

    expect(response?.status()).toBe(200);
    await expectApiUnavailableState(page);
    await page.screenshot({ path: SCREENSHOT_PATH, fullPage: true });
    await page.close();
  });

  it('shows the same state without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${portal.url}/`);

    await expectApiUnavailableState(page);
    await context.close();
  });
});
