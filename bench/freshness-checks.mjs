// Freshness checks at scale: 10,000 monitored ports checked every minute by ONE worker
// (BullMQ job schedulers, one per objective), against the real Kafka (many topics) and a real
// monitored Postgres database (many tables), plus PUSH heartbeats. Reports the sustained
// rate, the schedule lag (when a check started minus when its scheduler meant it to), the
// worker's CPU and memory, and how many result rows the change-only history wrote.
// Quick by default (one measured minute, about 2.5 minutes in all); BENCH_FULL=1 measures
// five minutes. Asserts nothing.
import { escapeIdentifier, escapeLiteral } from 'pg';
import pg from 'pg';
import { randomUUID } from 'node:crypto';
import { bullmq, freshnessWorld, kafkajs, percentile, processSampler, sleep } from './lib/freshness-world.mjs';
import { benchDatabase } from './lib/database.mjs';

const TOPICS = 1_000;
const TABLES = 100;

async function monitoredDatabase(tables) {
  const url = await benchDatabase('tessera_bench_freshness_monitored', { fresh: true });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const role = `bench_ro_${randomUUID().slice(0, 8)}`;
  const password = randomUUID();
  try {
    for (let index = 0; index < tables; index += 1) {
      await client.query(`CREATE TABLE t${index} (id serial PRIMARY KEY, updated_at timestamptz NOT NULL DEFAULT now());
        CREATE INDEX ON t${index} (updated_at);
        INSERT INTO t${index} (updated_at) SELECT now() - g * interval '1 second' FROM generate_series(1, 100) g;`);
    }
    await client.query(`CREATE ROLE ${escapeIdentifier(role)} LOGIN PASSWORD ${escapeLiteral(password)}`);
    await client.query(`GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${escapeIdentifier(role)}`);
  } finally {
    await client.end();
  }
  const parsed = new URL(url);
  return {
    settings: {
      host: parsed.hostname,
      port: Number(parsed.port || 5432),
      database: parsed.pathname.slice(1),
      readOnlyUser: role,
      readOnlyPassword: password,
    },
    async drop() {
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${parsed.pathname.slice(1)}" WITH (FORCE)`);
      await admin.query(`DROP ROLE IF EXISTS ${escapeIdentifier(role)}`);
      await admin.end();
    },
  };
}

