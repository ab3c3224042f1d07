import { z } from 'zod';
// Types only: jobs.ts imports this file to list the definitions, so a runtime import back
// would be a require cycle.
import type { JobDefinition } from './jobs';

const NOTIFICATIONS_QUEUE = 'notifications';

const deliverPayload = z.object({ deliveryId: z.guid() }).strict();
const sweepPayload = z.object({}).strict();

/**
 * Sends one delivery (one notification to one channel). The job id is the delivery id, so
 * enqueueing it twice is harmless. Attempts and backoff come from the worker's config
 * (NOTIFICATION_MAX_ATTEMPTS, NOTIFICATION_RETRY_DELAY_MS) when it enqueues; the values here
 * are the defaults.
 */
export const notificationDeliverJob: JobDefinition<'notifications.deliver', z.infer<typeof deliverPayload>> = {
  name: 'notifications.deliver',
  version: 1,
  queue: NOTIFICATIONS_QUEUE,
  payload: deliverPayload,
  attempts: 8,
  backoffMs: 5_000,
};

/**
 * The safety net behind LISTEN/NOTIFY: enqueues every delivery still waiting in Postgres
 * (a worker died between commit and enqueue, Redis lost its data). One scheduler, upserted by
 * every worker.
 */
export const notificationSweepJob: JobDefinition<'notifications.sweep', z.infer<typeof sweepPayload>> = {
  name: 'notifications.sweep',
  version: 1,
  queue: NOTIFICATIONS_QUEUE,
  payload: sweepPayload,
  attempts: 1,
  backoffMs: 1_000,
};

export const NOTIFICATION_SWEEP_SCHEDULER_ID = 'notifications.sweep';

export const NOTIFICATION_JOB_DEFINITIONS: readonly JobDefinition[] = [notificationDeliverJob, notificationSweepJob];
