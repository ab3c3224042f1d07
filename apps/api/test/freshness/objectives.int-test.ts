import { freshnessSchedulerId, QUEUE_NAMES } from '@tessera/contracts';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisOptionsFromUrl } from '../../src/infra/redis/redis.service';
import { uniqueSuffix } from '../support/environment';
import { FreshnessWorld, REMOVE_OBJECTIVE, SET_OBJECTIVE } from './freshness-world';

const OBJECTIVE_FIELDS = `query($id: ID!) {
  outputPort(id: $id) {
    freshnessObjective {
      id status warnAfter errorAfter stalenessSeconds lastDataAt lastCheckedAt
      check { kind column timestampField unit }
      timeline(days: 7) { status from to }
      budget(days: 7) { days sharePercent goodSeconds badSeconds errorSeconds unknownSeconds allowedBadSeconds budgetRemainingSeconds budgetRemainingPercent burnRate }
      history(first: 2) { totalCount edges { cursor node { status checkCount startedAt endedAt } } pageInfo { hasNextPage endCursor } }
      openIncident { id kind status }
      incidents { totalCount nodes { id kind status acknowledgeNote acknowledgedBy { id } dataProduct { id } outputPort { id } } }
    }
  }
}`;
const ACKNOWLEDGE = `mutation($input: AcknowledgeIncidentInput!) {
  acknowledgeIncident(input: $input) { incident { id status acknowledgeNote acknowledgedAt } }
}`;
const REPORT = `mutation($input: ReportFreshnessInput!) {
  reportFreshness(input: $input) { heartbeat { portId lastUpdatedAt receivedAt } }
}`;

interface ObjectiveFields {
  timeline: { status: string }[];
  budget: Record<string, number>;
  history: { totalCount: number; edges: { node: { status: string } }[]; pageInfo: { hasNextPage: boolean } };
  openIncident: { id: string; status: string } | null;
  incidents: { nodes: Record<string, unknown>[] };
}

