import { randomUUID } from 'node:crypto';
import { freshnessCheckJob, freshnessSchedulerId, QUEUE_NAMES } from '@tessera/contracts';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkerApplication } from '../../src/bootstrap';
import { redisOptionsFromUrl } from '../../src/infra/redis/redis.service';
import { DedicatedServices } from '../support/dedicated-services';
import { eventually } from '../support/eventually';
import { testConfig } from '../support/test-config';
import { FreshnessWorld } from './freshness-world';

function queueOf(redisUrl: string, prefix: string): Queue {
  return new Queue(QUEUE_NAMES.freshness, { connection: redisOptionsFromUrl(redisUrl), prefix });
}

/** Freshness schedulers and, per scheduler, how many delayed (next-run) jobs wait. */
async function schedulesIn(queue: Queue) {
  const schedulers = (await queue.getJobSchedulers(0, -1)).filter((scheduler) =>
    scheduler.key.startsWith('freshness:'),
  );
  const delayed = await queue.getJobs(['delayed', 'waiting'], 0, -1);
  const pending = new Map<string, number>();
  for (const job of delayed) {
    if (job.name !== freshnessCheckJob.name || !job.repeatJobKey) continue;
    pending.set(job.repeatJobKey, (pending.get(job.repeatJobKey) ?? 0) + 1);
  }
  return { keys: schedulers.map((scheduler) => scheduler.key).sort(), schedulers, pending };
}

describe('freshness schedules (BullMQ job schedulers) across workers', () => {
  const world = new FreshnessWorld();

  beforeAll(async () => {
    await world.start('freshness_scheduling', { api: false });
  });

  afterAll(async () => {
    await world.stop();
  });

  it('three workers booting at once create each schedule once and remove orphans', async () => {
    const objectives: { id: string }[] = [];
    // One at a time: ports of one product are serialized by the product's port_kinds trigger.
    for (let index = 0; index < 25; index += 1) objectives.push(await world.objectiveRow());
    await world.objectiveRow({ enabled: false });
    const queue = queueOf(world.config.redis.url, world.config.redis.queuePrefix);
    try {
      const orphan = freshnessSchedulerId(randomUUID());
      await queue.upsertJobScheduler(orphan, { every: 60_000 }, { name: freshnessCheckJob.name });

      await Promise.all([world.startWorker(), world.startWorker(), world.startWorker()]);

      const { keys, schedulers, pending } = await schedulesIn(queue);
      expect(keys).toEqual(objectives.map((objective) => freshnessSchedulerId(objective.id)).sort());
      expect(new Set(keys).size).toBe(25);
      expect(schedulers.every((scheduler) => scheduler.every === 60_000)).toBe(true);
      for (const key of keys) expect(pending.get(key) ?? 0, key).toBeLessThanOrEqual(1);
      const retention = (await queue.getJobSchedulers(0, -1)).filter(
        (scheduler) => scheduler.key === 'freshness.retention',
      );
      expect(retention).toHaveLength(1);
    } finally {
      await queue.close();
    }
  });

  describe('with a Redis of its own', () => {
    let dedicated: DedicatedServices;

    beforeAll(async () => {
      dedicated = await DedicatedServices.create();
      await dedicated.up('redis');
    }, 240_000);

    afterAll(async () => {
      await dedicated?.destroy();
    });

    it('after a Redis restart (which loses every key) the schedules come back, once each, and checks resume', async () => {
      const config = testConfig(world.config.database.url, { REDIS_URL: dedicated.redisUrl });
      const objectives: { id: string }[] = [];
      for (let index = 0; index < 3; index += 1) objectives.push(await world.objectiveRow({ intervalSeconds: 1 }));
      const worker = await createWorkerApplication(config);
      await worker.init();
      const queue = queueOf(dedicated.redisUrl, config.redis.queuePrefix);
      const checkedAt = async () =>
        (
          await world.prisma.freshnessObjective.findMany({ where: { id: { in: objectives.map((row) => row.id) } } })
        ).map((row) => row.lastCheckedAt?.getTime() ?? 0);
      try {
        await eventually(checkedAt, (times) => times.every((time) => time > 0), { timeoutMs: 15_000 });

        await dedicated.down('redis');
        await dedicated.up('redis');
        const restartedAt = Date.now();

        const expected = objectives.map((objective) => freshnessSchedulerId(objective.id)).sort();
        await eventually(
          async () => (await schedulesIn(queue)).keys,
          (keys) => expected.every((key) => keys.includes(key)),
          { timeoutMs: 30_000, intervalMs: 500 },
        );
        await eventually(checkedAt, (times) => times.every((time) => time > restartedAt), { timeoutMs: 30_000 });
        const { keys, pending } = await schedulesIn(queue);
        expect(keys.filter((key) => expected.includes(key))).toEqual(expected);
        for (const key of expected) expect(pending.get(key) ?? 0, key).toBeLessThanOrEqual(1);
      } finally {
        await queue.close();
        await worker.close();
      }
    }, 120_000);
  });
});