export async function run({
  objectives = 10_000,
  warmupSeconds = 20,
  concurrency = Number(process.env.BENCH_CONCURRENCY ?? 32),
} = {}) {
  const measureSeconds = process.env.BENCH_FULL === '1' ? 300 : 60;
  const world = await freshnessWorld('tessera_bench_freshness_checks', { products: 100 });
  const monitored = await monitoredDatabase(TABLES);
  const kafka = new kafkajs.Kafka({ clientId: 'bench', brokers: process.env.KAFKA_BROKERS.split(','), logLevel: 0 });
  const admin = kafka.admin();
  const topicNames = Array.from({ length: TOPICS }, (_, index) => `bench.freshness.checks.${Date.now()}.${index}`);
  let events;
  try {
    await admin.connect();
    const setupStarted = Date.now();
    for (let start = 0; start < topicNames.length; start += 200) {
      // kafkajs' waitForLeaders trips over partitions still being created; poll metadata instead.
      await admin.createTopics({
        topics: topicNames.slice(start, start + 200).map((topic) => ({ topic, numPartitions: 1 })),
        waitForLeaders: false,
      });
    }
    for (let attempt = 0; ; attempt += 1) {
      try {
        const { topics } = await admin.fetchTopicMetadata({ topics: topicNames });
        if (topics.every((topic) => topic.partitions.every((partition) => partition.leader >= 0))) break;
      } catch (error) {
        if (attempt > 120) throw error;
      }
      await sleep(500);
    }
    const producer = kafka.producer({ createPartitioner: kafkajs.Partitioners.DefaultPartitioner });
    await producer.connect();
    await producer.sendBatch({ topicMessages: topicNames.map((topic) => ({ topic, messages: [{ value: 'x' }] })) });
    await producer.disconnect();
    const cluster = await world.registerKafka();
    const database = await world.registerPostgres(monitored.settings);

    // 60 % Kafka (6 ports per topic), 30 % Postgres (30 per table), 10 % PUSH.
    const kafkaCount = Math.round(objectives * 0.6);
    const postgresCount = Math.round(objectives * 0.3);
    const pushCount = objectives - kafkaCount - postgresCount;
    await world.pool.query(
      `INSERT INTO output_ports (product_id, name, kind, location)
       SELECT ($1::uuid[])[1 + g % array_length($1::uuid[], 1)], 'kafka-' || g, 'KAFKA_TOPIC',
              jsonb_build_object('cluster', $2::text, 'topic', ($3::text[])[1 + g % array_length($3::text[], 1)])
         FROM generate_series(0, $4 - 1) g`,
      [world.productIds, cluster, topicNames, kafkaCount],
    );
    await world.pool.query(
      `INSERT INTO output_ports (product_id, name, kind, location)
       SELECT ($1::uuid[])[1 + g % array_length($1::uuid[], 1)], 'pg-' || g, 'POSTGRES_TABLE',
              jsonb_build_object('database', $2::text, 'schema', 'public', 'table', 't' || (g % $3))
         FROM generate_series(0, $4 - 1) g`,
      [world.productIds, database, TABLES, postgresCount],
    );
    await world.pool.query(
      `INSERT INTO output_ports (product_id, name, kind, location)
       SELECT ($1::uuid[])[1 + g % array_length($1::uuid[], 1)], 'push-' || g, 'KAFKA_TOPIC',
              jsonb_build_object('cluster', $2::text, 'topic', 'push.' || g)
         FROM generate_series(0, $3 - 1) g`,
      [world.productIds, cluster, pushCount],
    );
    await world.pool.query(`
      INSERT INTO freshness_objectives (port_id, warn_after_seconds, error_after_seconds, check_kind, check_settings, interval_seconds)
      SELECT id, 3600, 7200,
             CASE WHEN name LIKE 'push-%' THEN 'PUSH'::"CheckKind" ELSE kind::text::"CheckKind" END,
             CASE WHEN kind = 'POSTGRES_TABLE' THEN '{"column":"updated_at"}'::jsonb ELSE '{}'::jsonb END,
             60
        FROM output_ports`);
    await world.pool.query(
      `INSERT INTO port_heartbeats (port_id, last_updated_at) SELECT id, now() FROM output_ports WHERE name LIKE 'push-%'`,
    );
    const setupSeconds = (Date.now() - setupStarted) / 1000;

    // Listen to the queue's events before the worker starts scheduling.
    events = new bullmq.QueueEvents('freshness', {
      connection: { url: process.env.REDIS_URL },
      prefix: world.queuePrefix,
    });
    await events.waitUntilReady();
    let measuring = false;
    let completed = 0;
    let failed = 0;
    const lags = [];
    events.on('active', ({ jobId }, eventId) => {
      if (!measuring) return;
      const scheduledAt = Number(/^repeat:freshness:[^:]+:(\d+)$/.exec(jobId)?.[1]);
      if (Number.isFinite(scheduledAt)) lags.push(Number(eventId.split('-')[0]) - scheduledAt);
    });
    events.on('completed', () => measuring && (completed += 1));
    events.on('failed', () => measuring && (failed += 1));

    const bootStarted = Date.now();
    const worker = world.startWorker({
      FRESHNESS_CHECK_CONCURRENCY: String(concurrency),
      DATABASE_POOL_SIZE: process.env.BENCH_POOL ?? '20',
    });
    const queue = new bullmq.Queue('freshness', {
      connection: { url: process.env.REDIS_URL },
      prefix: world.queuePrefix,
    });
    while ((await queue.getJobSchedulersCount()) < objectives) await sleep(250);
    const reconcileSeconds = (Date.now() - bootStarted) / 1000;
    await queue.close();
    await sleep(warmupSeconds * 1000);

    const sample = processSampler(worker.pid);
    await sample();
    const { rows: before } = await world.pool.query(
      `SELECT coalesce(max(id), 0)::text AS last_id, coalesce(sum(check_count), 0)::int AS checks FROM freshness_results`,
    );
    measuring = true;
    const started = Date.now();
    const samples = [];
    while (Date.now() - started < measureSeconds * 1000) {
      await sleep(5_000);
      samples.push(await sample());
    }
    measuring = false;
    const elapsed = (Date.now() - started) / 1000;
    const { rows: after } = await world.pool.query(
      `SELECT coalesce(sum(check_count), 0)::int AS checks FROM freshness_results`,
    );
    // Rows written while measuring: an objective's first run (its first check ever), or a status change.
    const { rows: written } = await world.pool.query(
      `SELECT count(*)::int AS runs,
              count(*) FILTER (WHERE EXISTS (
                SELECT 1 FROM freshness_results earlier WHERE earlier.objective_id = r.objective_id AND earlier.id < r.id
              ))::int AS changes
         FROM freshness_results r WHERE r.id > $1::bigint`,
      [before[0].last_id],
    );
    const { rows: statuses } = await world.pool.query(
      `SELECT status::text, count(*)::int FROM freshness_objectives GROUP BY 1 ORDER BY 1`,
    );
    const sortedLags = lags.sort((left, right) => left - right);
    const cpu = samples.map((entry) => entry.cpuPercent).filter((value) => value !== null);
    const checksRecorded = after[0].checks - before[0].checks;
    return {
      objectives,
      mix: { kafkaTopic: kafkaCount, postgresTable: postgresCount, push: pushCount, topics: TOPICS, tables: TABLES },
      intervalSeconds: 60,
      workerConcurrency: concurrency,
      measuredSeconds: Math.round(elapsed),
      setupSeconds: Math.round(setupSeconds),
      schedulersReconciledAtBootSeconds: Number(reconcileSeconds.toFixed(1)),
      checksPerMinute: Math.round((completed / elapsed) * 60),
      checksRecordedPerMinute: Math.round((checksRecorded / elapsed) * 60),
      failedJobs: failed,
      scheduleLagMs: {
        p50: percentile(sortedLags, 50),
        p95: percentile(sortedLags, 95),
        p99: percentile(sortedLags, 99),
        max: sortedLags.at(-1) ?? null,
      },
      worker: {
        cpuPercentOfOneCore: {
          mean: Math.round(cpu.reduce((sum, value) => sum + value, 0) / (cpu.length || 1)),
          max: Math.round(Math.max(...cpu)),
        },
        rssMb: {
          last: Math.round(samples.at(-1)?.rssMb ?? 0),
          max: Math.round(Math.max(...samples.map((entry) => entry.rssMb))),
        },
      },
      history: {
        // Change-only results: a check that finds the same status extends its run; only first
        // checks and status changes write a row.
        resultRowsWritten: written[0].runs,
        firstRunRows: written[0].runs - written[0].changes,
        statusChangeRows: written[0].changes,
        checksRecorded,
        checksPerDay: Math.round((checksRecorded / elapsed) * 86_400),
      },
      objectiveStatuses: Object.fromEntries(statuses.map((row) => [row.status, row.count])),
      target: '10,000 checks per minute sustained by one worker',
    };
  } finally {
    await events?.close().catch(() => undefined);
    await admin.deleteTopics({ topics: topicNames }).catch(() => undefined);
    await admin.disconnect().catch(() => undefined);
    await world.close();
    await monitored.drop().catch(() => undefined);
  }
}
