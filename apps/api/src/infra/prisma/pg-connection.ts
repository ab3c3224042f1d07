import { Client } from 'pg';
import type { SqlConnection } from './migrator';

/** Opens a single pg connection shaped as a SqlConnection, for migrations and tooling. */
export async function openPgConnection(url: string): Promise<SqlConnection & { close(): Promise<void> }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return {
    exec: (sql) => client.query(sql),
    query: async <Row>(sql: string, params?: unknown[]) => {
      const result = await client.query(sql, params);
      return { rows: result.rows as Row[] };
    },
    close: () => client.end(),
  };
}
