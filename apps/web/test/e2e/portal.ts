import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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

/** Every screenshot is taken at this size, so the pictures in docs/screenshots compare run to run. */
export const SCREENSHOT_VIEWPORT = { width: 1280, height: 900 } as const;

/** Where screenshot <name> goes: docs/screenshots/ when SCREENSHOTS=1, else test-results/. */
export function screenshotFile(name: string): string {
  const folder = process.env.SCREENSHOTS === '1' ? '../../../../docs/screenshots/' : '../../test-results/';
  return fileURLToPath(new URL(`${folder}${name}.png`, import.meta.url));
}

/**
 * Saves a full-page screenshot as <name>.png, for people to look at: into docs/screenshots/
 * (shown in the README) when SCREENSHOTS=1, else into test-results/, so an ordinary test run
 * leaves the committed pictures alone.
 */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  const viewport = page.viewportSize();
  if (viewport?.width !== SCREENSHOT_VIEWPORT.width || viewport.height !== SCREENSHOT_VIEWPORT.height) {
    await page.setViewportSize(SCREENSHOT_VIEWPORT);
  }
  // Animations and the blinking caret would make two runs' pictures differ.
  await page.screenshot({
    path: screenshotFile(name),
    fullPage,
    animations: 'disabled',
    caret: 'hide',
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

/** A fresh browser context (own cookies) signed in as `email`, with or without JavaScript, as any browser. */
export async function signedInContext(
  browser: Browser,
  email: string,
  options: { javaScriptEnabled?: boolean; userAgent?: string } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: SCREENSHOT_VIEWPORT, ...options });
  const page = await context.newPage();
  await signIn(page, email);
  return { context, page };
}

/** Visible text of a locator, collapsed to single spaces. */
export async function textOf(page: Page, selector: string): Promise<string> {
  return ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
}
