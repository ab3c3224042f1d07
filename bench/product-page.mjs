// The portal's product page, rendered by the built portal (`next start`) against the built
// API (a process, production mode) on a database holding the demo mesh and the demo's
// connections, contract, objectives and subscriptions (scripts/demo/enrich.mjs): the time to the
// whole HTML of /products/<slug>, with a signed-in user's session cookie, as p50/p95/max;
// and the first-load JavaScript per route of that build. Prints figures, asserts nothing.
import { execFileSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_ENV, freePort, startApi } from './lib/api-process.mjs';
import { benchDatabase } from './lib/database.mjs';
import { NEXT_DIR, firstLoadJs } from './lib/first-load-js.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const NEXT_BIN = createRequire(join(root, 'apps/web/package.json')).resolve('next/dist/bin/next');

/** Pages measured: the product everything links to, seen by a consumer and by its own team. */
const PRODUCT = 'payments-authorized';
const VIEWERS = { consumer: 'casey@tessera.demo', owningTeam: 'max@tessera.demo' };

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summarize(samples) {
  const sorted = [...samples].sort((left, right) => left - right);
  const round = (value) => Math.round(value * 10) / 10;
  return { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), max: round(sorted.at(-1)) };
}

/** Signs in at the API as the portal's sign-in action does, and returns the session token. */
async function sessionOf(apiUrl, email) {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: SignInInput!) { signIn(input: $input) { csrfToken } }',
      variables: { input: { email, password: 'tessera-demo' } },
    }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`sign-in of ${email} failed: ${JSON.stringify(body.errors)}`);
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith('tessera_session='));
  if (!cookie) throw new Error(`sign-in of ${email} set no session cookie`);
  return cookie.split(';')[0].slice('tessera_session='.length);
}

async function startPortal(apiUrl) {
  const port = await freePort();
  const child = spawn(process.execPath, [NEXT_BIN, 'start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: join(root, 'apps/web'),
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', TESSERA_API_URL: apiUrl },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(2_000) });
      break;
    } catch {
      if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
      if (Date.now() > deadline) throw new Error('the portal did not start within 60 s');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

/** One whole page: status 200 and the body read to its end (the streamed HTML included). */
async function render(url, session, expected) {
  const headers = session ? { cookie: `tessera_session=${session}` } : {};
  const response = await fetch(url, { headers, redirect: 'manual' });
  const html = await response.text();
  if (response.status !== 200 || !html.includes(expected)) {
    throw new Error(`${url} answered ${response.status} without "${expected}"`);
  }
  return html.length;
}

async function measure(iterations, warmup, once) {
  for (let index = 0; index < warmup; index++) await once();
  const samples = [];
  for (let index = 0; index < iterations; index++) {
    const started = performance.now();
    await once();
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}

export async function run({ iterations = 200, warmup = 20 } = {}) {
  const bundles = await firstLoadJs();
  if (!bundles) throw new Error(`the portal is not built (${NEXT_DIR}): run \`npm run build -w @tessera/web\``);
  const databaseUrl = await benchDatabase('tessera_bench_portal', { fresh: true });
  execFileSync(process.execPath, [join(root, 'apps/api/dist/cli/seed-demo.js')], {
    env: { ...process.env, SECRETS_KEY: BENCH_ENV.SECRETS_KEY, LOG_LEVEL: 'warn', DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // Every render asks the API a few times with one session; startApi lifts the rate limits.
  const api = await startApi({ DATABASE_URL: databaseUrl });
  let portal;
  try {
    // The rest of the demo (a contract, objectives, schema versions, subscriptions), so the page has every section.
    execFileSync(process.execPath, [join(root, 'scripts/demo/enrich.mjs'), api.url], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    portal = await startPortal(api.url);
    const pageUrl = `${portal.url}/products/${PRODUCT}`;
    const renderMs = {};
    let htmlBytes = 0;
    for (const [viewer, email] of Object.entries(VIEWERS)) {
      const session = await sessionOf(api.url, email);
      htmlBytes = await render(pageUrl, session, 'Payment authorisations');
      renderMs[viewer] = await measure(iterations, warmup, () => render(pageUrl, session, 'Payment authorisations'));
    }
    // The floor under the figures above: the same server and layout, a page that asks the API nothing.
    const signInPageMs = await measure(Math.min(iterations, 100), 10, () =>
      render(`${portal.url}/sign-in`, null, 'Sign in'),
    );
    return {
      page: `/products/${PRODUCT}`,
      iterations,
      htmlKiB: Math.round(htmlBytes / 102.4) / 10,
      renderMs,
      signInPageMs,
      firstLoadJs: bundles,
    };
  } finally {
    await portal?.stop();
    await api.stop();
  }
}
