import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, readMigrations } from '../../src/infra/prisma/migrator';
import { findMigrationsDirectory } from '../../src/infra/prisma/migrations-directory';
import { openPgConnection } from '../../src/infra/prisma/pg-connection';
import { createEmptyDatabase, createTestDatabase, dropDatabase } from '../support/databases';
import { actualShape, compareShapes, expectedShape } from '../support/schema-drift';

const schemaPath = join(findMigrationsDirectory(), '..', 'schema.prisma');

async function driftOf(datamodel: string, databaseUrl: string): Promise<string[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return compareShapes(await expectedShape(datamodel), await actualShape(client));
  } finally {
    await client.end();
  }
}

describe('migration drift between schema.prisma and the migrations', () => {
  let migrated: { name: string; url: string };
  let datamodel: string;

  beforeAll(async () => {
    datamodel = await readFile(schemaPath, 'utf8');
    // An empty database migrated from scratch, exactly as the runner does in production.
    migrated = await createEmptyDatabase('drift');
    const connection = await openPgConnection(migrated.url);
    try {
      await migrate(connection, await readMigrations(findMigrationsDirectory()));
    } finally {
      await connection.close();
    }
  });

  afterAll(async () => {
    await dropDatabase(migrated.name);
  });

  it('finds no difference between schema.prisma and a freshly migrated database', async () => {
    expect(await driftOf(datamodel, migrated.url)).toEqual([]);
  });

  it('reports drift when only schema.prisma changes', async () => {
    const changed = datamodel
      .replace(
        'displayName     String           @map("display_name")',
        'displayName     String?          @map("display_name")\n  nickname        String?',
      )
      .replace('  MEMBER\n}', '  MEMBER\n  VIEWER\n}');
    expect(changed).not.toBe(datamodel);
    expect(await driftOf(changed, migrated.url)).toEqual(
      expect.arrayContaining([
        'column users.nickname is in schema.prisma but not in the database',
        'column users.display_name is NOT NULL in the database but optional in schema.prisma',
        'enum TeamRole has values OWNER,MEMBER in the database, OWNER,MEMBER,VIEWER in schema.prisma',
      ]),
    );
  });

  it('reports drift when only the database changes', async () => {
    const altered = await createTestDatabase('drift_altered');
    const client = new Client({ connectionString: altered.url });
    await client.connect();
    try {
      await client.query(`
        ALTER TABLE teams ADD COLUMN archived boolean NOT NULL DEFAULT false;
        ALTER TABLE teams ALTER COLUMN description SET DEFAULT 'none';
        DROP INDEX users_email_key;
        ALTER TABLE team_memberships DROP CONSTRAINT team_memberships_user_id_fkey;
        ALTER TABLE team_memberships ADD CONSTRAINT team_memberships_user_id_fkey FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE RESTRICT;
      `);
      const drift = await driftOf(datamodel, altered.url);
      expect([...drift].sort()).toEqual(
        [
          'column teams.description defaults to none in the database,  in schema.prisma',
          'column teams.archived is in the database but not in schema.prisma',
          'unique (email) on users is in schema.prisma but not in the database',
          'foreign key team_memberships(user_id) -> users(id) ON DELETE CASCADE is in schema.prisma but not in the database',
          'foreign key team_memberships(user_id) -> users(id) ON DELETE RESTRICT is in the database but not in schema.prisma',
        ].sort(),
      );
    } finally {
      await client.end();
      await dropDatabase(altered.name);
    }
  });
});
