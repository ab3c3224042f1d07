// Applies pending migrations to DATABASE_URL: `npm run migrate -w @tessera/api`.
import { loadConfigOrExit } from '../config/app-config';
import { environmentSchema } from '../config/config.schema';
import { migrate, readMigrations } from '../infra/prisma/migrator';
import { findMigrationsDirectory } from '../infra/prisma/migrations-directory';
import { openPgConnection } from '../infra/prisma/pg-connection';

async function main(): Promise<void> {
  const { DATABASE_URL } = loadConfigOrExit(environmentSchema.pick({ DATABASE_URL: true }));
  const connection = await openPgConnection(DATABASE_URL);
  try {
    const report = await migrate(connection, await readMigrations(findMigrationsDirectory()));
    for (const name of report.applied) process.stdout.write(`applied ${name}\n`);
    process.stdout.write(`${report.applied.length} applied, ${report.alreadyApplied.length} already applied\n`);
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
