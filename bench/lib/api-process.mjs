import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * What every API or worker a benchmark starts runs with: production mode, a fixed secrets
 * key, quiet logs, and no rate limits (a benchmark measures throughput from one address with
 * one token, and the limiter's counters in Redis outlive each process).
 */
export const BENCH_ENV = Object.freeze({
  NODE_ENV: 'production',
  SECRETS_KEY: Buffer.alloc(32, 'bench').toString('base64'),
  LOG_LEVEL: 'warn',
  RATE_LIMIT_PER_TOKEN: '1000000000',
  RATE_LIMIT_PER_ADDRESS: '1000000000',
});

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts the built API as production would run it, and waits until it is ready. */
export async function startApi(extraEnv = {}) {
  for (const name of ['DATABASE_URL', 'REDIS_URL']) {
    if (!process.env[name]) throw new Error(`${name} is not set: run \`eval "$(scripts/services.sh env)"\` first`);
  }
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, 'apps/api/dist/main.js')], {
    env: {
      ...process.env,
      ...BENCH_ENV,
      API_PORT: String(port),
      ...extraEnv,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the API did not start within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}
