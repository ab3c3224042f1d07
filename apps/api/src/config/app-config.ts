import { type z } from 'zod';
import { environmentSchema, type Environment } from './config.schema';

/** Typed configuration, derived once from the environment at boot. */
export interface AppConfig {
  readonly env: Environment['NODE_ENV'];
  readonly logLevel: Environment['LOG_LEVEL'];
  readonly http: {
    readonly host: string;
    readonly port: number;
    /**
     * Proxies (the portal's server, a load balancer) whose X-Forwarded-For is believed: a
     * request from one of them counts as coming from the address it forwards, for the
     * per-address rate limit and the address recorded on a session. Empty: the peer itself.
     */
    readonly trustedProxies: readonly string[];
  };
  readonly database: { readonly url: string; readonly poolSize: number };
  readonly redis: { readonly url: string; readonly queuePrefix: string };
  /** Absent when KAFKA_BROKERS is unset: features that need Kafka report "not configured". */
  readonly kafka: { readonly brokers: readonly string[]; readonly clientId: string } | null;
  /** Absent when SCHEMA_REGISTRY_URL is unset. */
  readonly schemaRegistry: { readonly url: string } | null;
  readonly graphql: { readonly maxDepth: number; readonly maxCost: number; readonly ide: boolean };
  readonly worker: {
    readonly concurrency: number;
    /** Freshness checks are mostly waiting on I/O; 10,000 a minute need more in flight than other jobs. */
    readonly freshnessConcurrency: number;
    readonly shutdownTimeoutMs: number;
  };
  readonly readinessTimeoutMs: number;
  readonly events: {
    readonly topicPartitions: number;
    readonly topicReplicationFactor: number;
    readonly batchSize: number;
    readonly pollIntervalMs: number;
    readonly retentionHours: number;
  };
  readonly auth: {
    readonly sessionTtlHours: number;
    /** Send the session cookie over HTTPS only; on by default in production. */
    readonly cookieSecure: boolean;
    /** Created with this password on first start when no user has the address. */
    readonly bootstrapAdmin: { readonly email: string; readonly password: string } | null;
  };
  /**
   * The key that encrypts secrets at rest (connection passwords, webhook signing secrets).
   * Required in production; elsewhere a fixed development key stands in (see docs/operations.md).
   */
  readonly secretsKey: Buffer;
  /** Where the portal is served, for links in notifications. */
  readonly portalUrl: string;
  readonly notifications: {
    /** Hosts (or host:port) outbound webhooks may reach although they resolve to private addresses. */
    readonly allowedHosts: readonly string[];
    /** Null: email channels cannot deliver (deliveries fail with SMTP_NOT_CONFIGURED). */
    readonly smtp: { readonly url: string; readonly from: string } | null;
    /** Deadline of one delivery attempt (connect, send, answer). */
    readonly timeoutMs: number;
    /** Attempts before a delivery is DEAD. */
    readonly maxAttempts: number;
    /** First retry delay; later ones double, with jitter. */
    readonly retryDelayMs: number;
  };
  readonly access: {
    /** How often grants are checked (and drifted ones restored), and failed ones retried. */
    readonly reconcileIntervalMs: number;
    /** How often subscriptions are checked for expiry. */
    readonly expiryIntervalMs: number;
    /** How many days before its expiry a consumer team is warned. */
    readonly expiryWarningDays: number;
  };
  readonly rateLimits: {
    readonly perToken: number;
    readonly perAddress: number;
    readonly windowSeconds: number;
  };
}

/** Stands in for SECRETS_KEY outside production; never use it for real secrets. */
const DEVELOPMENT_SECRETS_KEY = Buffer.alloc(32, 'tessera-development-only-key');

export class ConfigError extends Error {
  constructor(readonly issues: readonly string[]) {
    super(`Invalid configuration:\n${issues.map((issue) => `  - ${issue}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function describeIssue(issue: z.core.$ZodIssue, source: Record<string, string | undefined>): string {
  const variable = issue.path.join('.');
  if (source[variable] === undefined) return `${variable} is required but not set`;
  return `${variable} is invalid: ${issue.message}`;
}

/** Parses the environment with any part of the schema; throws a ConfigError naming every bad variable. */
export function parseEnvironment<Schema extends z.ZodType>(
  schema: Schema,
  source: Record<string, string | undefined>,
): z.infer<Schema> {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => describeIssue(issue, source)));
  }
  return parsed.data;
}

