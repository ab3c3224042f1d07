import { Client, escapeIdentifier, escapeLiteral } from 'pg';
import { serviceEnvironment } from '../support/environment';

/** Runs statements as the superuser, in `url`'s database. */
export async function asSuperuser<T>(url: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Creates a LOGIN role (roles are cluster-wide: callers give unique names and drop them). */
export async function createLoginRole(name: string, password: string): Promise<void> {
  await asSuperuser(serviceEnvironment().databaseAdminUrl, (client) =>
    client.query(`CREATE ROLE ${escapeIdentifier(name)} LOGIN PASSWORD ${escapeLiteral(password)}`),
  );
}

export async function dropRoles(names: readonly string[]): Promise<void> {
  await asSuperuser(serviceEnvironment().databaseAdminUrl, async (client) => {
    for (const name of names) await client.query(`DROP ROLE IF EXISTS ${escapeIdentifier(name)}`);
  });
}

/** What a query as the consumer got: its rows, or the SQLSTATE it failed with. */
export type SelectOutcome = { readonly rows: Record<string, unknown>[] } | { readonly sqlState: string };

/** Connects to `databaseUrl`'s database as `role` and runs `sql`. */
export async function selectAs(
  databaseUrl: string,
  role: string,
  password: string,
  sql: string,
): Promise<SelectOutcome> {
  const url = new URL(databaseUrl);
  // Client fields rather than a URL, so odd role names need no URL encoding.
  const client = new Client({
    host: url.hostname,
    port: Number(url.port),
    database: url.pathname.slice(1),
    user: role,
    password,
  });
  await client.connect();
  try {
    const result = await client.query<Record<string, unknown>>(sql);
    return { rows: result.rows };
  } catch (error) {
    return { sqlState: String((error as { code?: unknown }).code) };
  } finally {
    await client.end();
  }
}

export function quoted(schema: string, table: string): string {
  return `${escapeIdentifier(schema)}.${escapeIdentifier(table)}`;
}
