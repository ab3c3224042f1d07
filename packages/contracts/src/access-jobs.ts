import { z } from 'zod';
import { defineJob, type QueueName } from './jobs';

/**
 * Access provisioning jobs. A grant row in Postgres says what should exist (desired GRANT or
 * REVOKE); the jobs make the port's system match it and record what happened on the row, so
 * every step is safe to repeat.
 *
 * jobs.ts imports this file for JOB_DEFINITIONS, so nothing here may read a value of jobs.ts
 * while modules load (defineJob is a hoisted function; QUEUE_NAMES is not, hence the literal).
 */
const ACCESS_QUEUE: QueueName = 'access';

/** Makes one grant match its desired state: creates the ACLs/privileges or removes them. */
export const provisionGrantJob = defineJob({
  name: 'access.provision-grant',
  version: 1,
  queue: ACCESS_QUEUE,
  payload: z.object({ grantId: z.guid() }).strict(),
  // 2 s, 4 s, 8 s, 16 s, 32 s: about a minute of retries; reconciliation takes over after that.
  attempts: 6,
  backoffMs: 2_000,
});

/**
 * Scheduled: inspects active grants and restores what drifted (removed by hand), and enqueues
 * grants whose provisioning failed or whose job was lost (a process died after its commit).
 */
export const reconcileGrantsJob = defineJob({
  name: 'access.reconcile-grants',
  version: 1,
  queue: ACCESS_QUEUE,
  payload: z.object({}).strict(),
  attempts: 1,
});

/** Scheduled: warns consumers of subscriptions about to expire and expires those past their date. */
export const expireSubscriptionsJob = defineJob({
  name: 'access.expire-subscriptions',
  version: 1,
  queue: ACCESS_QUEUE,
  payload: z.object({}).strict(),
  attempts: 1,
});

export const ACCESS_JOB_DEFINITIONS = [provisionGrantJob, reconcileGrantsJob, expireSubscriptionsJob] as const;
