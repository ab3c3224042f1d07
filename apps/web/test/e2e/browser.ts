import { chromium, type Browser } from 'playwright-core';
import { watchContext } from './problems';

/** Debian's Chromium; playwright-core never downloads a browser of its own here. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Launches a headless Chromium that makes no calls of its own to the network. Every context
 * it opens is watched for console errors and failed requests (problems.ts).
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    watchContext(context, { javaScriptEnabled: options?.javaScriptEnabled });
    return context;
  };
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (options) => {
    const page = await newPage(options);
    watchContext(page.context(), { javaScriptEnabled: options?.javaScriptEnabled });
    return page;
  };
  return browser;
}

/** The portal under test, from TESSERA_WEB_URL; fails with a message saying how to set it. */
export function portalUrl(path = '/'): string {
  const base = process.env.TESSERA_WEB_URL;
  if (!base) {
    throw new Error(
      'TESSERA_WEB_URL is not set. Start the portal (npm run build -w @tessera/web && npm run start -w @tessera/web) ' +
        'and run the e2e tests with TESSERA_WEB_URL=http://127.0.0.1:3000.',
    );
  }
  return new URL(path, base).href;
}
