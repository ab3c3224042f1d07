import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on('console', (m) => m.type() === 'error' && console.log('console', m.text()));
const [user, ...paths] = process.argv.slice(2);
await page.goto('http://127.0.0.1:3100/sign-in?next=/');
await page.getByLabel('Email address').fill(user);
await page.getByLabel('Password').fill('tessera-demo');
await Promise.all([page.waitForURL((u) => u.pathname !== '/sign-in'), page.getByRole('button', { name: 'Sign in' }).click()]);
for (const p of paths) {
  const r = await page.goto('http://127.0.0.1:3100' + p);
  console.log(p, r.status()); await page.locator('h1').first().waitFor(); await page.waitForLoadState('networkidle');
  await page.screenshot({ path: '/tmp/shot-' + p.replace(/\W+/g, '_') + '.png', fullPage: true });
}
await browser.close();
