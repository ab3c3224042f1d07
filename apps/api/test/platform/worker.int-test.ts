import { Injectable } from '@nestjs/common';
import { defineJob, QUEUE_NAMES, workerHeartbeatJob, type JobDefinition } from '@tessera/contracts';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createWorkerApplication } from '../../src/bootstrap';
import { MissingProcessorError, type JobProcessor } from '../../src/infra/queue/job-processor';
import { QueueService } from '../../src/infra/queue/queue.service';
import { RedisService } from '../../src/infra/redis/redis.service';
import { WorkerHeartbeatProcessor } from '../../src/modules/platform/worker-heartbeat.processor';
import { createTestDatabase, dropDatabase } from '../support/databases';
import { eventually } from '../support/eventually';
import { testConfig } from '../support/test-config';

const slowJob = defineJob({
  name: 'test.slow',
  version: 1,
  queue: QUEUE_NAMES.platform,
  payload: z.object({ marker: z.string() }),
  attempts: 1,
});

@Injectable()
class SlowProcessor implements JobProcessor<{ marker: string }> {
  readonly definition = slowJob;
  constructor(private readonly redis: RedisService) {}

  async process(payload: { marker: string }): Promise<string> {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await this.redis.commands().set(payload.marker, 'done');
    return 'done';
  }
}

describe('the worker process', () => {
  let database: { name: string; url: string };

  beforeAll(async () => {
    database = await createTestDatabase('worker');
  });

  afterAll(async () => {
    await dropDatabase(database.name);
  });

  it('refuses to boot when a declared job has no processor', async () => {
    const orphan: JobDefinition = defineJob({
      name: 'test.orphan',
      version: 1,
      queue: QUEUE_NAMES.platform,
      payload: z.object({}),
    });
    await expect(
      createWorkerApplication(testConfig(database.url), { definitions: [workerHeartbeatJob, orphan] }),
    ).rejects.toThrow(MissingProcessorError);
  });

  it('finishes an in-flight job before it shuts down', async () => {
    const config = testConfig(database.url);
    const worker = await createWorkerApplication(config, {
      definitions: [workerHeartbeatJob, slowJob],
      processors: [WorkerHeartbeatProcessor, SlowProcessor],
    });
    await worker.init();
    const queues = worker.get(QueueService);
    const marker = `${config.redis.queuePrefix}:slow-marker`;
    const jobId = await queues.enqueue(slowJob, { marker });
    const queue = queues.queue(QUEUE_NAMES.platform);
    await eventually(
      () => queue.getJobState(jobId),
      (state) => state === 'active',
    );

    await worker.close(); // what SIGTERM triggers through enableShutdownHooks

    const inspector = new Queue(QUEUE_NAMES.platform, {
      connection: { ...worker.get(RedisService).options },
      prefix: config.redis.queuePrefix,
    });
    try {
      const job = await inspector.getJob(jobId);
      expect(await job?.getState()).toBe('completed');
      expect(job?.returnvalue).toBe('done');
      expect(await inspector.client.then((client) => client.get(marker))).toBe('done');
    } finally {
      await inspector.close();
    }
  });

  it('refuses to enqueue a payload that does not match the job schema', async () => {
    const worker = await createWorkerApplication(testConfig(database.url));
    try {
      await expect(
        worker.get(QueueService).enqueue(slowJob, { marker: 42 } as unknown as { marker: string }),
      ).rejects.toMatchObject({ reason: 'INVALID_JOB_PAYLOAD' });
    } finally {
      await worker.close();
    }
  });
});
