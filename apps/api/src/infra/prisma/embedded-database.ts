import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { migrate, readMigrations, type MigrationReport, type SqlConnection } from './migrator';
import { findMigrationsDirectory } from './migrations-directory';

export interface EmbeddedDatabase {
  /** A postgres:// URL that the API, the worker and Prisma's pg adapter connect to. */
  readonly url: string;
  readonly migrations: MigrationReport;
  stop(): Promise<void>;
}

/** PGlite speaks the same migration interface as a pg connection. */
export function pgliteConnection(db: PGlite): SqlConnection {
  return {
    exec: (sql) => db.exec(sql),
    query: async <Row>(sql: string, params?: unknown[]) => {
      const result = await db.query<Row>(sql, params);
      return { rows: result.rows };
    },
  };
}

/** Extended-query messages that leave the connection's unnamed statement or portal open until its Sync. */
const MID_BATCH_MESSAGES = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map((type) => type.charCodeAt(0)));

/**
 * PGlite is one session; pglite-socket shares it between connections one message at a time,
 * and keeps a connection's turn only while an explicit transaction is open. node-postgres
 * sends a parameterized query as Parse, Bind, Describe, Execute and Sync: another
 * connection's Parse arriving between them replaces the unnamed statement and portal
 * ('portal "" does not exist', or another query's parameters). This view of the database
 * reports a connection as "in a transaction" from its first extended-query message until its
 * Sync, so the socket server's queue keeps serving that connection until the batch is done.
 */
export function batchAwareDatabase(db: PGlite): PGlite {
  let midBatch = false;
  return new Proxy(db, {
    get(target, property) {
      if (property === 'isInTransaction') return () => midBatch || target.isInTransaction();
      if (property === 'execProtocolRawStream') {
        return (message: Uint8Array, options: Parameters<PGlite['execProtocolRawStream']>[1]) => {
          midBatch = MID_BATCH_MESSAGES.has(message[0] ?? 0);
          return target.execProtocolRawStream(message, options);
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * The quick start's default database: Postgres compiled to WebAssembly (PGlite), data in a
 * local folder, served over the Postgres wire protocol so every process connects as it would
 * to a real server. The same migrations run on it; it is for demos, never for production.
 */
export async function startEmbeddedDatabase(options: {
  dataDir: string;
  host?: string;
  port: number;
}): Promise<EmbeddedDatabase> {
  await mkdir(options.dataDir, { recursive: true });
  // The contrib entry point ships only ESM types; a dynamic import loads it from CommonJS.
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const db = await PGlite.create({ dataDir: options.dataDir, extensions: { pg_trgm } });
  const migrations = await migrate(pgliteConnection(db), await readMigrations(findMigrationsDirectory()));
  const host = options.host ?? '127.0.0.1';
  const server = new PGLiteSocketServer({ db: batchAwareDatabase(db), host, port: options.port, maxConnections: 64 });
  await server.start();
  return {
    url: `postgresql://postgres:postgres@${host}:${options.port}/postgres?sslmode=disable`,
    migrations,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
