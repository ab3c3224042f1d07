import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, portalUrl } from './browser';
import { DEMO_USERS, SCREENSHOT_VIEWPORT, screenshot, signIn } from './portal';

describe('signing in and out', () => {
  let browser: Browser;

  beforeAll(async () => {
    portalUrl();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('sends an anonymous visitor to sign-in and back to the page they asked for', async () => {
    const context = await browser.newContext({ viewport: SCREENSHOT_VIEWPORT });
    const page = await context.newPage();

    await page.goto(portalUrl('/search?q=orders'));
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(await page.getByRole('link', { name: 'Sign in' }).isVisible()).toBe(true);
    await screenshot(page, 'sign-in');

    await page.getByLabel('Email address').fill(DEMO_USERS.olivia);
    await page.getByLabel('Password').fill('tessera-demo');
    await Promise.all([page.waitForURL(/\/search\?q=orders$/), page.getByRole('button', { name: 'Sign in' }).click()]);
    expect(await page.getByRole('heading', { level: 1, name: 'Search' }).isVisible()).toBe(true);
    await context.close();
  });

  it('shows the user and their teams in the header, and signs out', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, DEMO_USERS.olivia);

    const header = page.getByRole('banner');
    await header.getByText('Olivia Owner').click();
    const teams = header.getByRole('navigation', { name: 'Your teams' });
    expect(await teams.getByRole('link', { name: /Orders\s*owner/ }).isVisible()).toBe(true);
    expect(await teams.getByRole('link', { name: /Payments\s*member/ }).isVisible()).toBe(true);
    expect((await context.cookies()).map((cookie) => cookie.name).sort()).toEqual(['tessera_csrf', 'tessera_session']);
    expect((await context.cookies()).every((cookie) => cookie.httpOnly)).toBe(true);

    await header.getByRole('button', { name: 'Sign out' }).click();
    await header.getByRole('link', { name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await context.cookies()).toEqual([]);

    await page.goto(portalUrl('/teams/orders-team'));
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await context.close();
  });

  it('says why a sign-in failed, in the API’s words, and keeps the address', async () => {
    const page = await browser.newPage();
    await page.goto(portalUrl('/sign-in'));
    await page.getByLabel('Email address').fill(DEMO_USERS.olivia);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();

    const alert = page.getByRole('main').getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('The email address or password is wrong');
    expect(await page.getByLabel('Email address').inputValue()).toBe(DEMO_USERS.olivia);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.close();
  });

  it('signs in again when the browser still has an expired session', async () => {
    const context = await browser.newContext();
    const { hostname } = new URL(portalUrl('/'));
    await context.addCookies([{ name: 'tessera_session', value: 'expired-or-revoked', domain: hostname, path: '/' }]);
    const page = await context.newPage();

    // The dead session is refused by the API, which sends the browser to sign in.
    await page.goto(portalUrl('/teams/orders-team'));
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.getByLabel('Email address').fill(DEMO_USERS.olivia);
    await page.getByLabel('Password').fill('tessera-demo');
    await Promise.all([
      page.waitForURL(/\/teams\/orders-team$/),
      page.getByRole('button', { name: 'Sign in' }).click(),
    ]);
    expect(await page.getByRole('heading', { level: 1, name: 'Orders' }).isVisible()).toBe(true);
    await context.close();
  });

  it('checks the form before asking the API', async () => {
    const page = await browser.newPage();
    await page.goto(portalUrl('/sign-in'));
    await page.getByLabel('Email address').fill('not-an-address');
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.getByText('Enter your email address, such as name@example.com').waitFor();
    expect(await page.getByLabel('Email address').getAttribute('aria-invalid')).toBe('true');
    await page.close();
  });

  it('signs in and out without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, DEMO_USERS.casey, '/teams/marketing-analytics');
    expect(await page.getByRole('heading', { level: 1, name: 'Marketing Analytics' }).isVisible()).toBe(true);

    // The user menu is a native <details>: it opens without scripts.
    await page.getByRole('banner').getByText('Casey Consumer').click();
    await Promise.all([page.waitForURL(portalUrl('/')), page.getByRole('button', { name: 'Sign out' }).click()]);
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
    await context.close();
  });
});
