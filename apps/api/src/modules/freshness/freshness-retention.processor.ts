import { Injectable } from '@nestjs/common';
import { freshnessRetentionJob } from '@tessera/contracts';
import type { JobProcessor } from '../../infra/queue/job-processor';
import { CheckStateRepository } from './check-state.repository';

/** Runs that ended before this are outside every window (windowDays is at most 90). */
export const RESULT_RETENTION_DAYS = 92;
/** Resolved incidents are kept for a year, for post-mortems. */
export const INCIDENT_RETENTION_DAYS = 365;
const DELETE_BATCH = 5_000;

/** Deletes check history no window reads any more; runs daily (see FreshnessScheduleKeeper). */
@Injectable()
export class FreshnessRetentionProcessor implements JobProcessor<Record<string, never>> {
  readonly definition = freshnessRetentionJob;

  constructor(private readonly state: CheckStateRepository) {}

  async process(): Promise<{ results: number; incidents: number }> {
    const now = Date.now();
    const results = await this.state.deleteRunsEndedBefore(
      new Date(now - RESULT_RETENTION_DAYS * 86_400_000),
      DELETE_BATCH,
    );
    const incidents = await this.state.deleteIncidentsResolvedBefore(
      new Date(now - INCIDENT_RETENTION_DAYS * 86_400_000),
    );
    return { results, incidents };
  }
}
