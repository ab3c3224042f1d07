import { Inject, Injectable } from '@nestjs/common';
import { workerHeartbeatJob } from '@tessera/contracts';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import type { JobProcessor } from '../../infra/queue/job-processor';
import { RedisService } from '../../infra/redis/redis.service';
import { heartbeatKey, HEARTBEAT_TTL_SECONDS } from './worker-heartbeat';

/** Records that a worker processed a job just now; the key expires if none does. */
@Injectable()
export class WorkerHeartbeatProcessor implements JobProcessor<Record<string, never>> {
  readonly definition = workerHeartbeatJob;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly redis: RedisService,
  ) {}

  async process(): Promise<string> {
    const now = new Date().toISOString();
    await this.redis.commands().set(heartbeatKey(this.config.redis.queuePrefix), now, 'EX', HEARTBEAT_TTL_SECONDS);
    return now;
  }
}
