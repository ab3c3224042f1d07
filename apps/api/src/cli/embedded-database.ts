// Serves the quick start's embedded Postgres (PGlite) until interrupted:
//   node dist/cli/embedded-database.js <data-dir> <port>
import { startEmbeddedDatabase } from '../infra/prisma/embedded-database';

async function main(): Promise<void> {
  const [dataDir = '.data/pglite', port = '55433'] = process.argv.slice(2);
  const database = await startEmbeddedDatabase({ dataDir, port: Number(port) });
  process.stdout.write(
    `embedded postgres ready at ${database.url} (${database.migrations.applied.length} migrations applied)\n`,
  );
  const stop = () => {
    void database.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`embedded database failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
