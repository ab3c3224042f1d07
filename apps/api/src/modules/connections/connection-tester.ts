import { Injectable } from '@nestjs/common';
import { Kafka, logLevel, type SASLOptions } from 'kafkajs';
import { Client } from 'pg';
import type {
  KafkaClusterSettings,
  PostgresCredentials,
  PostgresDatabaseSettings,
  SchemaRegistrySettings,
} from './connection-directory';

export interface ConnectionCheckResult {
  readonly step: string;
  readonly ok: boolean;
  readonly message: string;
}

export interface ConnectionTestResult {
  readonly ok: boolean;
  readonly message: string;
  readonly checks: ConnectionCheckResult[];
}

/** How long one step may take; a dead host must not hold an admin's request for long. */
const STEP_TIMEOUT_MS = 8_000;

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  const code = (error as { code?: unknown }).code ?? (cause as { code?: unknown } | undefined)?.code;
  const causeMessage = cause instanceof Error && cause.message !== error.message ? `: ${cause.message}` : '';
  return `${error.message}${causeMessage}${typeof code === 'string' && !error.message.includes(code) ? ` (${code})` : ''}`;
}

/** Secrets never reach a message, even when a driver echoes its input. */
function redact(message: string, secrets: readonly (string | undefined)[]): string {
  return secrets.reduce<string>(
    (text, secret) => (secret && secret.length >= 3 ? text.split(secret).join('***') : text),
    message,
  );
}

async function step(
  name: string,
  secrets: readonly (string | undefined)[],
  run: () => Promise<string>,
): Promise<ConnectionCheckResult> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${STEP_TIMEOUT_MS / 1000} s`)), STEP_TIMEOUT_MS);
  });
  try {
    return { step: name, ok: true, message: redact(await Promise.race([run(), deadline]), secrets) };
  } catch (error) {
    return { step: name, ok: false, message: redact(describe(error), secrets) };
  } finally {
    clearTimeout(timer);
  }
}

function summary(checks: ConnectionCheckResult[]): ConnectionTestResult {
  const failed = checks.find((check) => !check.ok);
  return { ok: failed === undefined, message: failed ? `${failed.step}: ${failed.message}` : 'ok', checks };
}

function kafkaSasl(settings: KafkaClusterSettings): SASLOptions | undefined {
  const { sasl } = settings;
  if (!sasl) return undefined;
  // kafkajs types each mechanism separately; the three share the username/password shape.
  return { mechanism: sasl.mechanism, username: sasl.username, password: sasl.password };
}

/**
 * Tries a connection for real, as the features using it would: Kafka's describeCluster over
 * the configured SASL and TLS, the registry's `GET /subjects`, `select 1` on Postgres as the
 * read-only user (and the provisioning user when set). Reports, never throws.
 */
@Injectable()
export class ConnectionTester {
  async kafkaCluster(settings: KafkaClusterSettings): Promise<ConnectionTestResult> {
    const mechanism = settings.sasl ? ` (SASL ${settings.sasl.mechanism} as ${settings.sasl.username})` : '';
    const check = await step(`describe cluster${mechanism}`, [settings.sasl?.password], async () => {
      const admin = new Kafka({
        clientId: 'tessera-connection-test',
        brokers: [...settings.brokers],
        ssl: settings.ssl,
        sasl: kafkaSasl(settings),
        connectionTimeout: 5_000,
        requestTimeout: 5_000,
        retry: { retries: 0 },
        logLevel: logLevel.NOTHING,
      }).admin();
      try {
        await admin.connect();
        const cluster = await admin.describeCluster();
        return `cluster ${cluster.clusterId}: ${cluster.brokers.length} broker(s), controller ${cluster.controller ?? 'unknown'}`;
      } finally {
        await admin.disconnect().catch(() => undefined);
      }
    });
    return summary([check]);
  }

  async schemaRegistry(settings: SchemaRegistrySettings): Promise<ConnectionTestResult> {
    const check = await step('GET /subjects', [settings.password], async () => {
      const headers: Record<string, string> = { accept: 'application/json' };
      if (settings.username !== undefined)
        headers.authorization = `Basic ${Buffer.from(`${settings.username}:${settings.password ?? ''}`).toString('base64')}`;
      const response = await fetch(`${settings.url}/subjects`, {
        headers,
        redirect: 'manual',
        signal: AbortSignal.timeout(STEP_TIMEOUT_MS - 500),
      });
      if (response.status === 401 || response.status === 403)
        throw new Error(`the registry refused the credentials (HTTP ${response.status})`);
      if (response.status >= 300 && response.status < 400)
        throw new Error(
          `redirected (HTTP ${response.status}) to ${response.headers.get('location') ?? 'elsewhere'}; register the final URL`,
        );
      if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
      const subjects: unknown = await response.json().catch(() => null);
      if (!Array.isArray(subjects)) throw new Error('the answer is not a list of subjects: is this the API root?');
      return `${subjects.length} subject(s)`;
    });
    return summary([check]);
  }

  async postgresDatabase(settings: PostgresDatabaseSettings): Promise<ConnectionTestResult> {
    const checks = [await this.selectOne(settings, 'read-only', settings.readOnly)];
    if (settings.provisioning) checks.push(await this.selectOne(settings, 'provisioning', settings.provisioning));
    return summary(checks);
  }

  private selectOne(
    settings: PostgresDatabaseSettings,
    label: string,
    credentials: PostgresCredentials,
  ): Promise<ConnectionCheckResult> {
    return step(`select 1 as the ${label} user ${credentials.user}`, [credentials.password], async () => {
      const client = new Client({
        host: settings.host,
        port: settings.port,
        database: settings.database,
        user: credentials.user,
        password: credentials.password,
        // pg sets the TLS server name from the host itself (for names, not addresses).
        ssl: settings.ssl === 'DISABLE' ? false : { rejectUnauthorized: settings.ssl === 'VERIFY_FULL' },
        connectionTimeoutMillis: 5_000,
        statement_timeout: 5_000,
        query_timeout: 6_000,
        application_name: 'tessera-connection-test',
      });
      // A failed connection emits 'error' too; without a listener it would crash the process.
      client.on('error', () => undefined);
      try {
        await client.connect();
        const result = await client.query<{ version: string }>('select 1, current_setting($1) as version', [
          'server_version',
        ]);
        return `connected to Postgres ${result.rows[0]?.version ?? ''}`.trim();
      } finally {
        await client.end().catch(() => undefined);
      }
    });
  }
}
