import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './accessibility';
import { launchBrowser, portalUrl } from './browser';
import { demoApiAs, endSubscriptions, portIdOf } from './demo-api';
import { DEMO_USERS, screenshot, screenshotFile, signedInContext } from './portal';

/**
 * The first acceptance point, against the demo stack's real API and worker: access
 * requested by a consumer and approved by the owner in the inbox; a schema change published
 * through the API and shown with its diff; a stale product's incident acknowledged from the
 * inbox. Each flow arranges its own starting point through the API, so the suite also passes
 * again against a long-running demo.
 */
const RUN = Date.now().toString(36);
const CONSUMER = 'felix@tessera.demo'; // owner of finance-reporting
const OWNER = 'priya@tessera.demo'; // owner of payments-team
const PRODUCT = '/products/payments-authorized';

describe('acceptance: discover, subscribe, approve, publish, respond', () => {
  let browser: Browser;
  let consumer: { context: BrowserContext; page: Page };
  let owner: { context: BrowserContext; page: Page };

  beforeAll(async () => {
    portalUrl();
    browser = await launchBrowser();
    consumer = await signedInContext(browser, CONSUMER);
    owner = await signedInContext(browser, OWNER);
  });

  afterAll(async () => {
    await consumer?.context.close();
    await owner?.context.close();
    await browser?.close();
  });

  it('a consumer finds a product despite a typo and requests access; the owner approves it in the inbox; the consumer sees the connection details', async () => {
    // Arrange: finance-reporting has no subscription to the port yet (a rerun ends the last one).
    const felix = await demoApiAs(CONSUMER);
    const portId = await portIdOf(felix, 'payments-authorized', 'authorization-events');
    await endSubscriptions({
      consumer: CONSUMER,
      owner: OWNER,
      teamSlug: 'finance-reporting',
      portId,
      reason: `e2e rerun ${RUN}`,
    });

    // The consumer searches with a typo and opens the product.
    const { page } = consumer;
    await page.goto(portalUrl('/'));
    await page.getByRole('searchbox', { name: 'Search data products' }).fill('paymnt autorisations');
    await Promise.all([
      page.waitForURL(/\/search\?q=/),
      page.getByRole('button', { name: 'Search', exact: true }).first().click(),
    ]);
    const results = page.getByRole('list', { name: 'Search results' });
    await Promise.all([
      page.waitForURL(new RegExp(`${PRODUCT}$`)),
      results.getByRole('link', { name: 'Payment authorisations' }).click(),
    ]);
    const port = page
      .getByRole('region', { name: 'Output ports' })
      .getByRole('article')
      .filter({ hasText: 'authorization-events' });
    expect(await port.getByRole('group', { name: /Connection details/ }).count()).toBe(0);

    // Requests access in the dialog: for which team, what for, for how long.
    await port.getByRole('button', { name: /Request access/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Request access to authorization-events' });
    await dialog.waitFor();
    await expectAccessible(page, 'request access dialog');
    await dialog.getByLabel('For the team').selectOption({ label: 'Finance Reporting' });
    await dialog.getByLabel('Purpose').fill(`Match authorisations with settlements (${RUN}).`);
    await dialog.getByLabel('For how long').selectOption('180');
    await screenshot(page, 'request-access', { fullPage: false });
    await dialog.getByRole('button', { name: 'Send request' }).click();
    await dialog.getByText('Access requested for Finance Reporting').waitFor();
    await dialog.getByRole('button', { name: 'Close' }).first().click();
    await port.getByText('Finance Reporting asked on').waitFor();

    // The owner approves it in the inbox.
    await owner.page.goto(portalUrl('/inbox'));
    const requests = owner.page.getByRole('list', { name: 'Access requests' });
    const request = requests.getByRole('listitem').filter({ hasText: RUN });
    await request.waitFor();
    expect(await request.textContent()).toContain('Finance Reporting');
    expect(await request.textContent()).toContain('for 180 days');
    await expectAccessible(owner.page, 'inbox');
    await screenshot(owner.page, 'inbox');
    await request.getByRole('textbox', { name: /Note for Finance Reporting/ }).fill('Approved for reconciliation.');
    await request.getByRole('button', { name: 'Approve' }).click();
    await request.getByText(/Approved until .*; access is being provisioned\./).waitFor();

    // The consumer now sees where to read.
    await page.reload();
    const details = port.getByRole('group', { name: 'Connection details of authorization-events' });
    await details.waitFor();
    expect(await details.textContent()).toContain('payments.authorized.v3');
    expect(await port.textContent()).toContain('Finance Reporting has access until');

    // And in "My subscriptions", with its expiry and the way to renew.
    await page.goto(portalUrl('/subscriptions'));
    const mine = page
      .getByRole('list', { name: 'Subscriptions' })
      .getByRole('listitem')
      .filter({ hasText: 'Payment authorisations' })
      .filter({ hasText: 'Finance Reporting' })
      .first();
    expect(await mine.textContent()).toMatch(/approved.*access ends/s);
    expect(await mine.getByRole('button', { name: 'Request renewal' }).isVisible()).toBe(true);
    await screenshot(page, 'my-subscriptions');

    // The quick start has no Kafka: the grant fails, and the owner's inbox says so.
    await expect
      .poll(
        async () => {
          await owner.page.goto(portalUrl('/inbox'));
          return owner.page
            .getByRole('list', { name: 'Provisioning failures' })
            .textContent({ timeout: 1_000 })
            .catch(() => '');
        },
        { timeout: 60_000, interval: 2_000 },
      )
      .toMatch(/Finance Reporting.*Payment authorisations.*authorization-events/s);
  }, 150_000);

  it('shows a schema change an owner published through the API, with its diff', async () => {
    // The owning team publishes a new version of the orders table as its pipeline would.
    const olivia = await demoApiAs(DEMO_USERS.olivia);
    const portId = await portIdOf(olivia, 'orders-placed', 'orders-table');
    // The newest version plus one optional field, so the change is compatible however often this runs.
    const { outputPort } = await olivia<{ outputPort: { latestSchemaVersion: { definition: string } } }>(
      'query($id: ID!) { outputPort(id: $id) { latestSchemaVersion { definition } } }',
      { id: portId },
    );
    const schema = JSON.parse(outputPort.latestSchemaVersion.definition) as { properties: Record<string, unknown> };
    const field = `gift_note_${RUN}`;
    schema.properties[field] = { type: ['string', 'null'], description: 'A message printed on the gift receipt.' };
    const { publishSchemaVersion } = await olivia<{
      publishSchemaVersion: { created: boolean; schemaVersion: { version: number } };
    }>(
      'mutation($input: PublishSchemaVersionInput!) { publishSchemaVersion(input: $input) { created schemaVersion { version } } }',
      { input: { portId, format: 'JSON', definition: JSON.stringify(schema, null, 2) } },
    );
    expect(publishSchemaVersion.created).toBe(true);
    const version = publishSchemaVersion.schemaVersion.version;

    // A consumer sees it on the product page: the field table, the history and the diff.
    const { page } = consumer;
    await page.goto(portalUrl('/products/orders-placed'));
    const section = page.getByRole('region', { name: 'Schema' });
    const table = section.getByRole('table', { name: `Fields of orders-table, version ${version}` });
    expect(await table.getByRole('rowheader', { name: field }).isVisible()).toBe(true);
    expect(await section.getByRole('list', { name: 'Schema versions of orders-table' }).textContent()).toContain(
      `v${version}`,
    );
    const diff = section.getByTestId('schema-diff');
    expect(await diff.getByRole('heading').textContent()).toBe(
      `Version ${version - 1} → version ${version} of orders-table`,
    );
    const added = diff.getByRole('row').filter({ hasText: field });
    expect(await added.textContent()).toContain('added');
    await section.screenshot({ path: screenshotFile('schema-diff'), animations: 'disabled' });

    // Any two versions: the first against the newest, chosen in the form (a plain GET form).
    const form = section.getByRole('form', { name: 'Compare versions of orders-table' });
    await form.getByLabel('Compare version').selectOption('1');
    await form.getByLabel('with version').selectOption(String(version));
    await Promise.all([page.waitForURL(/from=1&to=/), form.getByRole('button', { name: 'Compare' }).click()]);
    const wide = page.getByRole('region', { name: 'Schema' }).getByTestId('schema-diff');
    expect(await wide.getByRole('heading').textContent()).toBe(`Version 1 → version ${version} of orders-table`);
    expect(await wide.textContent()).toContain('coupon_code');
    expect(await wide.textContent()).toContain(field);
  });

  it('shows a stale product’s incident, which the owner acknowledges from the inbox', async () => {
    // Arrange: the settlements stop arriving; the last heartbeat is five hours old.
    const priya = await demoApiAs(OWNER);
    const portId = await portIdOf(priya, 'payments-settled', 'settlement-events');
    await priya(
      'mutation($input: RemoveFreshnessObjectiveInput!) { removeFreshnessObjective(input: $input) { removedObjectiveId } }',
      {
        input: { portId },
      },
    ).catch(() => undefined);
    await priya(
      'mutation($input: SetFreshnessObjectiveInput!) { setFreshnessObjective(input: $input) { objective { id } } }',
      {
        input: {
          portId,
          check: { kind: 'PUSH' },
          warnAfter: 'PT1H',
          errorAfter: 'PT2H',
          intervalSeconds: 5,
          windowDays: 28,
        },
      },
    );
    await priya('mutation($input: ReportFreshnessInput!) { reportFreshness(input: $input) { heartbeat { portId } } }', {
      input: { portId, lastUpdatedAt: new Date(Date.now() - 5 * 3_600_000).toISOString() },
    });

    // Anyone who can see the product sees the incident once the worker's check found it stale.
    const { page } = consumer;
    const incidents = page.getByRole('list', { name: 'Open incidents' });
    await expect
      .poll(
        async () => {
          await page.goto(portalUrl('/products/payments-settled'));
          return incidents.textContent({ timeout: 1_000 }).catch(() => '');
        },
        { timeout: 90_000, interval: 2_000 },
      )
      .toMatch(/open\s*Stale data\s*on\s*settlement-events/);
    expect(
      await page
        .getByRole('region', { name: 'Objectives and freshness' })
        .getByText('stale', { exact: true })
        .first()
        .isVisible(),
    ).toBe(true);
    await expectAccessible(page, 'product page with an incident');
    await screenshot(page, 'product-incident');

    // The owner acknowledges it from the inbox, with a note.
    await owner.page.goto(portalUrl('/inbox'));
    const open = owner.page
      .getByRole('list', { name: 'Open incidents of Payments' })
      .getByRole('listitem')
      .filter({ hasText: 'settlement-events' });
    await open
      .getByRole('textbox', { name: 'Note for the team (optional)' })
      .fill(`Settlement job restarted (${RUN}).`);
    await open.getByRole('button', { name: 'Acknowledge' }).click();
    // The inbox shows it acknowledged, by whom, with the note; it stays there until it resolves.
    await open.getByText(/acknowledged .* by Priya Patel/).waitFor();
    expect(await open.textContent()).toContain(`Settlement job restarted (${RUN}).`);

    await page.reload();
    const acknowledged = page
      .getByRole('list', { name: 'Open incidents' })
      .getByRole('listitem')
      .filter({ hasText: RUN });
    expect(await acknowledged.textContent()).toMatch(/acknowledged.*by Priya Patel/s);
  }, 150_000);
});
