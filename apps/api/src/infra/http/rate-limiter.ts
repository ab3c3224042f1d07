import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { AppConfig } from '../../config/app-config';
import { redisOptionsFromUrl } from '../redis/redis.service';

/** Whose budget a request spends: an API token's, a browser session's, or its client address's. */
export type RateLimitSubject =
  | { readonly kind: 'token'; readonly id: string }
  | { readonly kind: 'session'; readonly id: string }
  | { readonly kind: 'address'; readonly id: string };

export interface RateLimitDecision {
  readonly allowed: boolean;
  readonly subject: RateLimitSubject['kind'];
  readonly limit: number;
  readonly remaining: number;
  readonly windowSeconds: number;
  /** Seconds until the window restarts (at least 1). */
  readonly resetSeconds: number;
}

/**
 * Fixed-window request budgets kept in Redis, so every API replica counts against the same
 * number (rate-limiter-flexible increments and sets the expiry in one Lua script, atomic
 * under concurrency). Tokens and sessions share one budget size, addresses another.
 *
 * If Redis fails, each replica falls back to an in-memory budget of the same size: limits get
 * looser by the replica count for the outage, and requests keep being answered.
 */
export class RequestRateLimiter {
  private readonly client: Redis;
  private readonly credentials: RateLimiterRedis;
  private readonly addresses: RateLimiterRedis;

  constructor(
    config: Pick<AppConfig, 'rateLimits' | 'redis'>,
    private readonly onStoreError: (error: unknown) => void = () => undefined,
  ) {
    const { perToken, perAddress, windowSeconds } = config.rateLimits;
    // No offline queue: while Redis is away a command fails at once (and the fallback counts)
    // instead of holding the request until Redis returns.
    this.client = new Redis({
      ...redisOptionsFromUrl(config.redis.url),
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 2_000,
      lazyConnect: true,
    });
    this.client.on('error', (error) => this.onStoreError(error));
    const prefix = `${config.redis.queuePrefix}:rate-limit`;
    this.credentials = this.limiter(`${prefix}:credential`, perToken, windowSeconds);
    this.addresses = this.limiter(`${prefix}:address`, perAddress, windowSeconds);
  }

  private limiter(keyPrefix: string, points: number, duration: number): RateLimiterRedis {
    return new RateLimiterRedis({
      storeClient: this.client,
      keyPrefix,
      points,
      duration,
      // Once over budget, answer from memory until the window ends: a flood costs no Redis calls.
      inMemoryBlockOnConsumed: points + 1,
      insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration }),
    });
  }

  /**
   * Connects before the server answers, so the first requests are counted in Redis like the
   * rest. A failure is reported and left to the reconnect loop; the fallback counts meanwhile.
   */
  async connect(): Promise<void> {
    await this.client.connect().catch((error: unknown) => this.onStoreError(error));
  }

  /** Spends one request of the subject's budget. */
  async consume(subject: RateLimitSubject): Promise<RateLimitDecision> {
    const limiter = subject.kind === 'address' ? this.addresses : this.credentials;
    // Tokens and sessions have distinct ids (UUIDs), but the kind keeps the keys readable.
    const key = `${subject.kind}:${subject.id}`;
    let result: RateLimiterRes;
    let allowed = true;
    try {
      result = await limiter.consume(key);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      result = rejection;
      allowed = false;
    }
    return {
      allowed,
      subject: subject.kind,
      limit: limiter.points,
      remaining: result.remainingPoints,
      windowSeconds: limiter.duration,
      resetSeconds: Math.max(1, Math.ceil(result.msBeforeNext / 1000)),
    };
  }

  async close(): Promise<void> {
    await this.client.quit().catch(() => this.client.disconnect());
  }
}

/**
 * The RateLimit header fields (IETF httpapi draft, the form most clients and gateways read)
 * on every counted response, and Retry-After on a refusal.
 */
export function rateLimitHeaders(decision: RateLimitDecision): Record<string, string> {
  return {
    'ratelimit-limit': String(decision.limit),
    'ratelimit-remaining': String(decision.remaining),
    'ratelimit-reset': String(decision.resetSeconds),
    'ratelimit-policy': `${decision.limit};w=${decision.windowSeconds}`,
    ...(decision.allowed ? {} : { 'retry-after': String(decision.resetSeconds) }),
  };
}
