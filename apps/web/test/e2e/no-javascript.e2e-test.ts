import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, portalUrl } from './browser';
import { DEMO_USERS, signedInContext } from './portal';

/** Reading pages are complete HTML: everything below runs with JavaScript disabled. */
describe('reading without JavaScript', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    portalUrl();
    browser = await launchBrowser();
    ({ context, page } = await signedInContext(browser, DEMO_USERS.max, { javaScriptEnabled: false }));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('searches, filters and pages with plain forms and links', async () => {
    await page.goto(portalUrl('/search?q=paymnts'));
    const results = page.getByRole('list', { name: 'Search results' });
    expect(await results.getByRole('heading', { name: 'Payment authorisations' }).isVisible()).toBe(true);

    const filters = page.getByRole('form', { name: 'Filters' });
    await filters.getByRole('checkbox', { name: /Kafka topic/ }).check();
    await Promise.all([
      page.waitForURL(/kind=KAFKA_TOPIC/),
      filters.getByRole('button', { name: 'Apply filters' }).click(),
    ]);
    expect(await results.getByRole('heading', { name: 'Payment authorisations' }).isVisible()).toBe(true);
    expect(await results.getByRole('heading', { name: 'Stored payment methods' }).count()).toBe(0);

    await page.goto(portalUrl('/search?sort=NAME'));
    await Promise.all([page.waitForURL(/after=/), page.getByRole('link', { name: 'Next →' }).click()]);
    expect(await page.getByRole('list', { name: 'Search results' }).getByRole('heading').count()).toBeGreaterThan(0);
  });

  it('shows the product page with its ports, lineage and descriptor', async () => {
    await page.goto(portalUrl('/products/payments-authorized'));
    expect(await page.getByRole('heading', { level: 1, name: 'Payment authorisations' }).isVisible()).toBe(true);
    expect(
      await page.getByRole('group', { name: 'Connection details of authorization-events' }).textContent(),
    ).toContain('payments.authorized.v3');
    // React Flow draws the graph on the server too: orders-placed -> this -> fraud-scores, payments-settled.
    expect(await page.getByTestId('lineage-graph').locator('.react-flow__node').count()).toBe(4);
    expect(await page.getByTestId('lineage-graph').locator('.react-flow__edge').count()).toBe(3);
    const downstream = page.getByRole('list', { name: 'Downstream (read by)' });
    expect(await downstream.getByRole('link', { name: 'Fraud scores' }).isVisible()).toBe(true);
    expect(await page.getByLabel('Descriptor of payments-authorized (YAML)').textContent()).toContain(
      'topic: payments.authorized.v3',
    );
  });

  it('shows domain and team pages', async () => {
    await page.goto(portalUrl('/domains/orders'));
    expect(
      await page.getByRole('list', { name: 'Data products in Orders' }).getByRole('heading').count(),
    ).toBeGreaterThan(0);
    await page.goto(portalUrl('/teams/payments-team'));
    expect(
      await page
        .getByRole('list', { name: 'Data products of Payments' })
        .getByRole('link', { name: 'Fraud scores' })
        .isVisible(),
    ).toBe(true);
  });
});
