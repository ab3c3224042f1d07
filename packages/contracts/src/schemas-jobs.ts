import { z } from 'zod';
// Types only: jobs.ts imports this file to list the definitions, so a runtime import back
// would be a require cycle.
import type { JobDefinition } from './jobs';

const SCHEMAS_QUEUE = 'schemas';

const driftPayload = z.object({}).strict();

/**
 * Compares the registry subjects of Kafka ports with their Tessera versions and records
 * versions registered outside Tessera (schema drift). One job scheduler, upserted by every
 * worker at boot; a failed run is not retried, the next scheduled run is the retry.
 */
export const schemaRegistryDriftJob: JobDefinition<'schemas.registry-drift', z.infer<typeof driftPayload>> = {
  name: 'schemas.registry-drift',
  version: 1,
  queue: SCHEMAS_QUEUE,
  payload: driftPayload,
  attempts: 1,
  backoffMs: 60_000,
};

/** The drift job's scheduler: a stable id, so upserts from any number of workers never duplicate. */
export const SCHEMA_DRIFT_SCHEDULER_ID = 'schemas:registry-drift';

/** How often the registries are compared with Tessera. */
export const SCHEMA_DRIFT_INTERVAL_MS = 5 * 60_000;

/** The schemas feature's jobs, appended to JOB_DEFINITIONS. */
export const SCHEMAS_JOB_DEFINITIONS: readonly JobDefinition[] = [schemaRegistryDriftJob];
