import { z } from 'zod';
import { NOTIFICATION_JOB_DEFINITIONS } from './notifications-jobs';
import { FRESHNESS_JOB_DEFINITIONS } from './freshness-jobs';
import { SCHEMAS_JOB_DEFINITIONS } from './schemas-jobs';
import { ACCESS_JOB_DEFINITIONS } from './access-jobs';

/** BullMQ queues. A queue groups jobs that share a worker pool and concurrency. */
export const QUEUE_NAMES = {
  platform: 'platform',
  /** Scheduled freshness checks (one job scheduler per enabled objective). */
  freshness: 'freshness',
  /** Notification deliveries to team channels. */
  notifications: 'notifications',
  /** Access provisioning, reconciliation and subscription expiry. */
  access: 'access',
  /** Schema registry drift detection. */
  schemas: 'schemas',
} as const;

export type QueueName = (typeof QUEUE_NAMES)[keyof typeof QUEUE_NAMES];

/**
 * A versioned background job. The payload schema is checked when the job is enqueued and
 * again when it is processed, so a job written by an older release is refused loudly
 * instead of being half-understood.
 */
export interface JobDefinition<Name extends string = string, Payload = unknown> {
  readonly name: Name;
  readonly version: number;
  readonly queue: QueueName;
  readonly payload: z.ZodType<Payload>;
  /** Attempts before the job is marked failed. */
  readonly attempts: number;
  /** First retry delay; later retries back off exponentially. */
  readonly backoffMs: number;
}

/** What BullMQ stores as a job's data: the definition version and the payload. */
export interface JobEnvelope<Payload = unknown> {
  readonly version: number;
  readonly payload: Payload;
}

export function defineJob<const Name extends string, Payload>(definition: {
  name: Name;
  version: number;
  queue: QueueName;
  payload: z.ZodType<Payload>;
  attempts?: number;
  backoffMs?: number;
}): JobDefinition<Name, Payload> {
  return { attempts: 5, backoffMs: 1_000, ...definition };
}

export type PayloadOf<Definition> = Definition extends JobDefinition<string, infer Payload> ? Payload : never;

/** Each worker records that it is alive, so readiness can say whether anyone processes jobs. */
export const workerHeartbeatJob = defineJob({
  name: 'platform.worker-heartbeat',
  version: 1,
  queue: QUEUE_NAMES.platform,
  payload: z.object({}).strict(),
  attempts: 1,
});

/** Every job the platform declares. A worker refuses to boot unless each has a processor. */
export const JOB_DEFINITIONS: readonly JobDefinition[] = [
  workerHeartbeatJob,
  ...NOTIFICATION_JOB_DEFINITIONS,
  ...FRESHNESS_JOB_DEFINITIONS,
  ...ACCESS_JOB_DEFINITIONS,
  ...SCHEMAS_JOB_DEFINITIONS,
];
