import { z } from 'zod';
// Types only: jobs.ts imports this file to list the definitions, so a runtime import back
// would be a require cycle.
import type { JobDefinition } from './jobs';

const FRESHNESS_QUEUE = 'freshness';

const checkPayload = z.object({ objectiveId: z.guid() }).strict();
const retentionPayload = z.object({}).strict();

/**
 * One scheduled freshness check of one objective. Job schedulers (one per enabled objective,
 * id `freshness:<objectiveId>`) add it every `intervalSeconds`; a check that fails to run is
 * not retried, because the next scheduled run is the retry.
 */
export const freshnessCheckJob: JobDefinition<'freshness.check', z.infer<typeof checkPayload>> = {
  name: 'freshness.check',
  version: 1,
  queue: FRESHNESS_QUEUE,
  payload: checkPayload,
  attempts: 1,
  backoffMs: 1_000,
};

/** Deletes check history older than the retention period; one scheduler, upserted by every worker. */
export const freshnessRetentionJob: JobDefinition<'freshness.retention', z.infer<typeof retentionPayload>> = {
  name: 'freshness.retention',
  version: 1,
  queue: FRESHNESS_QUEUE,
  payload: retentionPayload,
  attempts: 3,
  backoffMs: 60_000,
};

/** The scheduler id of an objective's checks: stable, so upserts from any number of workers never duplicate. */
export function freshnessSchedulerId(objectiveId: string): string {
  return `freshness:${objectiveId}`;
}

/** The objective id of a freshness scheduler id, or null for any other scheduler. */
export function objectiveIdOfScheduler(schedulerId: string): string | null {
  return schedulerId.startsWith('freshness:') ? schedulerId.slice('freshness:'.length) : null;
}

export const FRESHNESS_RETENTION_SCHEDULER_ID = 'freshness.retention';

export const FRESHNESS_JOB_DEFINITIONS: readonly JobDefinition[] = [freshnessCheckJob, freshnessRetentionJob];
