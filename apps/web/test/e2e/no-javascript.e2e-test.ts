import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, portalUrl } from './browser';
import { demoApiAs, endSubscriptions, portIdOf } from './demo-api';
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

  it('compares two schema versions with the plain GET form', async () => {
    await page.goto(portalUrl('/products/orders-placed'));
    const schema = page.getByRole('region', { name: 'Schema' });
    expect(await schema.getByRole('table', { name: /Fields of orders-table/ }).isVisible()).toBe(true);
    const form = schema.getByRole('form', { name: 'Compare versions of orders-table' });
    await form.getByLabel('Compare version').selectOption('1');
    await form.getByLabel('with version').selectOption('2');
    await Promise.all([
      page.waitForURL(/schemaPort=orders-table&from=1&to=2/),
      form.getByRole('button', { name: 'Compare' }).click(),
    ]);
    const diff = page.getByRole('region', { name: 'Schema' }).getByTestId('schema-diff');
    expect(await diff.getByRole('heading').textContent()).toBe('Version 1 → version 2 of orders-table');
    expect(await diff.getByRole('row').filter({ hasText: 'coupon_code' }).textContent()).toContain('added');
    // The freshness charts are SVG drawn on the server.
    expect(await page.getByTestId('freshness-chart-28').count()).toBe(1);
  });

  it('shows the inbox and the subscriptions pages', async () => {
    await page.goto(portalUrl('/inbox'));
    expect(await page.getByRole('heading', { level: 2, name: 'Payments' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { level: 3, name: /Open incidents/ }).count()).toBe(1);
    await page.goto(portalUrl('/subscriptions'));
    expect(await page.getByRole('heading', { level: 1, name: 'My subscriptions' }).isVisible()).toBe(true);
  });

  it('requests access on the request page and its form, without a dialog', async () => {
    // Arrange: Marketing Analytics has no request for the refunds yet.
    const casey = await demoApiAs(DEMO_USERS.casey);
    const portId = await portIdOf(casey, 'refunds', 'refund-events');
    await endSubscriptions({
      consumer: DEMO_USERS.casey,
      owner: 'priya@tessera.demo',
      teamSlug: 'marketing-analytics',
      portId,
      reason: 'e2e rerun',
    });
    const consumer = await signedInContext(browser, DEMO_USERS.casey, { javaScriptEnabled: false });
    await consumer.page.goto(portalUrl('/products/refunds'));
    await Promise.all([
      consumer.page.waitForURL(/\/products\/refunds\/request-access\?port=refund-events$/),
      consumer.page.getByRole('button', { name: /Request access/ }).click(),
    ]);
    const form = consumer.page.getByRole('form', { name: 'Request access to refund-events' });
    await form.getByLabel('Purpose').fill('Refund rates per campaign.');
    await form.getByLabel('For how long').selectOption('30');
    await form.getByRole('button', { name: 'Send request' }).click();
    await consumer.page.getByText('Access requested for Marketing Analytics').waitFor();
    await consumer.context.close();
  });
});