describe('freshness objectives, heartbeats and incidents through the API', () => {
  const world = new FreshnessWorld();
  let queue: Queue;

  beforeAll(async () => {
    await world.start('freshness_objectives');
    queue = new Queue(QUEUE_NAMES.freshness, {
      connection: redisOptionsFromUrl(world.config.redis.url),
      prefix: world.config.redis.queuePrefix,
    });
  });

  afterAll(async () => {
    await queue.close();
    await world.stop();
  });

  const schedulerOf = async (objectiveId: string) =>
    (await queue.getJobSchedulers(0, -1)).find((scheduler) => scheduler.key === freshnessSchedulerId(objectiveId));

  it('sets an objective with ISO 8601 and second durations, audits it and schedules its checks', async () => {
    const port = await world.kafkaPort(`orders.${uniqueSuffix()}`, 'main');
    const objective = await world.setObjective({
      portId: port.id,
      warnAfter: 'PT5M',
      errorAfter: '900',
      targetPercent: 99.5,
      check: { kind: 'KAFKA_TOPIC', timestampField: 'source.ts_ms' },
      intervalSeconds: 30,
    });
    expect(objective).toMatchObject({
      warnAfterSeconds: 300,
      warnAfter: 'PT5M',
      errorAfterSeconds: 900,
      errorAfter: 'PT15M',
      targetPercent: 99.5,
      windowDays: 28,
      enabled: true,
      status: 'UNKNOWN',
      check: { kind: 'KAFKA_TOPIC', timestampField: 'source.ts_ms', unit: null, column: null },
    });
    expect((await schedulerOf(objective.id))?.every).toBe(30_000);
    const audit = await world.prisma.auditEvent.findMany({ where: { entityId: objective.id } });
    expect(audit.map((row) => row.action)).toEqual(['freshness_objective.create']);
  });

  it('changing the interval changes the schedule; disabling and removing remove it', async () => {
    const port = await world.kafkaPort(`orders.${uniqueSuffix()}`, 'main');
    const objective = await world.setObjective({
      portId: port.id,
      warnAfter: '60',
      errorAfter: '120',
      check: { kind: 'PUSH' },
    });
    expect((await schedulerOf(objective.id))?.every).toBe(60_000);
    await world.setObjective({ portId: port.id, intervalSeconds: 10 });
    expect((await schedulerOf(objective.id))?.every).toBe(10_000);
    await world.setObjective({ portId: port.id, enabled: false });
    expect(await schedulerOf(objective.id)).toBeUndefined();
    await world.setObjective({ portId: port.id, enabled: true });
    expect((await schedulerOf(objective.id))?.every).toBe(10_000);

    const removed = await world.owner.graphql<{ removeFreshnessObjective: { removedObjectiveId: string } }>(
      REMOVE_OBJECTIVE,
      { portId: port.id },
    );
    expect(removed.body.data?.removeFreshnessObjective.removedObjectiveId).toBe(objective.id);
    expect(await schedulerOf(objective.id)).toBeUndefined();
    const actions = await world.prisma.auditEvent.findMany({
      where: { entityId: objective.id },
      orderBy: { occurredAt: 'asc' },
    });
    expect(actions.map((row) => row.action)).toEqual([
      'freshness_objective.create',
      'freshness_objective.update',
      'freshness_objective.update',
      'freshness_objective.update',
      'freshness_objective.delete',
    ]);
  });

  it('refuses bad input with stable codes and writes nothing', async () => {
    const kafka = await world.kafkaPort(`orders.${uniqueSuffix()}`, 'main');
    const refuse = async (input: Record<string, unknown>, reason: string, path?: string) => {
      const response = await world.owner.graphql(SET_OBJECTIVE, { input: { portId: kafka.id, ...input } });
      expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', reason });
      if (path) expect(JSON.stringify(response.body.errors?.[0]?.extensions?.issues)).toContain(path);
    };
    const base = { warnAfter: '60', errorAfter: '120', check: { kind: 'KAFKA_TOPIC' } };
    await refuse(
      { ...base, check: { kind: 'POSTGRES_TABLE', column: 'updated_at' } },
      'CHECK_KIND_MISMATCH',
      'check.kind',
    );
    await refuse({ ...base, warnAfter: '600' }, 'INVALID_THRESHOLDS', 'errorAfter');
    await refuse({ ...base, warnAfter: 'P1M' }, 'INVALID_INPUT', 'warnAfter');
    await refuse({ ...base, targetPercent: 0 }, 'INVALID_INPUT', 'targetPercent');
    await refuse({ ...base, check: { kind: 'KAFKA_TOPIC', column: 'x' } }, 'INVALID_INPUT', 'check.column');
    await refuse({ warnAfter: '60' }, 'MISSING_OBJECTIVE_FIELD', 'errorAfter');
    const postgres = await world.postgresPort('warehouse', 'public', 'orders');
    const response = await world.owner.graphql(SET_OBJECTIVE, {
      input: { portId: postgres.id, ...base, check: { kind: 'POSTGRES_TABLE' } },
    });
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', reason: 'INVALID_INPUT' });
    expect(await world.prisma.freshnessObjective.count({ where: { portId: { in: [kafka.id, postgres.id] } } })).toBe(0);
  });

  it("only the owning team's members manage objectives; another team's draft is NOT_FOUND", async () => {
    const port = await world.kafkaPort(`orders.${uniqueSuffix()}`, 'main');
    const stranger = await world.factories.user();
    await world.factories.team([{ userId: stranger.id, role: 'OWNER' }]);
    const strangerClient = world.api.as(await world.factories.apiToken({ userId: stranger.id }));
    const input = { portId: port.id, warnAfter: '60', errorAfter: '120', check: { kind: 'PUSH' } };
    const forbidden = await strangerClient.graphql(SET_OBJECTIVE, { input });
    expect(forbidden.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const draft = await world.factories.product(world.teamId, world.domainId);
    const draftPort = await world.factories.outputPort(draft.id);
    const hidden = await strangerClient.graphql(SET_OBJECTIVE, { input: { ...input, portId: draftPort.id } });
    expect(hidden.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'OUTPUT_PORT_NOT_FOUND' });
  });

  it('computes timeline, budget and history from stored runs, and acknowledges the open incident', async () => {
    const port = await world.kafkaPort(`orders.${uniqueSuffix()}`, 'main');
    const objective = await world.setObjective({
      portId: port.id,
      warnAfter: '60',
      errorAfter: '120',
      check: { kind: 'PUSH' },
      intervalSeconds: 60,
    });
    const now = Date.now();
    const ago = (hours: number) => new Date(now - hours * 3_600_000);
    // 7 days: unknown until 100 h ago, healthy, 2 h breached, healthy until now (open run).
    await world.prisma.freshnessResult.createMany({
      data: [
        {
          objectiveId: objective.id,
          status: 'HEALTHY',
          startedAt: ago(100),
          lastCheckedAt: ago(50),
          endedAt: ago(50),
          checkCount: 3000,
        },
        {
          objectiveId: objective.id,
          status: 'BREACHED',
          startedAt: ago(50),
          lastCheckedAt: ago(48),
          endedAt: ago(48),
          checkCount: 120,
        },
        {
          objectiveId: objective.id,
          status: 'HEALTHY',
          startedAt: ago(48),
          lastCheckedAt: new Date(now),
          checkCount: 2880,
        },
      ],
    });
    const incident = await world.prisma.incident.create({
      data: { objectiveId: objective.id, kind: 'BREACH', openedAt: ago(50), lastNotifiedAt: ago(50) },
    });

    const acknowledged = await world.owner.graphql<{ acknowledgeIncident: { incident: Record<string, unknown> } }>(
      ACKNOWLEDGE,
      { input: { id: incident.id, note: 'producer restarted' } },
    );
    expect(acknowledged.body.data?.acknowledgeIncident.incident).toMatchObject({
      status: 'ACKNOWLEDGED',
      acknowledgeNote: 'producer restarted',
    });

    const response = await world.owner.graphql<{ outputPort: { freshnessObjective: ObjectiveFields } }>(
      OBJECTIVE_FIELDS,
      { id: port.id },
    );
    expect(response.body.errors).toBeUndefined();
    const fields = response.body.data!.outputPort.freshnessObjective;
    expect(fields.timeline.map((segment: { status: string }) => segment.status)).toEqual([
      'UNKNOWN',
      'HEALTHY',
      'BREACHED',
      'HEALTHY',
    ]);
    expect(fields.budget.badSeconds).toBe(7_200);
    expect(fields.budget.allowedBadSeconds).toBeCloseTo(6_048, 6);
    expect(fields.budget.budgetRemainingSeconds).toBeCloseTo(-1_152, 2);
    expect(fields.budget.sharePercent).toBeCloseTo(98, 4);
    expect(fields.history.totalCount).toBe(3);
    expect(fields.history.edges.map((edge: { node: { status: string } }) => edge.node.status)).toEqual([
      'HEALTHY',
      'BREACHED',
    ]);
    expect(fields.history.pageInfo.hasNextPage).toBe(true);
    expect(fields.openIncident).toMatchObject({ id: incident.id, status: 'ACKNOWLEDGED' });
    expect(fields.incidents.nodes[0]).toMatchObject({
      acknowledgedBy: { id: world.ownerUserId },
      dataProduct: { id: world.productId },
      outputPort: { id: port.id },
    });

    const inbox = await world.owner.graphql<{ team: { openIncidents: { totalCount: number } } }>(
      `query($id: ID!) { team(id: $id) { openIncidents { totalCount nodes { id } } } }`,
      { id: world.teamId },
    );
    expect(inbox.body.errors).toBeUndefined();
    expect(inbox.body.data?.team.openIncidents.totalCount).toBeGreaterThanOrEqual(1);

    await world.prisma.incident.update({
      where: { id: incident.id },
      data: { status: 'RESOLVED', resolvedAt: new Date() },
    });
    const again = await world.owner.graphql(ACKNOWLEDGE, { input: { id: incident.id } });
    expect(again.body.errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      reason: 'INCIDENT_RESOLVED',
    });
  });

  it('accepts heartbeats by GraphQL and REST with a freshness:report token, keeping the newest', async () => {
    const port = await world.kafkaPort(`orders.${uniqueSuffix()}`, 'main');
    const reporter = await world.factories.apiToken({ teamId: world.teamId }, ['freshness:report']);
    const newer = '2026-01-02T03:04:05.000Z';
    const graphql = await world.api
      .as(reporter)
      .graphql<{ reportFreshness: { heartbeat: Record<string, unknown> } }>(REPORT, {
        input: { portId: port.id, lastUpdatedAt: newer },
      });
    expect(graphql.body.data?.reportFreshness.heartbeat).toMatchObject({ portId: port.id, lastUpdatedAt: newer });

    const post = (id: string, body: unknown, token?: string) =>
      world.api.app.inject({
        method: 'POST',
        url: `/api/v1/ports/${id}/heartbeat`,
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        payload: JSON.stringify(body),
      });
    const older = await post(port.id, { lastUpdatedAt: '2026-01-01T00:00:00Z' }, reporter);
    expect(older.statusCode).toBe(200);
    expect(older.json()).toMatchObject({ portId: port.id, lastUpdatedAt: newer });

    expect((await post(port.id, { lastUpdatedAt: newer })).statusCode).toBe(401);
    expect((await post(port.id, { lastUpdatedAt: newer }, 'tsr_nonsense')).statusCode).toBe(401);
    const bad = await post(port.id, { lastUpdatedAt: 'yesterday' }, reporter);
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    expect((await post('not-a-uuid', { lastUpdatedAt: newer }, reporter)).statusCode).toBe(400);
    expect((await post('00000000-0000-4000-8000-000000000000', { lastUpdatedAt: newer }, reporter)).statusCode).toBe(
      404,
    );
    const future = await post(port.id, { lastUpdatedAt: new Date(Date.now() + 3_600_000).toISOString() }, reporter);
    expect(future.json()).toMatchObject({ error: { reason: 'FUTURE_HEARTBEAT' } });

    const otherTeam = await world.factories.team();
    const outsider = await world.factories.apiToken({ teamId: otherTeam.id }, ['freshness:report']);
    expect((await post(port.id, { lastUpdatedAt: newer }, outsider)).statusCode).toBe(403);
    const readOnly = await world.factories.apiToken({ teamId: world.teamId }, ['catalog:read']);
    expect((await post(port.id, { lastUpdatedAt: newer }, readOnly)).statusCode).toBe(403);
  });
});
