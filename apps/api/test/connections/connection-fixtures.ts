import { Client, escapeIdentifier, escapeLiteral } from 'pg';
import { serviceEnvironment, uniqueSuffix } from '../support/environment';

/** The SASL/PLAIN listener of the local broker (scripts/services.sh), where `admin` is a super user. */
export function saslBrokers(): string[] {
  const brokers = process.env.KAFKA_SASL_BROKERS;
  if (!brokers) throw new Error('KAFKA_SASL_BROKERS is not set: run `eval "$(scripts/services.sh env)"` first');
  return brokers.split(',');
}

export const KAFKA_ADMIN = { username: 'admin', password: 'admin-secret' } as const;

export function registryUrl(): string {
  return serviceEnvironment().schemaRegistryUrl;
}

/** Where the test Postgres listens, as a monitored database would be registered. */
export function postgresServer(): { host: string; port: number } {
  const url = new URL(serviceEnvironment().databaseAdminUrl);
  return { host: url.hostname, port: Number(url.port || 5432) };
}

async function asSuperuser<T>(run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serviceEnvironment().databaseAdminUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A LOGIN role of the test's own (roles are cluster-wide); drop it with `dropRoles`. */
export async function createLoginRole(prefix: string): Promise<{ user: string; password: string }> {
  const user = `${prefix}_${uniqueSuffix()}`;
  const password = `pw-${uniqueSuffix()}-${uniqueSuffix()}`;
  await asSuperuser((client) =>
    client.query(`CREATE ROLE ${escapeIdentifier(user)} LOGIN PASSWORD ${escapeLiteral(password)}`),
  );
  return { user, password };
}

export async function dropRoles(names: readonly string[]): Promise<void> {
  await asSuperuser(async (client) => {
    for (const name of names) await client.query(`DROP ROLE IF EXISTS ${escapeIdentifier(name)}`);
  });
}
