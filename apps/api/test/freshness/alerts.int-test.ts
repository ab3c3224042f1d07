import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifySignature } from '../../src/modules/notifications/delivery/webhook-signature';
import { eventually } from '../support/eventually';
import { FreshnessWorld, sleep } from './freshness-world';
import { KafkaFixtures } from './kafka-fixtures';
import { MonitoredTable } from './monitored-table';
import { WebhookReceiver, type ReceivedRequest } from './webhook-receiver';

/**
 * Acceptance 1 and the Postgres half of acceptance 4, end to end: real Kafka, Postgres and
 * Redis, the API and a worker in process, a loopback webhook receiver. Thresholds are
 * seconds so each scenario takes a few seconds.
 */
describe('freshness alerts end to end', () => {
  const world = new FreshnessWorld();
  const kafka = new KafkaFixtures();
  const table = new MonitoredTable();
  const receiver = new WebhookReceiver();
  let secret: string;
  let cluster: string;
  let database: string;

  beforeAll(async () => {
    await Promise.all([kafka.connect(), table.create()]);
    await world.start('freshness_alerts');
    secret = await world.webhookChannel(await receiver.start());
    cluster = await world.registerKafka();
    database = await world.registerPostgres({
      ...table.address,
      database: table.name,
      user: table.role,
      password: table.password,
    });
    await world.startWorker();
  });

  afterAll(async () => {
    await world.stop();
    await receiver.close();
    await Promise.all([kafka.close(), table.drop()]);
  });

  /** Alerts about one objective, each idempotency key once (as a receiver dropping repeats sees them). */
  const alertsOf = (objectiveId: string, type: string): ReceivedRequest[] => {
    const unique = new Map<string, ReceivedRequest>();
    for (const request of receiver.ofType(type)) {
      const data = request.json.data as { objective?: { id?: string } } | undefined;
      if (data?.objective?.id === objectiveId) unique.set(String(request.headers['idempotency-key']), request);
    }
    return [...unique.values()];
  };
  const rawAlertsOf = (objectiveId: string) =>
    receiver.requests.filter(
      (request) => (request.json.data as { objective?: { id?: string } } | undefined)?.objective?.id === objectiveId,
    );
  const incidentsOf = (objectiveId: string) => world.prisma.incident.findMany({ where: { objectiveId } });
  const expectSigned = (request: ReceivedRequest) =>
    expect(verifySignature(String(request.headers['tessera-signature']), request.body, secret)).toBe(true);

  /** Keeps a source fresh until stopped. */
  function keepFresh(write: () => Promise<void>, everyMs = 400) {
    let running = true;
    const loop = (async () => {
      while (running) {
        await write();
        await sleep(everyMs);
      }
    })();
    return async () => {
      running = false;
      await loop;
    };
  }

  /**
   * Fresh -> production stops -> one incident and one signed breach alert -> production
   * resumes -> one signed recovery alert; nothing else about this objective.
   */
  async function breachAndRecover(objectiveId: string, write: () => Promise<void>) {
    let stop = keepFresh(write);
    await eventually(
      () => world.prisma.freshnessObjective.findUniqueOrThrow({ where: { id: objectiveId } }),
      (objective) => objective.status === 'HEALTHY',
      { timeoutMs: 20_000 },
    );
    await stop();
    await eventually(
      () => Promise.resolve(alertsOf(objectiveId, 'incident.breached')),
      (alerts) => alerts.length === 1,
      { timeoutMs: 20_000 },
    );
    // A few more checks while breached: still one incident, no second alert.
    await sleep(2_500);
    expect(await incidentsOf(objectiveId)).toMatchObject([{ kind: 'BREACH', status: 'OPEN' }]);
    const breach = alertsOf(objectiveId, 'incident.breached');
    expect(breach).toHaveLength(1);
    expectSigned(breach[0]!);

    stop = keepFresh(write);
    try {
      await eventually(
        () => Promise.resolve(alertsOf(objectiveId, 'incident.recovered')),
        (alerts) => alerts.length === 1,
        { timeoutMs: 20_000 },
      );
    } finally {
      await stop();
    }
    await sleep(1_500);
    expectSigned(alertsOf(objectiveId, 'incident.recovered')[0]!);
    expect(await incidentsOf(objectiveId)).toMatchObject([{ kind: 'BREACH', status: 'RESOLVED' }]);
    expect(
      rawAlertsOf(objectiveId)
        .map((request) => request.json.type)
        .sort(),
    ).toEqual(['incident.breached', 'incident.recovered']);
    const deliveries = await world.prisma.delivery.findMany({
      where: {
        idempotencyKey: { startsWith: `incident:${(await incidentsOf(objectiveId))[0]!.id}:` },
        channel: { teamId: world.teamId },
      },
    });
    expect(deliveries.map((delivery) => delivery.eventType).sort()).toEqual([
      'incident.breached',
      'incident.recovered',
    ]);
  }

  const thresholds = { warnAfter: '2', errorAfter: '4', intervalSeconds: 1, recoveryHoldSeconds: 2 };

  it('KAFKA_TOPIC: a topic that stops receiving records breaches once and recovers once', async () => {
    const topic = await kafka.createTopic(2);
    const port = await world.kafkaPort(topic, cluster);
    const objective = await world.setObjective({ portId: port.id, ...thresholds, check: { kind: 'KAFKA_TOPIC' } });
    await breachAndRecover(objective.id, () => kafka.send(topic, [{ value: 'order' }]));
  });

  it('POSTGRES_TABLE: a table whose max(updated_at) stops moving breaches once and recovers once', async () => {
    const port = await world.postgresPort(database, 'public', 'orders');
    const objective = await world.setObjective({
      portId: port.id,
      ...thresholds,
      check: { kind: 'POSTGRES_TABLE', column: 'updated_at' },
    });
    await breachAndRecover(objective.id, () => table.insert());
  });

  it('PUSH: heartbeats over REST that stop breach once and recover once, also for an opted-in consumer team', async () => {
    const port = await world.kafkaPort(`push.${Date.now()}`, cluster);
    const token = await world.factories.apiToken({ teamId: world.teamId }, ['freshness:report']);
    const objective = await world.setObjective({ portId: port.id, ...thresholds, check: { kind: 'PUSH' } });

    // A consumer team with an approved subscription opts in; its own receiver hears the same transitions.
    const consumerReceiver = new WebhookReceiver();
    const consumerUser = await world.factories.user();
    const consumerTeam = await world.factories.team([{ userId: consumerUser.id, role: 'MEMBER' }]);
    await world.webhookChannel(await consumerReceiver.start(), consumerTeam.id);
    const subscription = await world.prisma.subscription.create({
      data: { portId: port.id, consumerTeamId: consumerTeam.id, purpose: 'dashboards', status: 'APPROVED' },
    });
    const optIn = `mutation($input: SetFreshnessAlertsInput!) { setFreshnessAlerts(input: $input) { subscriptionId enabled } }`;
    const byOwner = await world.owner.graphql(optIn, { input: { subscriptionId: subscription.id, enabled: true } });
    expect(byOwner.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const consumer = world.api.as(await world.factories.apiToken({ userId: consumerUser.id }));
    const opted = await consumer.graphql(optIn, { input: { subscriptionId: subscription.id, enabled: true } });
    expect(opted.body.data).toEqual({ setFreshnessAlerts: { subscriptionId: subscription.id, enabled: true } });

    try {
      await breachAndRecover(objective.id, () => world.heartbeat(port.id, token));
      await eventually(
        () => Promise.resolve(consumerReceiver.requests.map((request) => request.json.type).sort()),
        (types) => types.length === 2,
      );
      expect(consumerReceiver.requests.map((request) => request.json.type).sort()).toEqual([
        'incident.breached',
        'incident.recovered',
      ]);
    } finally {
      await consumerReceiver.close();
    }
  });

  it('a Postgres statement timeout records ERROR, not a breach, and alerts once as a check failure', async () => {
    await table.insert();
    const port = await world.postgresPort(database, 'public', 'slow_orders');
    const objective = await world.setObjective({
      portId: port.id,
      warnAfter: '2',
      errorAfter: '3',
      // Longer than the check's 2 s budget, so checks of the sleeping view never overlap.
      intervalSeconds: 3,
      check: { kind: 'POSTGRES_TABLE', column: 'updated_at' },
    });
    await eventually(
      () => Promise.resolve(alertsOf(objective.id, 'incident.check_failed')),
      (alerts) => alerts.length === 1,
      { timeoutMs: 30_000 },
    );
    const stored = await world.prisma.freshnessObjective.findUniqueOrThrow({ where: { id: objective.id } });
    expect(stored).toMatchObject({ status: 'ERROR', lastErrorCode: 'QUERY_TIMEOUT' });
    expect(await incidentsOf(objective.id)).toMatchObject([{ kind: 'CHECK_FAILURE', status: 'OPEN' }]);
    const runs = await world.prisma.freshnessResult.findMany({ where: { objectiveId: objective.id } });
    expect(runs.map((run) => run.status)).toEqual(['ERROR']);
    expect(alertsOf(objective.id, 'incident.breached')).toHaveLength(0);
    expectSigned(alertsOf(objective.id, 'incident.check_failed')[0]!);
  });
});
