import type { BrowserContext, Page } from 'playwright-core';

/**
 * What went wrong in the browser during the current test: console errors, uncaught page
 * errors, failed requests and error answers (4xx/5xx) from the portal's own origin. Every
 * context made by `launchBrowser` is watched; `test/e2e/setup.ts` fails a test that leaves
 * any problem it did not announce with `expectProblems`.
 */
const recorded: string[] = [];
const expected: RegExp[] = [];
const watchedContexts = new WeakSet<BrowserContext>();
const watchedPages = new WeakSet<Page>();

/**
 * Records the problems of every page of `context`, present and future. `javaScriptEnabled:
 * false` says the browser itself refuses scripts there, which it reports as failed loads.
 */
export function watchContext(context: BrowserContext, { javaScriptEnabled = true } = {}): void {
  if (watchedContexts.has(context)) return;
  watchedContexts.add(context);
  const watch = (page: Page) => watchPage(page, javaScriptEnabled);
  context.pages().forEach(watch);
  context.on('page', watch);
}

function watchPage(page: Page, javaScriptEnabled: boolean): void {
  if (watchedPages.has(page)) return;
  watchedPages.add(page);
  page.on('console', (message) => {
    if (message.type() === 'error') recorded.push(`console: ${message.text()} (${page.url()})`);
  });
  page.on('pageerror', (error) => recorded.push(`page error: ${error.message} (${page.url()})`));
  page.on('response', (response) => {
    if (response.status() >= 400 && sameOrigin(response.url(), page.url())) {
      recorded.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
    }
  });
  page.on('requestfailed', (request) => {
    // A navigation cancels what the page still had in flight (router prefetches, an action's
    // stream after its redirect, an icon still loading): the browser changed its mind.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    // With JavaScript off, Chromium blocks the page's scripts and says "csp".
    if (!javaScriptEnabled && request.resourceType() === 'script' && request.failure()?.errorText === 'csp') return;
    recorded.push(`request failed: ${request.method()} ${request.url()} ${request.failure()?.errorText ?? ''}`);
  });
}

function sameOrigin(url: string, pageUrl: string): boolean {
  try {
    const origin = new URL(url).origin;
    return origin === new URL(pageUrl).origin || origin === new URL(process.env.TESSERA_WEB_URL ?? pageUrl).origin;
  } catch {
    return false;
  }
}

/**
 * Announces problems the current test causes on purpose (a 404 page, an unreachable API),
 * matched by pattern; any other problem still fails the test.
 */
export function expectProblems(...patterns: RegExp[]): void {
  expected.push(...patterns);
}

/** The unannounced problems since the last call; resets the record for the next test. */
export function takeUnexpectedProblems(): string[] {
  const unexpected = recorded.filter((problem) => !expected.some((pattern) => pattern.test(problem)));
  recorded.length = 0;
  expected.length = 0;
  return unexpected;
}
