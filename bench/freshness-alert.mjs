// Freshness alert latency: from the moment a port's error threshold passes (newest data time +
// errorAfter) to the moment a local webhook receiver gets the signed breach alert, through the
// real path: scheduled check (BullMQ) -> evaluation -> incident + delivery row in one
// transaction -> the notifications worker's HTTP delivery. Kafka topics (record timestamps)
// and PUSH heartbeats, checked every second. Prints p50/p99/max; asserts nothing.
//
// The detection part is bounded by the check interval (a check sees the breach at most one
// interval after it happens); with the 60 s default interval add up to 60 s to these figures.
import { createServer } from 'node:http';
import { freshnessWorld, kafkajs, percentile, sleep } from './lib/freshness-world.mjs';

const ERROR_AFTER_SECONDS = 4;

async function receiver() {
  const received = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ at: Date.now(), json: JSON.parse(body) });
      response.writeHead(200).end();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { received, url: `http://127.0.0.1:${server.address().port}/hook`, close: () => server.close() };
}

export async function run({ topics = 10, pushPorts = 10, rounds = 3, intervalSeconds = 1 } = {}) {
  const world = await freshnessWorld('tessera_bench_freshness_alert');
  const hook = await receiver();
  const kafka = new kafkajs.Kafka({ clientId: 'bench', brokers: process.env.KAFKA_BROKERS.split(','), logLevel: 0 });
  const admin = kafka.admin();
  const producer = kafka.producer({ createPartitioner: kafkajs.Partitioners.DefaultPartitioner });
  const topicNames = Array.from({ length: topics }, (_, index) => `bench.freshness.alert.${Date.now()}.${index}`);
  try {
    await admin.connect();
    await producer.connect();
    await admin.createTopics({
      topics: topicNames.map((topic) => ({ topic, numPartitions: 1 })),
      waitForLeaders: true,
    });
    await world.webhookChannel(hook.url);
    const cluster = await world.registerKafka();
    world.startWorker();

    const productId = world.productIds[0];
    const ports = [];
    for (const [index, topic] of topicNames.entries()) {
      const { rows } = await world.pool.query(
        `INSERT INTO output_ports (product_id, name, kind, location) VALUES ($1, $2, 'KAFKA_TOPIC', $3) RETURNING id`,
        [productId, `kafka-${index}`, JSON.stringify({ cluster, topic })],
      );
      ports.push({ id: rows[0].id, kind: 'KAFKA_TOPIC', topic });
    }
    for (let index = 0; index < pushPorts; index += 1) {
      const { rows } = await world.pool.query(
        `INSERT INTO output_ports (product_id, name, kind, location) VALUES ($1, $2, 'KAFKA_TOPIC', $3) RETURNING id`,
        [productId, `push-${index}`, JSON.stringify({ cluster, topic: `push.${index}` })],
      );
      ports.push({ id: rows[0].id, kind: 'PUSH' });
    }
    const objectiveOf = new Map();
    for (const port of ports) {
      const data = await world.graphql(
        `mutation($input: SetFreshnessObjectiveInput!) { setFreshnessObjective(input: $input) { objective { id } } }`,
        {
          input: {
            portId: port.id,
            warnAfter: '2',
            errorAfter: String(ERROR_AFTER_SECONDS),
            intervalSeconds,
            check: { kind: port.kind },
          },
        },
      );
      objectiveOf.set(data.setFreshnessObjective.objective.id, port);
    }

    const latencies = [];
    for (let round = 0; round < rounds; round += 1) {
      // Fresh data now, then silence: each port's threshold passes at dataTime + errorAfter.
      const dataTimes = new Map();
      for (const port of ports) {
        const dataTime = Date.now();
        dataTimes.set(port.id, dataTime);
        if (port.kind === 'KAFKA_TOPIC') {
          await producer.send({ topic: port.topic, messages: [{ value: 'x', timestamp: String(dataTime) }] });
        } else {
          await fetch(`${world.api.url}/api/v1/ports/${port.id}/heartbeat`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${world.token}` },
            body: JSON.stringify({ lastUpdatedAt: new Date(dataTime).toISOString() }),
          });
        }
      }
      const seen = new Set();
      const deadline = Date.now() + 60_000;
      while (seen.size < ports.length && Date.now() < deadline) {
        for (const request of hook.received) {
          if (request.json.type !== 'incident.breached') continue;
          const objectiveId = request.json.data?.objective?.id;
          const port = objectiveOf.get(objectiveId);
          const key = `${round}:${objectiveId}`;
          if (!port || seen.has(key) || request.at < dataTimes.get(port.id)) continue;
          seen.add(key);
          latencies.push(request.at - (dataTimes.get(port.id) + ERROR_AFTER_SECONDS * 1000));
        }
        await sleep(50);
      }
      hook.received.length = 0;
      // Recover (fresh data again, no recovery hold) before the next round's breach.
      for (const port of ports) {
        if (port.kind === 'KAFKA_TOPIC') await producer.send({ topic: port.topic, messages: [{ value: 'x' }] });
        else
          await fetch(`${world.api.url}/api/v1/ports/${port.id}/heartbeat`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${world.token}` },
            body: JSON.stringify({ lastUpdatedAt: new Date().toISOString() }),
          });
      }
      await sleep(intervalSeconds * 1000 * 2 + 500);
      hook.received.length = 0;
    }
    const sorted = [...latencies].sort((left, right) => left - right);
    return {
      alerts: latencies.length,
      expected: ports.length * rounds,
      checkIntervalSeconds: intervalSeconds,
      thresholdToWebhookMs: { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? null },
      target: 'under 5,000 ms after the threshold passes',
    };
  } finally {
    await producer.disconnect().catch(() => undefined);
    await admin.deleteTopics({ topics: topicNames }).catch(() => undefined);
    await admin.disconnect().catch(() => undefined);
    hook.close();
    await world.close();
  }
}
