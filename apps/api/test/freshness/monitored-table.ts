import { Client, escapeIdentifier, escapeLiteral } from 'pg';
import { createEmptyDatabase, dropDatabase } from '../support/databases';
import { serviceEnvironment, uniqueSuffix } from '../support/environment';

/**
 * A monitored database of the suite's own with a `public.orders(updated_at)` table, a view
 * that sleeps (for statement timeouts), and a LOGIN role that may only SELECT.
 */
export class MonitoredTable {
  readonly role = `fresh_ro_${uniqueSuffix()}`;
  readonly password = `pw-${uniqueSuffix()}`;
  private database: { name: string; url: string } | undefined;
  private admin: Client | undefined;

  get name(): string {
    return this.database!.name;
  }

  get address(): { host: string; port: number } {
    const url = new URL(serviceEnvironment().databaseAdminUrl);
    return { host: url.hostname, port: Number(url.port || 5432) };
  }

  async create(): Promise<void> {
    this.database = await createEmptyDatabase('fresh_monitored');
    this.admin = new Client({ connectionString: this.database.url });
    await this.admin.connect();
    await this.admin.query(`
      CREATE TABLE public.orders (id serial PRIMARY KEY, updated_at timestamptz NOT NULL DEFAULT now());
      CREATE INDEX ON public.orders (updated_at);
      CREATE VIEW public.slow_orders AS SELECT o.updated_at FROM public.orders o, pg_sleep(30);
    `);
    const role = escapeIdentifier(this.role);
    await this.admin.query(`CREATE ROLE ${role} LOGIN PASSWORD ${escapeLiteral(this.password)}`);
    await this.admin.query(`
      GRANT CONNECT ON DATABASE ${escapeIdentifier(this.database.name)} TO ${role};
      GRANT USAGE ON SCHEMA public TO ${role};
      GRANT SELECT ON public.orders, public.slow_orders TO ${role};
    `);
  }

  async insert(): Promise<void> {
    await this.admin!.query('INSERT INTO public.orders DEFAULT VALUES');
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
