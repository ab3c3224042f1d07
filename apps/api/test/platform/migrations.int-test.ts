import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checksumOf, migrate, MigrationError, readMigrations, type Migration } from '../../src/infra/prisma/migrator';
import { findMigrationsDirectory } from '../../src/infra/prisma/migrations-directory';
import { openPgConnection } from '../../src/infra/prisma/pg-connection';
import { createEmptyDatabase, dropDatabase } from '../support/databases';

describe('the migration runner', () => {
  let database: { name: string; url: string };
  let migrations: Migration[];

  beforeAll(async () => {
    database = await createEmptyDatabase('migrations');
    migrations = await readMigrations(findMigrationsDirectory());
  });

  afterAll(async () => {
    await dropDatabase(database.name);
  });

  it('applies each migration once and records it as prisma migrate does', async () => {
    const first = await openPgConnection(database.url);
    const second = await openPgConnection(database.url);
    try {
      // Two processes booting at once: the advisory lock lets exactly one apply.
      const reports = await Promise.all([migrate(first, migrations), migrate(second, migrations)]);
      expect(reports.flatMap((report) => report.applied).sort()).toEqual(
        migrations.map((migration) => migration.name).sort(),
      );
      const { rows } = await first.query<{
        migration_name: string;
        checksum: string;
        finished_at: Date | null;
        applied_steps_count: number;
      }>(
        'SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
      );
      expect(rows).toEqual(
        migrations.map((migration) => ({
          migration_name: migration.name,
          checksum: checksumOf(migration.sql),
          finished_at: expect.any(Date) as unknown,
          applied_steps_count: 1,
        })),
      );
    } finally {
      await first.close();
      await second.close();
    }
  });

  it('refuses a migration whose file changed after it was applied', async () => {
    const connection = await openPgConnection(database.url);
    try {
      const edited = migrations.map((migration, index) =>
        index === 0
          ? { ...migration, sql: `${migration.sql}\n-- edited`, checksum: checksumOf(`${migration.sql}\n-- edited`) }
          : migration,
      );
      await expect(migrate(connection, edited)).rejects.toMatchObject({ code: 'MIGRATION_CHECKSUM_MISMATCH' });
    } finally {
      await connection.close();
    }
  });

  it('rolls back a failing migration completely, leaving no record of it', async () => {
    const connection = await openPgConnection(database.url);
    try {
      const broken: Migration = {
        name: '29991231000000_broken',
        sql: 'CREATE TABLE half_done (id int); SELECT * FROM no_such_table;',
        checksum: checksumOf('x'),
      };
      await expect(migrate(connection, [...migrations, broken])).rejects.toBeInstanceOf(MigrationError);
      const client = new Client({ connectionString: database.url });
      await client.connect();
      const tables = await client.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'");
      const recorded = await client.query(
        `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '29991231000000_broken'`,
      );
      await client.end();
      expect(tables.rowCount).toBe(0);
      expect(recorded.rowCount).toBe(0);
    } finally {
      await connection.close();
    }
  });
});
