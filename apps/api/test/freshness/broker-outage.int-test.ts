import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DedicatedServices } from '../support/dedicated-services';
import { eventually } from '../support/eventually';
import { FreshnessWorld, sleep } from './freshness-world';
import { WebhookReceiver } from './webhook-receiver';

/**
 * Acceptance 4, Kafka half: a broker of the suite's own is stopped. Checks record ERROR
 * (BROKER_UNAVAILABLE), never a breach; once the failure lasts the error threshold the team
 * gets one check-failure alert; when the broker is back and data flows, one recovery.
 */
describe('a stopped broker is a check failure, not stale data', () => {
  const world = new FreshnessWorld();
  const receiver = new WebhookReceiver();
  const dedicated = DedicatedServices.create();
  let services: DedicatedServices;

  beforeAll(async () => {
    services = await dedicated;
    await services.up('kafka');
    await world.start('freshness_outage');
    await world.webhookChannel(await receiver.start());
    await world.startWorker();
  }, 240_000);

  afterAll(async () => {
    await world.stop();
    await receiver.close();
    await services?.destroy();
  });

  it('records ERROR while the broker is down and alerts once as a check failure; stale data after it is a breach', async () => {
    const kafka = new Kafka({ clientId: 'outage-test', brokers: [services.kafkaBrokers], logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    const topic = `tessera.test.outage-${randomUUID()}`;
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
    await admin.disconnect();
    const cluster = await world.registerKafka([services.kafkaBrokers]);
    const port = await world.kafkaPort(topic, cluster);

    let producing = true;
    const produce = async () => {
      const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner, retry: { retries: 0 } });
      await producer.connect();
      try {
        while (producing) {
          await producer.send({ topic, messages: [{ value: 'order' }], acks: -1 });
          await sleep(300);
        }
      } finally {
        await producer.disconnect().catch(() => undefined);
      }
    };
    let loop = produce();
    const objective = await world.setObjective({
      portId: port.id,
      warnAfter: '3',
      errorAfter: '5',
      intervalSeconds: 1,
      recoveryHoldSeconds: 1,
      check: { kind: 'KAFKA_TOPIC' },
    });
    const stateOf = () => world.prisma.freshnessObjective.findUniqueOrThrow({ where: { id: objective.id } });
    await eventually(stateOf, (state) => state.status === 'HEALTHY', { timeoutMs: 20_000 });

    producing = false;
    await loop;
    await services.down('kafka');
    const alerts = (type: string) =>
      receiver
        .ofType(type)
        .filter((request) => (request.json.data as { objective?: { id?: string } }).objective?.id === objective.id);
    await eventually(
      () => Promise.resolve(alerts('incident.check_failed')),
      (found) => found.length === 1,
      { timeoutMs: 30_000 },
    );
    await sleep(2_000);

    expect(await stateOf()).toMatchObject({ status: 'ERROR', lastErrorCode: 'BROKER_UNAVAILABLE' });
    const incidents = await world.prisma.incident.findMany({ where: { objectiveId: objective.id } });
    expect(incidents).toMatchObject([{ kind: 'CHECK_FAILURE', status: 'OPEN' }]);
    expect(alerts('incident.check_failed')).toHaveLength(1);
    expect(alerts('incident.breached')).toHaveLength(0);
    const runs = await world.prisma.freshnessResult.findMany({
      where: { objectiveId: objective.id },
      orderBy: { id: 'asc' },
    });
    expect(runs.map((run) => run.status).filter((status) => status !== 'WARNING')).toEqual(['HEALTHY', 'ERROR']);
    expect(runs.at(-1)).toMatchObject({ status: 'ERROR', errorCode: 'BROKER_UNAVAILABLE', endedAt: null });

    // Back up: nothing was produced during the outage, so the data now really is stale. The
    // check failure gives way to a breach (escalated, one alert), which recovers once records
    // flow. Producing starts only after the breach: records sent as soon as the broker is back
    // could reach it before the first check does, and the data would never be seen stale.
    await services.up('kafka');
    await eventually(
      () => Promise.resolve(alerts('incident.breached')),
      (found) => found.length === 1,
      { timeoutMs: 60_000 },
    );
    producing = true;
    loop = produce().catch(() => undefined);
    try {
      await eventually(
        () => Promise.resolve(alerts('incident.recovered')),
        (found) => found.length === 1,
        { timeoutMs: 60_000 },
      );
    } finally {
      producing = false;
      await loop;
    }
    const history = await world.prisma.incident.findMany({
      where: { objectiveId: objective.id },
      orderBy: { openedAt: 'asc' },
    });
    expect(history).toMatchObject([
      { kind: 'CHECK_FAILURE', status: 'RESOLVED' },
      { kind: 'BREACH', status: 'RESOLVED' },
    ]);
    expect(alerts('incident.check_failed')).toHaveLength(1);
    expect(alerts('incident.breached')).toHaveLength(1);
  }, 180_000);
});
