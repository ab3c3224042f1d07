import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { FRESHNESS_RETENTION_SCHEDULER_ID, freshnessRetentionJob } from '@tessera/contracts';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { QueueService } from '../../infra/queue/queue.service';
import { RedisService } from '../../infra/redis/redis.service';
import { FreshnessSchedules } from './freshness-schedules';

/** How often a worker looks whether Redis lost the schedules (a cheap EXISTS). */
export const WATCH_INTERVAL_MS = 5_000;
/** How often a worker reconciles in full anyway (catches a schedule change that failed after its commit). */
export const FULL_RECONCILE_INTERVAL_MS = 10 * 60_000;
const RETENTION_EVERY_MS = 24 * 3_600_000;

export function reconciledMarkerKey(prefix: string): string {
  return `${prefix}:freshness:schedules-reconciled`;
}

/**
 * Keeps the freshness job schedulers in line with Postgres from every worker: reconciles at
 * boot (several workers booting at once upsert the same ids, so nothing is duplicated), when
 * Redis comes back without them (a restarted Redis without persistence loses every key,
 * including the marker this watches), and every ten minutes.
 */
@Injectable()
export class FreshnessScheduleKeeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('FreshnessSchedules');
  private watchTimer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private lastFullAt = 0;
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly schedules: FreshnessSchedules,
    private readonly queues: QueueService,
    private readonly redis: RedisService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.reconcile('boot');
    this.watchTimer = setInterval(() => void this.watch(), WATCH_INTERVAL_MS);
    this.watchTimer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.watchTimer);
    await this.running;
  }

  /** One reconciliation at a time per process. */
  reconcile(reason: string): Promise<void> {
    this.running ??= this.reconcileOnce(reason).finally(() => (this.running = undefined));
    return this.running;
  }

  private async watch(): Promise<void> {
    if (this.stopped || this.running) return;
    try {
      const marked = await this.redis.commands().exists(reconciledMarkerKey(this.config.redis.queuePrefix));
      if (marked === 0) await this.reconcile('schedules missing in Redis');
      else if (Date.now() - this.lastFullAt >= FULL_RECONCILE_INTERVAL_MS) await this.reconcile('periodic');
    } catch {
      // Redis is away; the next tick looks again.
    }
  }

  private async reconcileOnce(reason: string): Promise<void> {
    try {
      await this.queues.schedule(freshnessRetentionJob, FRESHNESS_RETENTION_SCHEDULER_ID, RETENTION_EVERY_MS, {});
      const report = await this.schedules.reconcile();
      await this.redis.commands().set(reconciledMarkerKey(this.config.redis.queuePrefix), new Date().toISOString());
      this.lastFullAt = Date.now();
      if (report.added + report.updated + report.removed > 0 || reason === 'boot') {
        this.logger.log(
          `reconciled (${reason}): ${report.added} added, ${report.updated} updated, ${report.removed} removed, ${report.kept} kept`,
        );
      }
    } catch (error) {
      this.logger.warn(`reconciliation (${reason}) failed, retrying shortly: ${String(error)}`);
    }
  }
}
