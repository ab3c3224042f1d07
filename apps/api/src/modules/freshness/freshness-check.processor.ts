import { Injectable, Logger } from '@nestjs/common';
import { freshnessCheckJob } from '@tessera/contracts';
import type { Job } from 'bullmq';
import type { JobProcessor } from '../../infra/queue/job-processor';
import { CommonCheckError, FreshnessCheckerRegistry } from './checkers';
import { CheckRecorder, type RecordResult } from './check-recorder';
import { CheckStateRepository, type CheckSubject } from './check-state.repository';
import { CheckTargets } from './check-targets';
import { FreshnessSchedules } from './freshness-schedules';

/**
 * Each check's budget: half its interval, between 2 and 10 seconds. A check outliving its
 * interval would overlap the next one (the recorder drops the older of two).
 */
export function checkTimeoutMs(intervalSeconds: number): number {
  return Math.min(10_000, Math.max(2_000, (intervalSeconds * 1000) / 2));
}

export type CheckJobResult = RecordResult | { readonly recorded: false; readonly reason: 'orphan' | 'aborted' };

/**
 * How long a worker reuses what it read about an objective's check (its port, location and
 * settings): longer than the usual interval, or it would never be reused. The recorder reads
 * the objective again under a row lock, so a changed, disabled or removed objective applies
 * at the next check (a changed objective also drops the copy); only a moved port (a new topic
 * or table) takes up to this long.
 */
const SUBJECT_TTL_MS = 5 * 60_000;

/** Runs one scheduled freshness check and records it. */
@Injectable()
export class FreshnessCheckProcessor implements JobProcessor<{ objectiveId: string }> {
  readonly definition = freshnessCheckJob;
  private readonly logger = new Logger('FreshnessCheck');
  private readonly subjects = new Map<string, { expires: number; subject: CheckSubject }>();

  constructor(
    private readonly state: CheckStateRepository,
    private readonly targets: CheckTargets,
    private readonly checkers: FreshnessCheckerRegistry,
    private readonly recorder: CheckRecorder,
    private readonly schedules: FreshnessSchedules,
  ) {}

  async process(payload: { objectiveId: string }, job?: Job): Promise<CheckJobResult> {
    const subject = await this.subjectOf(payload.objectiveId);
    if (!subject || !subject.enabled) {
      // A schedule left behind (objective removed while Redis was away, or a race with a
      // reconciliation): remove it here rather than checking nothing forever.
      await this.schedules.remove(payload.objectiveId);
      return { recorded: false, reason: 'orphan' };
    }
    const scheduledEvery = job?.opts.repeat?.every;
    if (scheduledEvery !== undefined && scheduledEvery !== subject.intervalSeconds * 1000) {
      // Read again, uncached, before touching the schedule: the change may be newer than the cache.
      const fresh = await this.subjectOf(payload.objectiveId, { fresh: true });
      if (fresh && scheduledEvery !== fresh.intervalSeconds * 1000) await this.schedules.sync(fresh);
    }
    const checkedAt = new Date();
    const built = await this.targets.build(subject);
    const outcome = built.ok
      ? await this.checkers.check(built.target, { timeoutMs: checkTimeoutMs(subject.intervalSeconds) })
      : built.error;
    if (outcome.status === 'ERROR' && outcome.errorCode === CommonCheckError.CHECK_ABORTED) {
      return { recorded: false, reason: 'aborted' };
    }
    const result = await this.recorder.record(subject, outcome, checkedAt);
    if (!result.recorded && result.reason !== 'superseded') {
      this.subjects.delete(subject.id);
      await this.schedules.remove(subject.id);
    }
    if (result.recorded && result.objectiveUpdatedAt.getTime() !== subject.updatedAt.getTime()) {
      this.subjects.delete(subject.id);
    }
    if (result.recorded && result.decision !== 'none') {
      this.logger.log(`objective ${subject.id}: ${result.evaluation.status}, incident ${result.decision}`);
    }
    return result;
  }

  private async subjectOf(objectiveId: string, options: { fresh?: boolean } = {}): Promise<CheckSubject | null> {
    const now = Date.now();
    const cached = this.subjects.get(objectiveId);
    if (cached && cached.expires > now && !options.fresh) return cached.subject;
    const subject = await this.state.loadSubject(objectiveId);
    if (subject) this.subjects.set(objectiveId, { expires: now + SUBJECT_TTL_MS, subject });
    else this.subjects.delete(objectiveId);
    if (this.subjects.size > 50_000) this.subjects.clear();
    return subject;
  }
}
