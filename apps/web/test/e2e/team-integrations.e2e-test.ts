import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, portalUrl } from './browser';
import { DEMO_USERS, screenshot, signedInContext } from './portal';
import { startWebhookReceiver } from './webhook-receiver';

/** Unique per run, so the suite also passes against a long-running portal. */
const RUN = Date.now().toString(36);
const CLUSTER = `e2e-${RUN}`;

describe('connections, principals and notification channels', () => {
  let browser: Browser;
  let owner: { context: BrowserContext; page: Page };
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

  beforeAll(async () => {
    portalUrl();
    browser = await launchBrowser();
    owner = await signedInContext(browser, DEMO_USERS.olivia);
    receiver = await startWebhookReceiver();
  });

  afterAll(async () => {
    await receiver?.close();
    await owner?.context.close();
    await browser?.close();
  });

  it('lets a platform admin register a Kafka cluster and test it, with the failing step named', async () => {
    const admin = await signedInContext(browser, DEMO_USERS.admin);
    const { page } = admin;
    await page.goto(portalUrl('/admin/connections'));

    const form = page.getByRole('form', { name: 'Register a Kafka cluster' });
    await form.getByLabel('Name', { exact: true }).fill(CLUSTER);
    // Nothing listens there: the test must say so, step by step.
    await form.getByLabel('Brokers').fill('127.0.0.1:9');
    await form.getByRole('button', { name: 'Register cluster' }).click();
    await form.getByRole('status').waitFor();
    expect(await form.getByRole('status').textContent()).toContain(`Kafka cluster ${CLUSTER} registered.`);

    const card = page.getByRole('list', { name: 'Connections' }).getByRole('listitem').filter({ hasText: CLUSTER });
    await card.waitFor();
    expect(await card.textContent()).toContain('127.0.0.1:9');
    await card.getByRole('button', { name: 'Test connection' }).click();
    const outcome = card.getByRole('alert');
    await outcome.waitFor({ timeout: 20_000 });
    expect(await outcome.textContent()).toMatch(/^Not working: /);
    await screenshot(page, 'admin-connections');

    // The API refuses a second cluster of the same name, in its own words, beside the form.
    await form.getByLabel('Name', { exact: true }).fill(CLUSTER);
    await form.getByLabel('Brokers').fill('127.0.0.1:9');
    await form.getByRole('button', { name: 'Register cluster' }).click();
    await form.getByRole('alert').waitFor();
    expect(await form.getByRole('alert').textContent()).toMatch(/already|exists|taken/i);
    await admin.context.close();
  });

  it('lets a team owner set the team’s Kafka principal on that cluster and remove it', async () => {
    const { page } = owner;
    await page.goto(portalUrl('/teams/orders-team/settings'));
    const form = page.getByRole('form', { name: 'Set a principal' });
    await form.getByLabel('On', { exact: true }).selectOption('KAFKA_CLUSTER');
    await form.getByLabel('Connection name').fill(CLUSTER);
    await form.getByLabel('Principal or role').fill(`User:orders-${RUN}`);
    await form.getByRole('button', { name: 'Set principal' }).click();
    await form.getByRole('status').waitFor();
    expect(await form.getByRole('status').textContent()).toContain(`User:orders-${RUN}`);

    const table = page.getByRole('table', { name: 'Kafka principals and Postgres roles' });
    const row = table.getByRole('row').filter({ hasText: CLUSTER });
    await row.waitFor();
    expect(await row.textContent()).toContain('Kafka principal');
    await row.getByRole('button', { name: 'Remove' }).click();
    await row.waitFor({ state: 'detached' });

    // A connection that does not exist is named as such by the API.
    await form.getByLabel('Connection name').fill(`missing-${RUN}`);
    await form.getByLabel('Principal or role').fill('User:nobody');
    await form.getByRole('button', { name: 'Set principal' }).click();
    await form.getByRole('alert').waitFor();
  });

  it('creates a signed webhook channel, shows its secret once, sends a test and rotates the secret', async () => {
    const { page } = owner;
    await page.goto(portalUrl('/teams/orders-team/settings'));
    const form = page.getByRole('form', { name: 'Add a notification channel' });

    // The form checks what it can before asking the API.
    await form.getByLabel('Kind').selectOption('WEBHOOK');
    await form.getByLabel('Channel name').fill(`on-call ${RUN}`);
    await form.getByRole('button', { name: 'Add channel' }).click();
    await form.getByText('Webhook and Slack channels need a URL').waitFor();
    expect(await form.getByLabel('URL').getAttribute('aria-invalid')).toBe('true');

    await form.getByLabel('URL').fill(receiver.url);
    await form.getByRole('button', { name: 'Add channel' }).click();
    const secret = page.getByRole('textbox', { name: 'Signing secret', exact: true });
    await secret.waitFor();
    const signingSecret = await secret.inputValue();
    expect(signingSecret.length).toBeGreaterThan(20);

    const channels = page.getByRole('list', { name: 'Notification channels' });
    const card = channels
      .getByRole('listitem')
      .filter({ hasText: `on-call ${RUN}` })
      .first();
    await card.waitFor();
    expect(await card.textContent()).toContain(receiver.url);

    // The worker sends it after commit; on the embedded database (no LISTEN/NOTIFY across its
    // sessions) the delivery sweep picks it up instead, within about 45 s.
    const delivered = receiver.next(75_000);
    await card.getByRole('button', { name: 'Send test' }).click();
    await card.getByText('Test notification queued').waitFor();
    const webhook = await delivered;
    expect(webhook.body).toContain('channel.test');
    expect(Object.keys(webhook.headers).some((name) => name.includes('signature'))).toBe(true);
    await screenshot(page, 'team-settings');

    await page.reload();
    expect(await page.content()).not.toContain(signingSecret);
    const reloaded = page
      .getByRole('list', { name: 'Notification channels' })
      .getByRole('listitem')
      .filter({ hasText: `on-call ${RUN}` });
    await expect
      .poll(
        async () => {
          await page.reload();
          return reloaded.getByRole('list', { name: /Latest deliveries/ }).textContent();
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toContain('delivered');

    await reloaded.getByRole('button', { name: 'Rotate secret' }).click();
    const rotated = reloaded.getByLabel('New signing secret');
    await rotated.waitFor();
    expect(await rotated.inputValue()).not.toBe(signingSecret);
    expect(await reloaded.getByRole('status').textContent()).toContain('The previous secret still signs until');
  }, 150_000);
});
