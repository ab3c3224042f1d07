import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { JobDefinition, JobEnvelope, QueueName } from '@tessera/contracts';
import { Queue, type JobsOptions } from 'bullmq';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { DomainError, ErrorCategory } from '../graphql/domain-error';
import { RedisService } from '../redis/redis.service';

/** Enqueues validated, versioned jobs; the only place that creates BullMQ queues. */
@Injectable()
export class QueueService implements OnApplicationShutdown {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly redis: RedisService,
  ) {}

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.redis.options, prefix: this.config.redis.queuePrefix });
      this.queues.set(name, queue);
    }
    return queue;
  }

  /** Validates the payload against the job's schema, then adds it with the job's retry policy. */
  async enqueue<Payload>(
    definition: JobDefinition<string, Payload>,
    payload: Payload,
    options: JobsOptions = {},
  ): Promise<string> {
    const envelope = this.envelope(definition, payload);
    const job = await this.queue(definition.queue).add(definition.name, envelope, {
      ...this.retryPolicy(definition),
      ...options,
    });
    return job.id ?? '';
  }

  /**
   * Creates or updates a repeating job under a stable id. Upserting the same id is
   * idempotent, so any number of processes may call it at boot without duplicates.
   * `offsetMs` places the runs within each interval (jitter that keeps many schedules of
   * the same interval from firing in the same instant).
   */
  async schedule<Payload>(
    definition: JobDefinition<string, Payload>,
    schedulerId: string,
    everyMs: number,
    payload: Payload,
    options: { offsetMs?: number } = {},
  ): Promise<void> {
    const envelope = this.envelope(definition, payload);
    await this.queue(definition.queue).upsertJobScheduler(
      schedulerId,
      { every: everyMs, ...(options.offsetMs ? { offset: options.offsetMs } : {}) },
      {
        name: definition.name,
        data: envelope,
        opts: { ...this.retryPolicy(definition), removeOnComplete: 100, removeOnFail: 1000 },
      },
    );
  }

  async unschedule(definition: JobDefinition, schedulerId: string): Promise<void> {
    await this.queue(definition.queue).removeJobScheduler(schedulerId);
  }

  // Released last, after the worker has drained its in-flight jobs (in onModuleDestroy).
  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }

  private envelope<Payload>(definition: JobDefinition<string, Payload>, payload: Payload): JobEnvelope<Payload> {
    const parsed = definition.payload.safeParse(payload);
    if (!parsed.success) {
      throw new DomainError(
        ErrorCategory.VALIDATION_FAILED,
        'INVALID_JOB_PAYLOAD',
        `Invalid payload for job ${definition.name}`,
        parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
      );
    }
    return { version: definition.version, payload: parsed.data };
  }

  private retryPolicy(definition: JobDefinition): JobsOptions {
    return { attempts: definition.attempts, backoff: { type: 'exponential', delay: definition.backoffMs } };
  }
}
