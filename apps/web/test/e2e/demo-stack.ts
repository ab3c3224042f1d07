import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePorts } from './portal-process';

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/**
 * Global setup of the browser suites: runs the README's first command, `npm run demo`, as a
 * user on a fresh machine would (no DATABASE_URL, so the embedded Postgres), and points the
 * suites at the portal it brings up. TESSERA_WEB_URL set by hand skips this.
 */
export default async function startDemoStack(): Promise<() => Promise<void>> {
  if (process.env.TESSERA_WEB_URL) return () => Promise.resolve();

  const demoDir = mkdtempSync(join(tmpdir(), 'tessera-demo-'));
  const [apiPort, webPort, dbPort] = await freePorts(3);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TESSERA_DEMO_DIR: demoDir,
    API_PORT: String(apiPort),
    WEB_PORT: String(webPort),
    DEMO_DB_PORT: String(dbPort),
    QUEUE_PREFIX: `e2e-demo-${webPort}`,
    // The webhook receivers the tests start listen on loopback, which the API refuses unless allowed.
    OUTBOUND_ALLOWED_HOSTS: '127.0.0.1',
    NOTIFICATION_RETRY_DELAY_MS: '200',
  };
  // A fresh machine has none of these: the demo must bring its own database and say
  // "not configured" for Kafka and the registry.
  delete env.DATABASE_URL;
  delete env.KAFKA_BROKERS;
  delete env.SCHEMA_REGISTRY_URL;

  const child = spawn('npm', ['run', 'demo'], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`npm run demo was not up within 240 s:\n${output.slice(-4000)}`)),
      240_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Tessera is running.')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm run demo exited with ${code}:\n${output.slice(-4000)}`));
    });
  });
  child.removeAllListeners('exit');
  process.env.TESSERA_WEB_URL = `http://127.0.0.1:${webPort}`;
  process.env.TESSERA_DEMO_API_URL = `http://127.0.0.1:${apiPort}`;
  process.env.TESSERA_DEMO_OUTPUT = output;

  return async () => {
    await stopGroup(child);
    rmSync(demoDir, { recursive: true, force: true });
  };
}

function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || !child.pid) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
      resolve();
    }, 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    process.kill(-child.pid!, 'SIGTERM');
  });
}
