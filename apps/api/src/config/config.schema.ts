import proxyAddr from '@fastify/proxy-addr';
import { z } from 'zod';

const booleanFromString = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const port = z.coerce.number().int().min(0).max(65535);

const url = (protocols: readonly string[]) =>
  z.url().refine((value) => protocols.some((protocol) => value.startsWith(`${protocol}:`)), {
    message: `must be a URL starting with ${protocols.map((protocol) => `${protocol}:`).join(' or ')}`,
  });

/**
 * Compiled by the same library Fastify's trustProxy uses, so what boots is what is trusted.
 * A bare number is refused: proxy-addr would read `2` as the address 0.0.0.2, not two hops.
 */
function isProxyList(value: string): boolean {
  const entries = value.split(',');
  if (entries.some((entry) => /^\d+$/.test(entry))) return false;
  try {
    proxyAddr.compile(entries);
    return true;
  } catch {
    return false;
  }
}

/**
 * Every environment variable Tessera reads, in one place. `.env.example` documents each of
 * them and a test keeps that file, docker-compose.yml and this schema in step.
 */
export const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  API_HOST: z.string().min(1).default('127.0.0.1'),
  API_PORT: port.default(4000),
  TRUST_PROXY: z
    .string()
    .refine(
      (value) => value === '' || isProxyList(value),
      'a comma-separated list of addresses, CIDR blocks or loopback, linklocal, uniquelocal',
    )
    .optional(),
  DATABASE_URL: url(['postgresql', 'postgres']),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  REDIS_URL: url(['redis', 'rediss']),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-zA-Z0-9:_-]+$/, 'letters, digits, ":", "_" and "-" only')
    .default('tessera'),
  KAFKA_BROKERS: z
    .string()
    .regex(/^[^,\s]+:\d+(,[^,\s]+:\d+)*$/, 'a comma-separated list of host:port')
    .optional(),
  KAFKA_CLIENT_ID: z.string().min(1).default('tessera'),
  SCHEMA_REGISTRY_URL: url(['http', 'https']).optional(),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(1).max(50).default(12),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(1).default(5000),
  GRAPHQL_IDE: booleanFromString.optional(),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(8),
  FRESHNESS_CHECK_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(32),
  WORKER_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(25_000),
  READINESS_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(1500),
  KAFKA_TOPIC_PARTITIONS: z.coerce.number().int().min(1).max(1000).default(6),
  KAFKA_TOPIC_REPLICATION_FACTOR: z.coerce.number().int().min(1).max(10).default(1),
  OUTBOX_BATCH_SIZE: z.coerce.number().int().min(1).max(10_000).default(500),
  OUTBOX_POLL_INTERVAL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
  OUTBOX_RETENTION_HOURS: z.coerce.number().int().min(1).default(168),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(168),
  COOKIE_SECURE: booleanFromString.optional(),
  BOOTSTRAP_ADMIN_EMAIL: z.email().optional(),
  BOOTSTRAP_ADMIN_PASSWORD: z.string().min(12, 'at least 12 characters').optional(),
  SECRETS_KEY: z
    .string()
    .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 random bytes, base64-encoded')
    .optional(),
  PORTAL_URL: url(['http', 'https']).default('http://127.0.0.1:3000'),
  OUTBOUND_ALLOWED_HOSTS: z
    .string()
    .regex(/^[^,\s]+(,[^,\s]+)*$/, 'a comma-separated list of host or host:port')
    .optional(),
  SMTP_URL: url(['smtp', 'smtps']).optional(),
  SMTP_FROM: z.email().default('tessera@localhost'),
  NOTIFICATION_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  NOTIFICATION_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(25).default(8),
  NOTIFICATION_RETRY_DELAY_MS: z.coerce.number().int().min(10).max(3_600_000).default(5_000),
  RATE_LIMIT_PER_TOKEN: z.coerce.number().int().min(1).default(600),
  RATE_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).default(300),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  ACCESS_RECONCILE_INTERVAL_MS: z.coerce.number().int().min(1_000).max(86_400_000).default(300_000),
  ACCESS_EXPIRY_INTERVAL_MS: z.coerce.number().int().min(1_000).max(86_400_000).default(300_000),
  ACCESS_EXPIRY_WARNING_DAYS: z.coerce.number().int().min(0).max(90).default(7),
});

export type Environment = z.infer<typeof environmentSchema>;
