import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { RedisService } from '../../infra/redis/redis.service';

/** Another job held the lock for longer than a job waits: BullMQ retries the job later. */
export class ProvisioningBusyError extends Error {
  constructor(key: string) {
    super(`Provisioning for ${key} is busy; retrying later`);
    this.name = 'ProvisioningBusyError';
  }
}

const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

/**
 * One provisioning at a time per consumer team and connection, across workers. Shared
 * bindings (a team's Kafka consumer-group ACL, a role's schema USAGE) are removed only after
 * checking what else uses them, and that check must not interleave with another grant of the
 * same team on the same connection. The lock expires on its own if a worker dies holding it.
 */
@Injectable()
export class ProvisioningLock {
  private readonly ttlMs = 120_000;
  private readonly waitMs = 30_000;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly redis: RedisService,
  ) {}

  async withLock<T>(key: string, work: () => Promise<T>): Promise<T> {
    const redisKey = `${this.config.redis.queuePrefix}:access:lock:${key}`;
    const token = randomUUID();
    const deadline = Date.now() + this.waitMs;
    const client = this.redis.commands();
    while ((await client.set(redisKey, token, 'PX', this.ttlMs, 'NX')) !== 'OK') {
      if (Date.now() > deadline) throw new ProvisioningBusyError(key);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    try {
      return await work();
    } finally {
      await client.eval(RELEASE, 1, redisKey, token).catch(() => undefined);
    }
  }
}
