import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { TestApi } from '../support/api-client';
import { createTestDatabase, dropDatabase } from '../support/databases';
import { serviceEnvironment } from '../support/environment';
import { Factories } from '../support/factories';
import { API_ROOT, runToExit } from '../support/processes';
import { testConfig } from '../support/test-config';

const REPO_ROOT = join(API_ROOT, '..', '..');
const FUZZ = join(REPO_ROOT, 'scripts', 'fuzz.sh');
const SEED = join(API_ROOT, 'dist', 'cli', 'seed-demo.js');
/** The fuzzer's own time budget, plus installing it on a fresh machine and its report. */
const FUZZ_SECONDS = 120;
const TIMEOUT_MS = (FUZZ_SECONDS + 240) * 1000;

function run(
  command: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} did not finish in time:\n${output.slice(-4000)}`));
    }, TIMEOUT_MS - 10_000);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/**
 * Acceptance: schemathesis, generating operations from the committed SDL, runs against a
 * production-mode API over a seeded demo mesh, as a platform admin (the widest reach), and
 * finds no server error and no leaked internals (scripts/fuzz.sh, scripts/fuzz/hooks.py).
 */
describe('the schema-driven fuzzer', () => {
  let database: { name: string; url: string };
  let factories: Factories;
  let api: TestApi;
  let url: string;
  let token: string;

  beforeAll(async () => {
    database = await createTestDatabase('fuzz');
    if (!existsSync(SEED)) throw new Error(`${SEED} is missing: run \`npm run build\` first`);
    const seeded = await runToExit(
      SEED,
      { DATABASE_URL: database.url, REDIS_URL: serviceEnvironment().redisUrl },
      60_000,
    );
    expect(seeded.code, seeded.stderr).toBe(0);
    factories = new Factories(database.url);
    const admin = await factories.user({ isPlatformAdmin: true });
    token = await factories.apiToken({ userId: admin.id }, ['admin']);
    // A real port: the fuzzer is another process. Production mode: no introspection, no IDE,
    // masked errors, exactly what is deployed.
    api = await TestApi.start(testConfig(database.url, { NODE_ENV: 'production', LOG_LEVEL: 'error' }));
    await api.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
  }, 120_000);

  afterAll(async () => {
    await factories?.close();
    await api?.close();
    await dropDatabase(database.name);
  });

  it(
    'finds no server error and no leaked internals in any operation of the schema',
    async () => {
      const { code, output } = await run('bash', [FUZZ, `${url}/graphql`, token], {
        FUZZ_MAX_TIME: String(FUZZ_SECONDS),
        FUZZ_REPORT_DIR: join(REPO_ROOT, '.data', 'fuzz-report'),
      });
      // The summary names each failing operation with the request that reproduces it.
      expect(code, output.slice(-12_000)).toBe(0);
      expect(output).toMatch(/passed/i);
    },
    TIMEOUT_MS,
  );
});
