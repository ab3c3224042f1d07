import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { expireSubscriptionsJob, reconcileGrantsJob } from '@tessera/contracts';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { QueueService } from '../../infra/queue/queue.service';

export const RECONCILE_GRANTS_SCHEDULER_ID = 'access.reconcile-grants';
export const EXPIRE_SUBSCRIPTIONS_SCHEDULER_ID = 'access.expire-subscriptions';

/** Upserts the reconciliation and expiry schedules at worker boot; every replica may do so safely. */
@Injectable()
export class AccessScheduler implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queues: QueueService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queues.schedule(
      reconcileGrantsJob,
      RECONCILE_GRANTS_SCHEDULER_ID,
      this.config.access.reconcileIntervalMs,
      {},
    );
    await this.queues.schedule(
      expireSubscriptionsJob,
      EXPIRE_SUBSCRIPTIONS_SCHEDULER_ID,
      this.config.access.expiryIntervalMs,
      {},
    );
  }
}
