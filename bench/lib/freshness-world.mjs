// What the freshness benchmarks share: a database with an admin token, a team and products,
// the built API (to register connections and channels, which encrypt secrets) and the built
// worker as child processes, and the worker's CPU and memory from /proc.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { BENCH_ENV, startApi } from './api-process.mjs';
import { benchDatabase } from './database.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const requireApi = createRequire(join(root, 'apps/api/package.json'));
const { hashToken, newApiToken } = requireApi(join(root, 'apps/api/dist/modules/identity/secrets.js'));
export const kafkajs = requireApi('kafkajs');
export const bullmq = requireApi('bullmq');
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function percentile(sorted, p) {
  return sorted.length === 0 ? null : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function requireServices() {
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'KAFKA_BROKERS']) {
    if (!process.env[name]) throw new Error(`${name} is not set: run \`eval "$(scripts/services.sh env)"\` first`);
  }
}

export async function freshnessWorld(name, { products = 1 } = {}) {
  requireServices();
  const databaseUrl = await benchDatabase(name, { fresh: true });
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  const queuePrefix = `bench-${randomUUID()}`;
  const env = {
    DATABASE_URL: databaseUrl,
    QUEUE_PREFIX: queuePrefix,
    OUTBOUND_ALLOWED_HOSTS: '127.0.0.1,localhost',
  };
  const { rows: teams } = await pool.query(
    `INSERT INTO teams (slug, name) VALUES ('bench-team', 'Bench team') RETURNING id`,
  );
  const teamId = teams[0].id;
  const { rows: domains } = await pool.query(
    `INSERT INTO domains (slug, name, team_id) VALUES ('bench', 'Bench', $1) RETURNING id`,
    [teamId],
  );
  const { rows: productRows } = await pool.query(
    `INSERT INTO data_products (slug, name, domain_id, team_id, status)
     SELECT 'bench-' || g, 'Bench product ' || g, $1, $2, 'PUBLISHED' FROM generate_series(1, $3) g RETURNING id`,
    [domains[0].id, teamId, products],
  );
  const { rows: users } = await pool.query(
    `INSERT INTO users (email, display_name, is_platform_admin) VALUES ('bench@example.com', 'Bench', true) RETURNING id`,
  );
  const { token, prefix } = newApiToken();
  await pool.query(
    `INSERT INTO api_tokens (name, prefix, token_hash, scopes, user_id) VALUES ('bench', $1, $2, '{admin}', $3)`,
    [prefix, hashToken(token), users[0].id],
  );
  const api = await startApi(env);

  async function graphql(query, variables) {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  const workers = [];
  return {
    pool,
    databaseUrl,
    queuePrefix,
    teamId,
    productIds: productRows.map((row) => row.id),
    api,
    token,
    graphql,
    async registerKafka(brokers = process.env.KAFKA_BROKERS.split(',')) {
      const clusterName = `bench-kafka-${Date.now().toString(36)}`;
      await graphql(
        'mutation($input: RegisterKafkaClusterInput!) { registerKafkaCluster(input: $input) { kafkaCluster { id } } }',
        { input: { name: clusterName, brokers } },
      );
      return clusterName;
    },
    async registerPostgres(settings) {
      const databaseName = `bench-pg-${Date.now().toString(36)}`;
      await graphql(
        'mutation($input: RegisterPostgresDatabaseInput!) { registerPostgresDatabase(input: $input) { postgresDatabase { id } } }',
        { input: { name: databaseName, ssl: 'DISABLE', ...settings } },
      );
      return databaseName;
    },
    async webhookChannel(url) {
      await graphql(
        `
          mutation ($input: CreateNotificationChannelInput!) {
            createNotificationChannel(input: $input) {
              notificationChannel {
                id
              }
              signingSecret
            }
          }
        `,
        { input: { teamId, name: 'bench webhook', kind: 'WEBHOOK', url } },
      );
    },
    /** Starts the built worker; resolves once it is processing (its boot reconciliation done). */
    startWorker(extraEnv = {}) {
      const child = spawn(process.execPath, [join(root, 'apps/api/dist/worker.js')], {
        env: {
          ...process.env,
          ...BENCH_ENV,
          ...env,
          ...extraEnv,
        },
        stdio: ['ignore', process.env.BENCH_WORKER_LOG ? 'inherit' : 'ignore', 'inherit'],
      });
      workers.push(child);
      return child;
    },
    async close() {
      for (const child of workers) {
        child.kill('SIGTERM');
        await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
      }
      await api.stop();
      await pool.end();
    },
  };
}

/** CPU (percent of one core, since the previous sample) and resident memory of a process. */
export function processSampler(pid) {
  const ticksPerSecond = 100;
  let previous = null;
  return async () => {
    const stat = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1].split(' ');
    const cpuTicks = Number(stat[11]) + Number(stat[12]);
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const rssMb = Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
    const now = Date.now();
    const sample = { cpuPercent: null, rssMb };
    if (previous)
      sample.cpuPercent = ((cpuTicks - previous.cpuTicks) / ticksPerSecond / ((now - previous.at) / 1000)) * 100;
    previous = { cpuTicks, at: now };
    return sample;
  };
}
