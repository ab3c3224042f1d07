import { Client, escapeIdentifier } from 'pg';
import { createEmptyDatabase, dropDatabase } from '../support/databases';
import { serviceEnvironment, uniqueSuffix } from '../support/environment';

export const MALICIOUS_TABLE = 'x"; DROP TABLE y; --';
export const NEWEST_ORDER = new Date('2026-03-04T05:06:07.891Z');

/**
 * A monitored database of the suite's own: tables with every supported column type, a view
 * that sleeps, a table the read-only role may not read, a view that tries to write, and a
 * table named like an injection. The checker logs in as a LOGIN role with SELECT only.
 */
export class MonitoredDatabase {
  readonly role = `freshness_ro_${uniqueSuffix()}`;
  readonly password = `pw-${uniqueSuffix()}`;
  private database: { name: string; url: string } | undefined;
  private admin: Client | undefined;

  get name(): string {
    return this.database!.name;
  }

  /** Host and port of the real Postgres, for a connection of the checker's. */
  get address(): { host: string; port: number } {
    const url = new URL(serviceEnvironment().databaseAdminUrl);
    return { host: url.hostname, port: Number(url.port || 5432) };
  }

  async create(): Promise<void> {
    this.database = await createEmptyDatabase('freshness');
    this.admin = new Client({ connectionString: this.database.url });
    await this.admin.connect();
    await this.admin.query(`
      CREATE SCHEMA sales;
      CREATE TABLE sales.orders (
        id serial PRIMARY KEY,
        updated_at timestamptz,
        created_local timestamp,
        created_on date,
        epoch_ms bigint,
        epoch_s integer,
        label text
      );
      INSERT INTO sales.orders (updated_at, created_local, created_on, epoch_ms, epoch_s, label) VALUES
        ('2026-03-04T05:06:07.891Z', '2026-03-01 10:00:00.5', '2026-02-27', 1772600767891, 1772600767, 'a'),
        ('2026-03-01T00:00:00Z', '2026-03-02 11:12:13.25', '2026-02-28', 1772323200000, 1772323200, 'b'),
        (NULL, NULL, NULL, NULL, NULL, NULL);
      CREATE TABLE sales.secret (updated_at timestamptz);
      CREATE TABLE public.empty_table (updated_at timestamptz);
      CREATE TABLE public.y (id int);
      CREATE TABLE public.${escapeIdentifier(MALICIOUS_TABLE)} (updated_at timestamptz);
      INSERT INTO public.${escapeIdentifier(MALICIOUS_TABLE)} VALUES ('2026-01-02T03:04:05Z');
      CREATE VIEW public.slow_orders AS SELECT o.updated_at FROM sales.orders o, pg_sleep(5);
      CREATE TABLE public.touches (at timestamptz DEFAULT now());
      CREATE FUNCTION public.touch() RETURNS timestamptz LANGUAGE sql VOLATILE SECURITY DEFINER
        AS $$ INSERT INTO public.touches DEFAULT VALUES RETURNING at $$;
      CREATE VIEW public.touching AS SELECT public.touch() AS at;
    `);
    const role = escapeIdentifier(this.role);
    await this.admin.query(`CREATE ROLE ${role} LOGIN PASSWORD '${this.password}'`);
    await this.admin.query(`
      GRANT CONNECT ON DATABASE ${escapeIdentifier(this.database.name)} TO ${role};
      GRANT USAGE ON SCHEMA public, sales TO ${role};
      GRANT SELECT ON sales.orders, public.empty_table, public.y, public.slow_orders, public.touching TO ${role};
      GRANT SELECT ON public.${escapeIdentifier(MALICIOUS_TABLE)} TO ${role};
    `);
  }

  async tableExists(qualifiedName: string): Promise<boolean> {
    const result = await this.admin!.query<{ exists: boolean }>('SELECT to_regclass($1) IS NOT NULL AS exists', [
      qualifiedName,
    ]);
    return result.rows[0]!.exists;
  }

  async countRows(table: string): Promise<number> {
    const result = await this.admin!.query<{ count: string }>(`SELECT count(*) AS count FROM ${table}`);
    return Number(result.rows[0]!.count);
  }

  /** Sessions the read-only role holds open right now (the checker's pool). */
  async sessionsOfRole(): Promise<number> {
    const result = await this.admin!.query<{ count: string }>(
      'SELECT count(*) AS count FROM pg_stat_activity WHERE usename = $1',
      [this.role],
    );
    return Number(result.rows[0]!.count);
  }

  async drop(): Promise<void> {
    await this.admin?.end();
    if (this.database) await dropDatabase(this.database.name);
    const admin = new Client({ connectionString: serviceEnvironment().databaseAdminUrl });
    await admin.connect();
    try {
      await admin.query(`DROP ROLE IF EXISTS ${escapeIdentifier(this.role)}`);
    } finally {
      await admin.end();
    }
  }
}
