/** How often the heartbeat job runs, and how long its mark lasts without a fresh one. */
export const HEARTBEAT_INTERVAL_MS = 15_000;
export const HEARTBEAT_TTL_SECONDS = 60;
export const HEARTBEAT_SCHEDULER_ID = 'platform.worker-heartbeat';

export function heartbeatKey(prefix: string): string {
  return `${prefix}:platform:worker-heartbeat`;
}
