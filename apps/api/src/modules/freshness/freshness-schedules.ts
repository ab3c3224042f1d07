import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { freshnessCheckJob, freshnessSchedulerId, objectiveIdOfScheduler, QUEUE_NAMES } from '@tessera/contracts';
import { QueueService } from '../../infra/queue/queue.service';
import { ObjectivesRepository } from './objectives.repository';

export interface ScheduledObjective {
  readonly id: string;
  readonly intervalSeconds: number;
  readonly enabled: boolean;
}

export interface ReconcileReport {
  readonly added: number;
  readonly updated: number;
  readonly removed: number;
  readonly kept: number;
}

/**
 * Where in each interval an objective's checks run: a fixed point from a hash of its id, so
 * 10,000 objectives of one interval spread evenly instead of firing in the same instant, and
 * every process computes the same offset (an upsert never moves a schedule).
 */
export function scheduleOffsetMs(objectiveId: string, everyMs: number): number {
  const hash = createHash('sha256').update(objectiveId).digest().readUInt32BE(0);
  return hash % everyMs;
}

/**
 * The BullMQ job schedulers of freshness checks: one per enabled objective, id
 * `freshness:<objectiveId>`. Postgres says which should exist; Redis only holds them, so any
 * process can upsert them (idempotent) and `reconcile` rebuilds them after Redis lost them.
 */
@Injectable()
export class FreshnessSchedules {
  private readonly logger = new Logger('FreshnessSchedules');

  constructor(
    private readonly queues: QueueService,
    private readonly objectives: ObjectivesRepository,
  ) {}

  /** Makes the schedule match the objective: upserted while enabled, removed otherwise. */
  async sync(objective: ScheduledObjective): Promise<void> {
    if (!objective.enabled) return this.remove(objective.id);
    const everyMs = objective.intervalSeconds * 1000;
    await this.queues.schedule(
      freshnessCheckJob,
      freshnessSchedulerId(objective.id),
      everyMs,
      { objectiveId: objective.id },
      { offsetMs: scheduleOffsetMs(objective.id, everyMs) },
    );
  }

  async remove(objectiveId: string): Promise<void> {
    await this.queues.unschedule(freshnessCheckJob, freshnessSchedulerId(objectiveId));
  }

  /**
   * After a commit, best effort: Redis being away must not fail a change that is already
   * committed; the workers' reconciliation brings the schedule in line later.
   */
  async syncAfterCommit(objective: ScheduledObjective): Promise<void> {
    await this.sync(objective).catch((error: unknown) =>
      this.logger.warn(`schedule of objective ${objective.id} not updated now (reconciled later): ${String(error)}`),
    );
  }

  async removeAfterCommit(objectiveId: string): Promise<void> {
    await this.remove(objectiveId).catch((error: unknown) =>
      this.logger.warn(`schedule of objective ${objectiveId} not removed now (reconciled later): ${String(error)}`),
    );
  }

  /** Adds missing schedules, fixes changed intervals, removes schedules of objectives gone or disabled. */
  async reconcile(): Promise<ReconcileReport> {
    const wanted = new Map(
      (await this.objectives.enabledSchedules()).map((objective) => [objective.id, objective.intervalSeconds * 1000]),
    );
    const queue = this.queues.queue(QUEUE_NAMES.freshness);
    const existing = await queue.getJobSchedulers(0, -1);
    let removed = 0;
    let updated = 0;
    let kept = 0;
    const present = new Set<string>();
    for (const scheduler of existing) {
      const objectiveId = objectiveIdOfScheduler(scheduler.key);
      if (objectiveId === null) continue;
      const everyMs = wanted.get(objectiveId);
      if (everyMs === undefined) {
        await queue.removeJobScheduler(scheduler.key);
        removed += 1;
      } else if (scheduler.every !== everyMs) {
        await this.sync({ id: objectiveId, intervalSeconds: everyMs / 1000, enabled: true });
        updated += 1;
        present.add(objectiveId);
      } else {
        kept += 1;
        present.add(objectiveId);
      }
    }
    let added = 0;
    for (const [objectiveId, everyMs] of wanted) {
      if (present.has(objectiveId)) continue;
      await this.sync({ id: objectiveId, intervalSeconds: everyMs / 1000, enabled: true });
      added += 1;
    }
    return { added, updated, removed, kept };
  }
}
