import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { portalUrl } from './browser';

/** Every demo user's password (scripts/demo/organisation.yaml). */
export const DEMO_PASSWORD = 'tessera-demo';

/** Demo users by what they are for in these tests (see scripts/demo/organisation.yaml). */
export const DEMO_USERS = {
  /** Platform admin. */
  admin: 'admin@tessera.demo',
  /** Owner of orders-team, member of payments-team. */
  olivia: 'olivia@tessera.demo',
  /** Member of payments-team only. */
  max: 'max@tessera.demo',
  /** Owner of marketing-analytics: a consumer of everyone else's products. */
  casey: 'casey@tessera.demo',
} as const;

/** Saves a full-page screenshot as test-results/<name>.png, for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({
    path: fileURLToPath(new URL(`../../test-results/${name}.png`, import.meta.url)),
    fullPage: true,
  });
}

/** Fills in the sign-in form and waits until the portal has left it. */
export async function signIn(page: Page, email: string, next = '/'): Promise<void> {
  await page.goto(portalUrl(`/sign-in?next=${encodeURIComponent(next)}`));
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await Promise.all([
    page.waitForURL((url) => url.pathname !== '/sign-in', { timeout: 15_000 }),
    page.getByRole('button', { name: 'Sign in' }).click(),
  ]);
}

/** A fresh browser context (own cookies) signed in as `email`, with or without JavaScript. */
export async function signedInContext(
  browser: Browser,
  email: string,
  options: { javaScriptEnabled?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  await signIn(page, email);
  return { context, page };
}

/**
 * Console errors, server errors and failed requests of a page. Requests that a navigation
 * cancels (ERR_ABORTED: router prefetches, an action's stream after its redirect, an icon
 * still loading when the test moves on) are the browser changing its mind, not failures.
 */
export function watchProblems(page: Page): { problems: string[]; expectNone: () => void } {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 500) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`);
  });
  return { problems, expectNone: () => expect(problems).toEqual([]) };
}

/** Visible text of a locator, collapsed to single spaces. */
export async function textOf(page: Page, selector: string): Promise<string> {
  return ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
}
