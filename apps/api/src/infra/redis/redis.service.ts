import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Redis, type RedisOptions } from 'ioredis';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { probe, type DependencyCheck, type DependencyStatus } from '../health/dependency-check';

/** Connection options for every Redis client Tessera opens (BullMQ queues, workers, probes). */
export function redisOptionsFromUrl(url: string): RedisOptions {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    // BullMQ requires this for blocking connections; keeps commands from failing mid-outage.
    maxRetriesPerRequest: null,
  };
}

/** Owns the Redis connection settings and reports Redis health. */
@Injectable()
export class RedisService implements DependencyCheck, OnApplicationShutdown {
  readonly name = 'redis';
  readonly options: RedisOptions;
  private probeClient: Redis | undefined;
  private commandClient: Redis | undefined;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.options = redisOptionsFromUrl(config.redis.url);
  }

  /** A shared client for plain commands; it queues commands while reconnecting. */
  commands(): Redis {
    this.commandClient ??= new Redis({ ...this.options, maxRetriesPerRequest: 3 });
    return this.commandClient;
  }

  async check(timeoutMs: number): Promise<DependencyStatus> {
    const client = this.failFastClient(timeoutMs);
    return probe(true, timeoutMs, async () => {
      if (client.status === 'wait') await client.connect();
      return client.ping();
    });
  }

  /** Reads a key for display only: null when Redis is away, never a hang. */
  async tryGet(key: string, timeoutMs: number): Promise<string | null> {
    const client = this.failFastClient(timeoutMs);
    let value: string | null = null;
    const status = await probe(false, timeoutMs, async () => {
      if (client.status === 'wait') await client.connect();
      value = await client.get(key);
    });
    return status.status === 'up' ? value : null;
  }

  // Fails fast while Redis is away (no offline queue) and keeps reconnecting in the
  // background, so readiness recovers without a restart.
  private failFastClient(timeoutMs: number): Redis {
    this.probeClient ??= new Redis({
      ...this.options,
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: timeoutMs,
      retryStrategy: () => 500,
    });
    // Failures surface through the probe's result; without a listener ioredis logs each one.
    this.probeClient.on('error', () => undefined);
    return this.probeClient;
  }

  // Released last, after the worker has drained its in-flight jobs (in onModuleDestroy).
  async onApplicationShutdown(): Promise<void> {
    this.probeClient?.disconnect();
    await this.commandClient?.quit().catch(() => undefined);
  }
}
