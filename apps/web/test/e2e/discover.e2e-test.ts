import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, portalUrl } from './browser';
import { DEMO_USERS, screenshot, signedInContext } from './portal';

/** The names of the product cards on the page, in order. */
async function resultNames(page: Page): Promise<string[]> {
  return page.getByRole('list', { name: 'Search results' }).getByRole('heading', { level: 3 }).allTextContents();
}

async function totalShown(page: Page): Promise<number> {
  const text = (await page.locator('#results-heading').textContent()) ?? '';
  return Number(/(\d+) data products?/.exec(text)?.[1] ?? NaN);
}

describe('discovering data products', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    portalUrl();
    browser = await launchBrowser();
    ({ context, page } = await signedInContext(browser, DEMO_USERS.casey));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('finds the payments products despite a typo', async () => {
    await page.goto(portalUrl('/'));
    await page.getByRole('searchbox', { name: 'Search data products' }).fill('paymnts');
    await Promise.all([
      page.waitForURL(/\/search\?q=paymnts$/),
      page.getByRole('button', { name: 'Search', exact: true }).first().click(),
    ]);

    const names = await resultNames(page);
    expect(names).toEqual(expect.arrayContaining(['Payment authorisations', 'Payments settled', 'Refunds']));
    // Another team's draft is neither listed nor counted.
    expect(names).not.toContain('Fraud scores');
    expect(await page.locator('mark').count()).toBeGreaterThan(0);
    await screenshot(page, 'search');
  });

  it('narrows the results with a facet, and the URL says so', async () => {
    await page.goto(portalUrl('/search'));
    const before = await totalShown(page);
    const filters = page.getByRole('form', { name: 'Filters' });
    await Promise.all([
      page.waitForURL(/[?&]kind=POSTGRES_TABLE/),
      filters.getByRole('checkbox', { name: /Postgres table/ }).check(),
    ]);
    await page.waitForFunction((previous) => {
      const text = document.querySelector('#results-heading')?.textContent ?? '';
      return Number(/(\d+) data products?/.exec(text)?.[1]) !== previous;
    }, before);

    const after = await totalShown(page);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    expect(await filters.getByRole('checkbox', { name: /Postgres table/ }).isChecked()).toBe(true);

    await Promise.all([
      page.waitForURL(portalUrl('/search')),
      filters.getByRole('link', { name: 'Clear filters' }).click(),
    ]);
    expect(await totalShown(page)).toBe(before);
  });

  it('pages through results with next and previous links', async () => {
    await page.goto(portalUrl('/search?sort=NAME'));
    const first = await resultNames(page);
    expect(first).toHaveLength(10);

    const pages = page.getByRole('navigation', { name: 'Result pages' });
    await Promise.all([page.waitForURL(/after=/), pages.getByRole('link', { name: 'Next →' }).click()]);
    const second = await resultNames(page);
    expect(second.length).toBeGreaterThan(0);
    expect(second.some((name) => first.includes(name))).toBe(false);

    await pages.getByRole('link', { name: '← Previous' }).click();
    await page.waitForFunction(() => !location.search.includes('after='));
    expect(await resultNames(page)).toEqual(first);
  });

  it('shows a loading bar while the next page renders, and drops it when it is there', async () => {
    await page.goto(portalUrl('/search?q=paymnts'));
    // Hold the product page's answer back, so the wait is long enough to see.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/products\/payments-authorized/, async (route) => {
      await held;
      await route.continue();
    });
    const progress = page.getByTestId('navigation-progress');
    expect(await progress.count()).toBe(0);

    await page
      .getByRole('list', { name: 'Search results' })
      .getByRole('link', { name: 'Payment authorisations' })
      .click();
    await progress.waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Loading…' }).count()).toBe(1);

    release();
    await page.waitForURL(/\/products\/payments-authorized$/);
    await page.getByRole('heading', { level: 1, name: 'Payment authorisations' }).waitFor();
    await progress.waitFor({ state: 'detached' });
    await page.unroute(/\/products\/payments-authorized/);
  });

  it('lists a domain’s products and a team’s products, members and domains', async () => {
    await page.goto(portalUrl('/domains/payments'));
    expect(await page.getByRole('heading', { level: 1, name: 'Payments' }).isVisible()).toBe(true);
    const domainProducts = await page
      .getByRole('list', { name: 'Data products in Payments' })
      .getByRole('heading')
      .allTextContents();
    expect(domainProducts).toEqual(expect.arrayContaining(['Payment authorisations', 'Chargebacks']));
    expect(domainProducts).not.toContain('Fraud scores');
    await screenshot(page, 'domain');

    await page.goto(portalUrl('/teams/orders-team'));
    expect(await page.getByRole('heading', { level: 1, name: 'Orders' }).isVisible()).toBe(true);
    const teamProducts = await page
      .getByRole('list', { name: 'Data products of Orders' })
      .getByRole('heading')
      .allTextContents();
    expect(teamProducts).toEqual(expect.arrayContaining(['Orders placed', 'Orders per day (v1)']));
    expect(await page.getByRole('region', { name: 'Members' }).getByText('Olivia Owner').isVisible()).toBe(true);
    // Casey is not an owner of the orders team: no settings link.
    expect(await page.getByRole('link', { name: 'Team settings' }).count()).toBe(0);
    await screenshot(page, 'team');
  });
});
