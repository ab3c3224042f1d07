// Outbox relay: commit-to-acknowledged latency at a steady 1,000 events/s, and the highest
// sustained relay rate (a backlog drained as fast as one worker can). Latency is measured in
// the database's own clock: published_at (set after Kafka's ack, in the relay's commit) minus
// occurred_at (the inserting transaction's time).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { BENCH_ENV } from './lib/api-process.mjs';
import { benchDatabase } from './lib/database.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The API's own uuid (v7), not whichever version is hoisted to the root.
const { v7: uuidv7 } = createRequire(join(root, 'apps/api/package.json'))('uuid');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function productState(aggregateId, index) {
  return {
    id: aggregateId,
    slug: `bench-${aggregateId.slice(0, 8)}`,
    name: `Bench product ${index}`,
    domainId: aggregateId,
    teamId: aggregateId,
    status: 'PUBLISHED',
    classification: 'INTERNAL',
    accessMode: 'OPEN',
    tags: ['bench'],
    sunsetAt: null,
    replacementId: null,
    outputPorts: ['events'],
    updatedAt: Date.now(),
  };
}

async function insertEvents(pool, count, aggregates) {
  const ids = Array.from({ length: count }, () => uuidv7());
  const rows = ids.map((id, index) => {
    const aggregate = aggregates[index % aggregates.length];
    return [id, aggregate, JSON.stringify(productState(aggregate, index))];
  });
  await pool.query(
    `INSERT INTO outbox_events (id, event_type, aggregate_type, aggregate_id, data_version, payload)
     SELECT u.id::uuid, 'data_product.updated', 'data_product', u.aggregate, 1, u.payload::jsonb
       FROM unnest($1::text[], $2::text[], $3::text[]) AS u(id, aggregate, payload)`,
    [rows.map((row) => row[0]), rows.map((row) => row[1]), rows.map((row) => row[2])],
  );
}

function percentile(sorted, p) {
  return sorted.length === 0 ? null : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function waitDrained(pool, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await pool.query('SELECT count(*)::int AS left FROM outbox_events WHERE published_at IS NULL');
    if (rows[0].left === 0) return;
    if (Date.now() > deadline) throw new Error(`${rows[0].left} events still unpublished`);
    await sleep(200);
  }
}

export async function run({ rate = 1_000, seconds = 10, backlog = 30_000 } = {}) {
  for (const name of ['KAFKA_BROKERS', 'SCHEMA_REGISTRY_URL', 'REDIS_URL']) {
    if (!process.env[name]) throw new Error(`${name} is not set: run \`eval "$(scripts/services.sh env)"\` first`);
  }
  const databaseUrl = await benchDatabase('tessera_bench_outbox', { fresh: true });
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  const worker = spawn(process.execPath, [join(root, 'apps/api/dist/worker.js')], {
    env: {
      ...process.env,
      ...BENCH_ENV,
      DATABASE_URL: databaseUrl,
      QUEUE_PREFIX: `bench-${randomUUID()}`,
      OUTBOX_BATCH_SIZE: '500',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    const aggregates = Array.from({ length: 200 }, () => randomUUID());
    await insertEvents(pool, 10, aggregates); // warm-up: topic, schemas, producer
    await waitDrained(pool, 60_000);

    // Steady load: `rate` events per second in 10 ms ticks, for `seconds`.
    const steadyStart = new Date();
    const perTick = rate / 100;
    const started = Date.now();
    for (let tick = 0; tick < seconds * 100; tick += 1) {
      await insertEvents(pool, perTick, aggregates);
      const due = started + (tick + 1) * 10;
      const wait = due - Date.now();
      if (wait > 0) await sleep(wait);
    }
    const achievedRate = (rate * seconds) / ((Date.now() - started) / 1000);
    await waitDrained(pool, 120_000);
    const { rows } = await pool.query(
      `SELECT extract(epoch FROM (published_at - occurred_at)) * 1000 AS ms FROM outbox_events WHERE occurred_at >= $1`,
      [steadyStart],
    );
    const latencies = rows.map((row) => Number(row.ms)).sort((left, right) => left - right);

    // Backlog drain: the relay's highest sustained rate.
    await insertEvents(pool, backlog, aggregates);
    const drainStart = Date.now();
    await waitDrained(pool, 300_000);
    const drainSeconds = (Date.now() - drainStart) / 1000;

    return {
      steady: {
        targetEventsPerSecond: rate,
        achievedEventsPerSecond: Math.round(achievedRate),
        events: latencies.length,
        commitToAckMs: {
          p50: Math.round(percentile(latencies, 50)),
          p99: Math.round(percentile(latencies, 99)),
          max: Math.round(latencies.at(-1) ?? 0),
        },
      },
      drain: {
        events: backlog,
        seconds: Number(drainSeconds.toFixed(2)),
        eventsPerSecond: Math.round(backlog / drainSeconds),
      },
      relay: { workers: 1, batchSize: 500 },
    };
  } finally {
    worker.kill('SIGTERM');
    await new Promise((resolve) => worker.once('exit', resolve));
    await pool.end();
  }
}
