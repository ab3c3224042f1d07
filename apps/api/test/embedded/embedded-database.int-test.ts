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

  it('answers each parameterized query with its own parameters', async () => {
    const queries = Array.from({ length: 600 }, (_, index) => {
      const pool = pools[index % pools.length]!;
      // Different statements and parameter counts, as an API and a worker send them.
      return index % 2 === 0
        ? pool.query<{ n: number }>('SELECT $1::int AS n', [index]).then((result) => result.rows[0]!.n)
        : pool
            .query<{ n: number }>('SELECT $1::int + $2::int - $2::int AS n', [index, 7])
            .then((result) => result.rows[0]!.n);
    });
    const settled = await Promise.allSettled(queries);
    const failures = settled.filter((outcome) => outcome.status === 'rejected');
    expect(failures.map((failure) => String(failure.reason))).toEqual([]);
    expect(settled.map((outcome) => (outcome as PromiseFulfilledResult<number>).value)).toEqual(
      Array.from({ length: 600 }, (_, index) => index),
    );
  });

  it('keeps a transaction to its own connection while others query', async () => {
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
