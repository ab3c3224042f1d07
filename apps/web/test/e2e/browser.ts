import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; playwright-core never downloads a browser of its own here. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Launches a headless Chromium that makes no calls of its own to the network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
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
