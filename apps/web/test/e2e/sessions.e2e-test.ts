import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, portalUrl } from './browser';
import { DEMO_USERS, signedInContext } from './portal';

const FIREFOX = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:128.0) Gecko/20100101 Firefox/128.0';
const SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

/** Whether the browser behind `page` is still signed in: a signed-out one is asked to sign in instead. */
async function isSignedIn(page: Page): Promise<boolean> {
  await page.goto(portalUrl('/settings/tokens'));
  const heading = page.getByRole('heading', { level: 1, name: /^(Your API tokens and sessions|Sign in)$/ });
  await heading.waitFor();
  return (await heading.textContent()) === 'Your API tokens and sessions';
}

// Browser test files run one after another (vitest.config.mts), so signing Max out everywhere
// else ends no session another test is still using.
describe('signed-in browsers', () => {
  let browser: Browser;
  let laptop: { context: BrowserContext; page: Page };

  beforeAll(async () => {
    portalUrl();
    browser = await launchBrowser();
    laptop = await signedInContext(browser, DEMO_USERS.max);
  });

  afterAll(async () => {
    await laptop?.context.close();
    await browser?.close();
  });

  const sessionRows = () =>
    laptop.page
      .getByRole('table', { name: 'Your signed-in browsers' })
      .getByRole('row')
      .filter({ hasNot: laptop.page.getByRole('columnheader') });

  it('lists where the user is signed in and signs one browser out at once', async () => {
    const other = await signedInContext(browser, DEMO_USERS.max, { userAgent: FIREFOX });
    const { page } = laptop;
    await page.goto(portalUrl('/settings/tokens'));

    const current = sessionRows().filter({ hasText: 'This browser' });
    expect(await current.count()).toBe(1);
    expect(await current.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
    const firefox = sessionRows().filter({ hasText: 'Firefox 128 on macOS' });
    expect(await firefox.count()).toBe(1);
    expect(await firefox.textContent()).toMatch(/127\.0\.0\.1/);

    await firefox.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => firefox.count(), { timeout: 10_000 }).toBe(0);
    expect(await isSignedIn(other.page)).toBe(false);
    expect(await isSignedIn(page)).toBe(true);
    await other.context.close();
  });

  it('signs out every other browser, keeping this one', async () => {
    const others = [
      await signedInContext(browser, DEMO_USERS.max, { userAgent: FIREFOX }),
      await signedInContext(browser, DEMO_USERS.max, { userAgent: SAFARI }),
    ];
    const { page } = laptop;
    await page.goto(portalUrl('/settings/tokens'));
    expect(await sessionRows().count()).toBeGreaterThanOrEqual(3);

    await page.getByRole('button', { name: 'Sign out everywhere else' }).click();
    await expect.poll(() => sessionRows().count(), { timeout: 10_000 }).toBe(1);
    expect(await sessionRows().textContent()).toContain('This browser');
    for (const other of others) {
      expect(await isSignedIn(other.page)).toBe(false);
      await other.context.close();
    }
    expect(await isSignedIn(page)).toBe(true);
  });
});
