import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { JobDefinition, JobEnvelope, QueueName } from '@tessera/contracts';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { RedisService } from '../redis/redis.service';
import { JOB_DEFINITIONS_TOKEN, JOB_PROCESSORS, indexProcessors, type JobProcessor } from './job-processor';

/**
 * Per-queue worker settings. Alerts must not wait out BullMQ's default 30 s lock after a
 * worker dies mid-delivery: a delivery is bounded by its 10 s timeout, so a 15 s lock with a
 * 5 s stalled check hands it to another worker within about 20 s.
 */
export function queueWorkerOptions(
  config: AppConfig,
  queue: QueueName,
): { concurrency: number; lockDuration?: number; stalledInterval?: number } {
  switch (queue) {
    case 'freshness':
      return { concurrency: config.worker.freshnessConcurrency };
    case 'notifications':
      return { concurrency: config.worker.concurrency, lockDuration: 15_000, stalledInterval: 5_000 };
    default:
      return { concurrency: config.worker.concurrency };
  }
}

/**
 * Runs one BullMQ worker per queue and dispatches each job to its processor. On shutdown it
 * stops taking jobs and waits for those in flight; past the deadline it lets them go, and
 * BullMQ's stalled-job check hands them to another worker.
 */
@Injectable()
export class WorkerHost implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Worker');
  private readonly processors: Map<string, JobProcessor>;
  private readonly workers: Worker[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly redis: RedisService,
    @Inject(JOB_DEFINITIONS_TOKEN) private readonly definitions: readonly JobDefinition[],
    @Inject(JOB_PROCESSORS) processors: readonly JobProcessor[],
  ) {
    // Throws at construction, so a worker with a gap never boots.
    this.processors = indexProcessors(definitions, processors);
  }

  onApplicationBootstrap(): void {
    const queues = new Set<QueueName>(this.definitions.map((definition) => definition.queue));
    for (const queue of queues) {
      const worker = new Worker(queue, (job) => this.dispatch(job), {
        connection: this.redis.options,
        prefix: this.config.redis.queuePrefix,
        ...queueWorkerOptions(this.config, queue),
      });
      worker.on('failed', (job, error) =>
        this.logger.warn(`job ${job?.name} ${job?.id} failed (attempt ${job?.attemptsMade}): ${error.message}`),
      );
      worker.on('error', (error) => this.logger.error(`worker on ${queue}: ${error.message}`));
      this.workers.push(worker);
    }
    this.logger.log(`processing ${this.processors.size} job type(s) on ${queues.size} queue(s)`);
  }

  // Nest runs onModuleDestroy before onApplicationShutdown, so jobs drain while Redis,
  // Postgres and the queues are still open.
  async onModuleDestroy(): Promise<void> {
    const timeoutMs = this.config.worker.shutdownTimeoutMs;
    const graceful = Promise.all(this.workers.map((worker) => worker.close()));
    const timedOut = await Promise.race([
      graceful.then(() => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(true), timeoutMs).unref()),
    ]);
    if (timedOut) {
      this.logger.warn(`in-flight jobs did not finish within ${timeoutMs} ms; leaving them to be retried`);
      await Promise.all(this.workers.map((worker) => worker.close(true)));
    }
  }

  private async dispatch(job: Job): Promise<unknown> {
    const processor = this.processors.get(job.name);
    if (!processor) throw new UnrecoverableError(`No processor for job ${job.name}`);
    const envelope = job.data as Partial<JobEnvelope>;
    if (envelope.version !== processor.definition.version) {
      throw new UnrecoverableError(
        `Job ${job.name} has version ${String(envelope.version)}, this worker handles ${processor.definition.version}`,
      );
    }
    const parsed = processor.definition.payload.safeParse(envelope.payload);
    if (!parsed.success) throw new UnrecoverableError(`Invalid payload for ${job.name}: ${parsed.error.message}`);
    return processor.process(parsed.data, job);
  }
}
