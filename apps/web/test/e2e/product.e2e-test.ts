import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, portalUrl } from './browser';
import { DEMO_USERS, screenshot, signedInContext } from './portal';
import { expectProblems } from './problems';

const PRODUCT = '/products/payments-authorized';

describe('the product page', () => {
  let browser: Browser;
  let consumer: { context: BrowserContext; page: Page };

  beforeAll(async () => {
    portalUrl();
    browser = await launchBrowser();
    // Casey owns marketing-analytics: a consumer of the payments team's products.
    consumer = await signedInContext(browser, DEMO_USERS.casey);
  });

  afterAll(async () => {
    await consumer?.context.close();
    await browser?.close();
  });

  it('shows the overview, the ports and the lineage graph', async () => {
    const { page } = consumer;
    await page.goto(portalUrl(PRODUCT));

    expect(await page.getByRole('heading', { level: 1, name: 'Payment authorisations' }).isVisible()).toBe(true);
    const overview = page.getByRole('region', { name: 'Overview' });
    expect(await overview.getByText('Every card and wallet authorisation attempt').isVisible()).toBe(true);
    expect(await overview.getByText('Card numbers never appear').isVisible()).toBe(true);
    expect(await overview.getByRole('link', { name: 'Payments' }).first().isVisible()).toBe(true);
    expect(await overview.getByRole('link', { name: '#payments-data' }).isVisible()).toBe(true);

    const outputPorts = page.getByRole('region', { name: 'Output ports' });
    expect(await outputPorts.getByRole('heading', { name: 'authorization-events' }).isVisible()).toBe(true);
    const inputPorts = page.getByRole('region', { name: 'Input ports' });
    expect(await inputPorts.getByRole('link', { name: 'Orders placed' }).isVisible()).toBe(true);

    const graph = page.getByTestId('lineage-graph');
    await graph.locator('.react-flow__node').first().waitFor();
    const nodes = await graph.locator('.react-flow__node').allTextContents();
    expect(nodes).toHaveLength(3);
    expect(nodes.join(' | ')).toMatch(/Orders placed.*Payment authorisations.*Payments settled/);
    // The payments team's draft reads this port, but casey may not see it, even in lineage.
    expect(nodes.join(' ')).not.toContain('Fraud scores');
    expect(await graph.locator('.react-flow__edge').count()).toBe(2);

    // Freshness: the objective, both charts with their thresholds, and the share of time fresh.
    const objectives = page.getByRole('region', { name: 'Objectives and freshness' });
    expect(await objectives.textContent()).toMatch(/Fresh when at most 2 h old; stale \(an incident opens\) after 6 h/);
    for (const days of [7, 28]) {
      const chart = objectives.getByTestId(`freshness-chart-${days}`);
      expect(await chart.getAttribute('role')).toBe('img');
      expect(await chart.locator('text', { hasText: 'stale' }).count()).toBe(1);
      expect(await chart.locator('text', { hasText: 'warning' }).count()).toBe(1);
      expect(await objectives.getByRole('definition').filter({ hasText: '%' }).count()).toBeGreaterThan(0);
    }
    // Fresh, or not checked yet when the worker's first check (every 30 s) has not run.
    expect(await page.getByText(/^Freshness: (fresh|not checked yet)$/).isVisible()).toBe(true);

    // The data contract: service levels, quality rules and terms.
    const contract = page.getByRole('region', { name: 'Data contract' });
    const sla = contract.getByRole('table', { name: 'Service levels of authorization-events' });
    expect(await sla.getByRole('rowheader', { name: /retention/ }).isVisible()).toBe(true);
    expect(await contract.getByRole('list', { name: 'Quality rules of authorization-events' }).textContent()).toContain(
      'one event per attempt',
    );
    expect(await contract.textContent()).toContain('Not for customer communication');
    // Subscribers are the owning team's business; a consumer sees how many.
    expect(await page.getByRole('region', { name: 'Subscribers' }).textContent()).toMatch(
      /No team subscribes yet|team/,
    );
    await screenshot(page, 'product');
  });

  it('offers "Request access" instead of connection details to another team', async () => {
    const { page } = consumer;
    await page.goto(portalUrl(PRODUCT));
    const outputPorts = page.getByRole('region', { name: 'Output ports' });
    expect(await outputPorts.getByRole('button', { name: 'Request access' }).isVisible()).toBe(true);
    expect(await outputPorts.getByRole('group', { name: /Connection details/ }).count()).toBe(0);
    expect(await page.content()).not.toContain('payments.authorized.v3');
  });

  it('shows connection details to a member of the owning team', async () => {
    const owner = await signedInContext(browser, DEMO_USERS.max);
    await owner.page.goto(portalUrl(PRODUCT));
    const details = owner.page.getByRole('group', { name: 'Connection details of authorization-events' });
    expect(await details.textContent()).toContain('payments.authorized.v3');
    expect(await owner.page.getByRole('button', { name: 'Request access' }).count()).toBe(0);
    await screenshot(owner.page, 'product-owner');
    await owner.context.close();
  });

  it('answers "not found" for a draft of another team, as for a missing product', async () => {
    const { page } = consumer;
    // The browser logs the 404 answers it is given: the point of this test.
    expectProblems(/404.*\/products\/(fraud-scores|no-such-product)/);
    for (const slug of ['fraud-scores', 'no-such-product']) {
      const response = await page.goto(portalUrl(`/products/${slug}`));
      expect(response?.status(), slug).toBe(404);
      expect(await page.getByRole('heading', { level: 1, name: 'Data product not found' }).isVisible()).toBe(true);
    }
  });

  it('shows a deprecation notice with the sunset date and a link to the replacement', async () => {
    const { page } = consumer;
    await page.goto(portalUrl('/products/orders-daily-v1'));
    const notice = page.getByRole('note', { name: 'Deprecation notice' });
    expect(await notice.textContent()).toContain('30 Jun 2027');
    await Promise.all([
      page.waitForURL(/\/products\/orders-daily$/),
      notice.getByRole('link', { name: 'Orders per day' }).click(),
    ]);
    expect(await page.getByRole('heading', { level: 1, name: 'Orders per day' }).isVisible()).toBe(true);
  });

  it('downloads the data contract as ODCS YAML', async () => {
    const download = await consumer.page.request.get(portalUrl(`${PRODUCT}/contract/authorization-events`));
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toContain('application/yaml');
    expect(download.headers()['content-disposition']).toBe(
      'attachment; filename="payments-authorized.authorization-events.odcs.yaml"',
    );
    const yaml = await download.text();
    expect(yaml).toContain('kind: DataContract');
    expect(yaml).toContain('property: retention');
  });

  it('shows the descriptor as YAML and downloads it, without locations the reader may not see', async () => {
    const { page } = consumer;
    await page.goto(portalUrl(PRODUCT));
    const yaml = await page.getByLabel('Descriptor of payments-authorized (YAML)').textContent();
    expect(yaml).toContain('id: payments-authorized');

    const download = await page.request.get(portalUrl(`${PRODUCT}/descriptor`));
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toContain('application/yaml');
    expect(download.headers()['content-disposition']).toBe('attachment; filename="payments-authorized.yaml"');
    const body = await download.text();
    expect(body).toContain('kind: DataProduct');
    expect(body).not.toContain('payments.authorized.v3');
  });
});
