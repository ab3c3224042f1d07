import { Client } from 'pg';
import { migrate, readMigrations } from '../../src/infra/prisma/migrator';
import { findMigrationsDirectory } from '../../src/infra/prisma/migrations-directory';
import { openPgConnection } from '../../src/infra/prisma/pg-connection';
import { serviceEnvironment, uniqueSuffix } from './environment';

/** The migrated database every suite clones; built once per test run by global setup. */
export const TEMPLATE_DATABASE = 'tessera_test_template';

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdmin<T>(run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serviceEnvironment().databaseAdminUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function createEmptyDatabase(prefix = 'test'): Promise<{ name: string; url: string }> {
  const name = `${prefix}_${uniqueSuffix()}`;
  await withAdmin((client) => client.query(`CREATE DATABASE "${name}"`));
  return { name, url: databaseUrl(serviceEnvironment().databaseAdminUrl, name) };
}

/** A fresh, fully migrated database of the suite's own, cloned from the template. */
export async function createTestDatabase(prefix = 'test'): Promise<{ name: string; url: string }> {
  const name = `${prefix}_${uniqueSuffix()}`;
  await withAdmin((client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DATABASE}"`));
  return { name, url: databaseUrl(serviceEnvironment().databaseAdminUrl, name) };
}

export async function dropDatabase(name: string): Promise<void> {
  await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/** Rebuilds the template from the migrations; called once before any suite runs. */
export async function rebuildTemplateDatabase(): Promise<void> {
  await dropDatabase(TEMPLATE_DATABASE);
  await withAdmin((client) => client.query(`CREATE DATABASE "${TEMPLATE_DATABASE}"`));
  const connection = await openPgConnection(databaseUrl(serviceEnvironment().databaseAdminUrl, TEMPLATE_DATABASE));
  try {
    await migrate(connection, await readMigrations(findMigrationsDirectory()));
  } finally {
    await connection.close();
  }
}