/** Parses the whole environment into the typed configuration. */
export function loadConfig(source: Record<string, string | undefined>): AppConfig {
  const env = parseEnvironment(environmentSchema, source);
  if (env.NODE_ENV === 'production' && !env.SECRETS_KEY) {
    throw new ConfigError(['SECRETS_KEY is required in production: 32 random bytes, base64-encoded']);
  }
  return {
    env: env.NODE_ENV,
    logLevel: env.LOG_LEVEL,
    http: {
      host: env.API_HOST,
      port: env.API_PORT,
      trustedProxies: env.TRUST_PROXY ? env.TRUST_PROXY.split(',') : [],
    },
    database: { url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE },
    redis: { url: env.REDIS_URL, queuePrefix: env.QUEUE_PREFIX },
    kafka: env.KAFKA_BROKERS ? { brokers: env.KAFKA_BROKERS.split(','), clientId: env.KAFKA_CLIENT_ID } : null,
    schemaRegistry: env.SCHEMA_REGISTRY_URL ? { url: env.SCHEMA_REGISTRY_URL } : null,
    graphql: {
      maxDepth: env.GRAPHQL_MAX_DEPTH,
      maxCost: env.GRAPHQL_MAX_COST,
      ide: env.GRAPHQL_IDE ?? env.NODE_ENV !== 'production',
    },
    worker: {
      concurrency: env.WORKER_CONCURRENCY,
      freshnessConcurrency: env.FRESHNESS_CHECK_CONCURRENCY,
      shutdownTimeoutMs: env.WORKER_SHUTDOWN_TIMEOUT_MS,
    },
    readinessTimeoutMs: env.READINESS_TIMEOUT_MS,
    events: {
      topicPartitions: env.KAFKA_TOPIC_PARTITIONS,
      topicReplicationFactor: env.KAFKA_TOPIC_REPLICATION_FACTOR,
      batchSize: env.OUTBOX_BATCH_SIZE,
      pollIntervalMs: env.OUTBOX_POLL_INTERVAL_MS,
      retentionHours: env.OUTBOX_RETENTION_HOURS,
    },
    auth: {
      sessionTtlHours: env.SESSION_TTL_HOURS,
      cookieSecure: env.COOKIE_SECURE ?? env.NODE_ENV === 'production',
      bootstrapAdmin:
        env.BOOTSTRAP_ADMIN_EMAIL && env.BOOTSTRAP_ADMIN_PASSWORD
          ? { email: env.BOOTSTRAP_ADMIN_EMAIL, password: env.BOOTSTRAP_ADMIN_PASSWORD }
          : null,
    },
    secretsKey: env.SECRETS_KEY ? Buffer.from(env.SECRETS_KEY, 'base64') : DEVELOPMENT_SECRETS_KEY,
    portalUrl: env.PORTAL_URL.replace(/\/$/, ''),
    notifications: {
      allowedHosts: env.OUTBOUND_ALLOWED_HOSTS ? env.OUTBOUND_ALLOWED_HOSTS.split(',') : [],
      smtp: env.SMTP_URL ? { url: env.SMTP_URL, from: env.SMTP_FROM } : null,
      timeoutMs: env.NOTIFICATION_TIMEOUT_MS,
      maxAttempts: env.NOTIFICATION_MAX_ATTEMPTS,
      retryDelayMs: env.NOTIFICATION_RETRY_DELAY_MS,
    },
    access: {
      reconcileIntervalMs: env.ACCESS_RECONCILE_INTERVAL_MS,
      expiryIntervalMs: env.ACCESS_EXPIRY_INTERVAL_MS,
      expiryWarningDays: env.ACCESS_EXPIRY_WARNING_DAYS,
    },
    rateLimits: {
      perToken: env.RATE_LIMIT_PER_TOKEN,
      perAddress: env.RATE_LIMIT_PER_ADDRESS,
      windowSeconds: env.RATE_LIMIT_WINDOW_SECONDS,
    },
  };
}

/**
 * The only place that reads process.env. A bad environment stops the process with one line
 * per variable, before anything connects anywhere.
 */
export function loadConfigOrExit(): AppConfig;
export function loadConfigOrExit<Schema extends z.ZodType>(schema: Schema): z.infer<Schema>;
export function loadConfigOrExit(schema?: z.ZodType): unknown {
  try {
    return schema ? parseEnvironment(schema, process.env) : loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}
