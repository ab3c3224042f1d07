import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../src/infra/prisma/embedded-database';
import { freePort } from '../support/ports';

/**
 * The quick start's embedded database serves several processes (API, worker, portal
 * benchmarks) over several connections, one statement at a time. Their extended-protocol
 * messages (Parse, Bind, Execute, Sync) must not interleave, nor their transactions.
 */
describe('the embedded database under concurrent connections', () => {
  let dataDir: string;
  let embedded: EmbeddedDatabase;
  let pools: pg.Pool[];

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'tessera-pglite-'));
    embedded = await startEmbeddedDatabase({ dataDir, port: await freePort() });
    pools = [1, 2, 3].map(() => new pg.Pool({ connectionString: embedded.url, max: 4 }));
  });

  afterAll(async () => {
    await Promise.all(pools.map((pool) => pool.end()));
    await embedded.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('serves parameterized queries of several connections while transactions run, each whole', async () => {
    await pools[0]!.query('CREATE TABLE counters (id int PRIMARY KEY, value int NOT NULL)');
    await pools[0]!.query('INSERT INTO counters VALUES (1, 0)');
    const increments = Array.from({ length: 30 }, async (_, index) => {
      const client = await pools[index % pools.length]!.connect();
      try {
        await client.query('BEGIN');
        const { rows } = await client.query<{ value: number }>(
          'SELECT value FROM counters WHERE id = $1 FOR UPDATE',
          [1],
        );
        await client.query('UPDATE counters SET value = $1 WHERE id = $2', [rows[0]!.value + 1, 1]);
        await client.query('COMMIT');
      } finally {
        client.release();
      }
    });
    const reads = Array.from({ length: 60 }, (_, index) =>
      pools[(index + 1) % pools.length]!.query('SELECT $1::text AS tag', [`read-${index}`]),
    );
    await Promise.all([...increments, ...reads]);
    const { rows } = await pools[1]!.query<{ value: number }>('SELECT value FROM counters WHERE id = $1', [1]);
    expect(rows[0]!.value).toBe(30);
  });
});
