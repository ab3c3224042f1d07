import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, portalUrl } from './browser';
import { DEMO_USERS, screenshot, signedInContext } from './portal';

/** Unique per run, so the suite also passes against a long-running portal. */
const RUN = Date.now().toString(36);
const NEW_USER = { email: `e2e-${RUN}@tessera.demo`, name: `New Analyst ${RUN}` };

describe('team settings and administration', () => {
  let browser: Browser;
  let owner: { context: BrowserContext; page: Page };

  beforeAll(async () => {
    portalUrl();
    browser = await launchBrowser();
    owner = await signedInContext(browser, DEMO_USERS.olivia);
  });

  afterAll(async () => {
    await owner?.context.close();
    await browser?.close();
  });

  it('lets a platform admin create a user', async () => {
    const admin = await signedInContext(browser, DEMO_USERS.admin);
    const { page } = admin;
    await page.goto(portalUrl('/admin'));

    const form = page.getByRole('form', { name: 'Create a user' });
    await form.getByLabel('Sign-in address').fill(NEW_USER.email);
    await form.getByLabel('Display name').fill(NEW_USER.name);
    await form.getByLabel('Initial password').fill('a-long-enough-password');
    await form.getByRole('button', { name: 'Create user' }).click();

    await form.getByRole('status').waitFor();
    expect(await form.getByRole('status').textContent()).toContain(`${NEW_USER.email} can sign in now.`);
    await page.getByRole('cell', { name: NEW_USER.email }).waitFor();

    // The API's refusal comes back in its own words.
    await form.getByLabel('Sign-in address').fill(NEW_USER.email);
    await form.getByLabel('Display name').fill(NEW_USER.name);
    await form.getByRole('button', { name: 'Create user' }).click();
    await form.getByRole('alert').waitFor();
    expect(await form.getByRole('alert').textContent()).toContain('Another user already has that email address');
    await screenshot(page, 'admin');
    await admin.context.close();
  });

  it('refuses administration and team settings to those who may not use them', async () => {
    const { page } = owner;
    await page.goto(portalUrl('/admin'));
    expect(await page.getByRole('main').getByRole('alert').textContent()).toContain(
      'Administration is for platform admins.',
    );
    await page.goto(portalUrl('/teams/payments-team/settings'));
    expect(await page.getByRole('main').getByRole('alert').textContent()).toContain(
      'Only the team’s owners and platform admins',
    );
  });

  it('lets an owner add a member and change their role', async () => {
    const { page } = owner;
    await page.goto(portalUrl('/teams/orders-team/settings'));

    const form = page.getByRole('form', { name: 'Add a member' });
    await form.getByLabel('Sign-in address').fill(NEW_USER.email);
    await form.getByRole('button', { name: 'Add member' }).click();
    await form.getByRole('status').waitFor();
    expect(await form.getByRole('status').textContent()).toContain(`${NEW_USER.name} joined the team as member.`);

    const members = page.getByRole('list', { name: 'Team members' });
    const row = members.getByRole('listitem').filter({ hasText: NEW_USER.email });
    await row.waitFor();
    await row.getByLabel(`Role of ${NEW_USER.name}`, { exact: true }).selectOption('OWNER');
    await row.getByRole('button', { name: `Change role of ${NEW_USER.name}` }).click();
    await row.getByText('Role changed to owner.').waitFor();
  });

  it('shows the API’s message when a change is refused', async () => {
    const { page } = owner;
    await page.goto(portalUrl('/teams/orders-team/settings'));
    const form = page.getByRole('form', { name: 'Add a member' });
    await form.getByLabel('Sign-in address').fill(DEMO_USERS.olivia);
    await form.getByRole('button', { name: 'Add member' }).click();
    await form.getByRole('alert').waitFor();
    expect(await form.getByRole('alert').textContent()).toContain('The user is already a member of the team');

    await form.getByLabel('Sign-in address').fill('nobody@tessera.demo');
    await form.getByRole('button', { name: 'Add member' }).click();
    await form.getByText('No user signs in with this address').waitFor();
  });

  it('creates a team API token, shows it once, lists it and revokes it', async () => {
    const { page } = owner;
    await page.goto(portalUrl('/teams/orders-team/settings'));
    const tokens = page.getByRole('region', { name: 'Team API tokens' });

    const tokenName = `orders CI ${RUN}`;
    await tokens.getByLabel('Name').fill(tokenName);
    await tokens.getByRole('checkbox', { name: /catalog:write/ }).check();
    await tokens.getByLabel('Acts in the team as').selectOption('OWNER');
    await tokens.getByRole('button', { name: 'Create token' }).click();

    const secret = tokens.getByLabel('New API token');
    await secret.waitFor();
    const token = await secret.inputValue();
    expect(token).toMatch(/^tsr_[A-Za-z0-9]{8}_/);
    expect(await tokens.getByRole('button', { name: 'Copy token' }).isVisible()).toBe(true);
    await screenshot(page, 'team-settings');

    // The token works against the API, as the team.
    const api = new URL('/graphql', process.env.TESSERA_DEMO_API_URL ?? 'http://127.0.0.1:4000');
    if (process.env.TESSERA_DEMO_API_URL) {
      const response = await fetch(api, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ me { authenticatedWith memberships { role team { slug } } } }' }),
      });
      const body = (await response.json()) as {
        data: { me: { memberships: { role: string; team: { slug: string } }[] } };
      };
      expect(body.data.me.memberships).toEqual([{ role: 'OWNER', team: { slug: 'orders-team' } }]);
    }

    // Listed without its secret; after a reload the secret is gone for good.
    await page.reload();
    const table = page.getByRole('table', { name: 'API tokens of Orders' });
    const row = table.getByRole('row').filter({ hasText: tokenName });
    expect(await row.textContent()).toContain(token.slice(0, 12));
    expect(await page.content()).not.toContain(token);

    await row.getByRole('button', { name: `Revoke ${tokenName}` }).click();
    await table.getByRole('row').filter({ hasText: tokenName }).getByText('revoked').waitFor();
  });

  it('manages the user’s own API tokens', async () => {
    const { page } = owner;
    await page.goto(portalUrl('/settings/tokens'));
    await page.getByLabel('Name').fill(`laptop ${RUN}`);
    await page.getByRole('button', { name: 'Create token' }).click();
    const token = await page.getByLabel('New API token').inputValue();
    expect(token).toMatch(/^tsr_/);
    const table = page.getByRole('table', { name: 'Your API tokens' });
    await table
      .getByRole('row')
      .filter({ hasText: `laptop ${RUN}` })
      .waitFor();
    await screenshot(page, 'my-tokens');
  });
});
