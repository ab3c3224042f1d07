import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { expectAccessible } from './accessibility';
import { launchBrowser, portalUrl } from './browser';
import { DEMO_USERS, signedInContext } from './portal';

/** Pages checked with axe-core, each as the user who sees the most of it. */
const PAGES: readonly { path: string; user: string; label: string }[] = [
  { path: '/search?q=paymnts', user: DEMO_USERS.casey, label: 'search with a typo' },
  { path: '/search?kind=POSTGRES_TABLE&sort=NAME', user: DEMO_USERS.casey, label: 'search with a facet' },
  { path: '/products/payments-authorized', user: DEMO_USERS.casey, label: 'product page (consumer)' },
  { path: '/products/payments-authorized', user: DEMO_USERS.max, label: 'product page (owning team)' },
  { path: '/products/orders-daily-v1', user: DEMO_USERS.casey, label: 'deprecated product page' },
  { path: '/products/orders-placed', user: DEMO_USERS.casey, label: 'product page with schema history and diff' },
  { path: '/products/payments-settled', user: DEMO_USERS.casey, label: 'product page with an objective' },
  { path: '/products/refunds/request-access?port=refund-events', user: DEMO_USERS.casey, label: 'request access page' },
  { path: '/inbox', user: 'priya@tessera.demo', label: 'inbox (owner)' },
  { path: '/subscriptions', user: 'felix@tessera.demo', label: 'my subscriptions' },
  { path: '/teams/orders-team/settings', user: DEMO_USERS.olivia, label: 'team settings' },
  { path: '/settings/tokens', user: DEMO_USERS.olivia, label: 'my tokens' },
  { path: '/domains/payments', user: DEMO_USERS.casey, label: 'domain page' },
  { path: '/teams/payments-team', user: DEMO_USERS.casey, label: 'team page' },
  { path: '/admin', user: DEMO_USERS.admin, label: 'administration' },
  { path: '/admin/connections', user: DEMO_USERS.admin, label: 'connections' },
];

describe('accessibility (axe-core): no serious or critical violations', () => {
  let browser: Browser;

  beforeAll(async () => {
    portalUrl();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('on the home and sign-in pages', async () => {
    const page = await browser.newPage();
    await page.goto(portalUrl('/'));
    await expectAccessible(page, 'home');
    await page.goto(portalUrl('/sign-in'));
    await expectAccessible(page, 'sign-in');
    await page.close();
  });

  for (const { path, user, label } of PAGES) {
    it(`on the ${label} (${path})`, async () => {
      const { context, page } = await signedInContext(browser, user);
      await page.goto(portalUrl(path));
      await page.waitForLoadState('networkidle');
      await expectAccessible(page, label);
      await context.close();
    });
  }
});
