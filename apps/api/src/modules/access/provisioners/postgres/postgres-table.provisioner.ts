import { Client } from 'pg';
import { resolveConnection, type ConnectionLookup } from '../connection-lookup';
import { groupBy } from '../group-by';
import type {
  GrantInspection,
  GrantProvisioner,
  PostgresPrivilegeGrantRecord,
  PostgresTableGrantSpec,
} from '../grant-provisioner';
import { provisioningError, ProvisioningErrorCode } from '../provisioning.errors';
import { classifyPostgresError } from './postgres-errors';
import {
  parsePostgresGrantRecords,
  parsePostgresTableGrantSpec,
  postgresRecordsFor,
  roleSchemaKey,
} from './postgres-grant-records';
import {
  findObjects,
  holdsSelect,
  holdsUsage,
  lockRoleSchema,
  privilegeStatements,
  stillNeedsSchema,
} from './postgres-privileges.sql';

/** How the platform reaches a monitored database as a role allowed to grant on its tables. */
export interface PostgresDatabaseConnection {
  /** The table owner or a superuser; GRANT needs one of them (or a grant option). */
  readonly connectionString: string;
}

export interface PostgresTableProvisionerOptions {
  readonly connectionTimeoutMs?: number;
  readonly statementTimeoutMs?: number;
  readonly lockTimeoutMs?: number;
}

interface ObjectIds {
  readonly roleOid: number | null;
  readonly schemaOid: number | null;
  readonly tableOid: number | null;
}

/**
 * Read access to a table as Postgres privileges: USAGE on its schema and SELECT on it.
 * Each call runs in one transaction on the monitored database, so a failure grants nothing.
 */
export class PostgresTableProvisioner implements GrantProvisioner<'POSTGRES_TABLE'> {
  readonly portKind = 'POSTGRES_TABLE' as const;
  private readonly options: Required<PostgresTableProvisionerOptions>;

  constructor(
    private readonly databases: ConnectionLookup<PostgresDatabaseConnection>,
    options: PostgresTableProvisionerOptions = {},
  ) {
    this.options = {
      connectionTimeoutMs: options.connectionTimeoutMs ?? 5000,
      statementTimeoutMs: options.statementTimeoutMs ?? 15_000,
      lockTimeoutMs: options.lockTimeoutMs ?? 5000,
    };
  }

  async grant(spec: PostgresTableGrantSpec): Promise<PostgresPrivilegeGrantRecord[]> {
    const valid = parsePostgresTableGrantSpec(spec);
    const { database, schema, table } = valid.location;
    const { role } = valid.consumer;
    return this.inTransaction(database, async (client) => {
      await client.query(lockRoleSchema, [role, schema]);
      const ids = await requireObjects(client, database, role, schema, table);
      const usageHeld = await isHeld(client, holdsUsage, ids.schemaOid, ids.roleOid);
      if (!usageHeld) await client.query(privilegeStatements.grantUsage(schema, role));
      await client.query(privilegeStatements.grantSelect(schema, table, role));
      return postgresRecordsFor(valid, !usageHeld);
    });
  }

  async restore(records: readonly PostgresPrivilegeGrantRecord[]): Promise<void> {
    await this.perRoleSchema(records, async (client, database, group) => {
      for (const record of group) {
        const table = record.objectType === 'TABLE' ? record.table : null;
        await requireObjects(client, database, record.role, record.schema, table);
        await client.query(
          record.objectType === 'TABLE'
            ? privilegeStatements.grantSelect(record.schema, record.table, record.role)
            : privilegeStatements.grantUsage(record.schema, record.role),
        );
      }
    });
  }

  /**
   * Revokes SELECT on each recorded table. USAGE is shared by every table the role reads in
   * the schema, so it is revoked only if this grant created it and the role, with its table
   * privileges gone, needs the schema for nothing else; a USAGE that was there before
   * Tessera (granted by a DBA) is never touched.
   */
  async revoke(records: readonly PostgresPrivilegeGrantRecord[]): Promise<void> {
    const stillHeld: string[] = [];
    await this.perRoleSchema(records, async (client, database, group) => {
      const first = group[0];
      if (!first) return;
      const tables = group.filter((record) => record.objectType === 'TABLE');
      for (const record of tables) {
        const ids = await findObjectIds(client, record.role, record.schema, record.table);
        // A role or table that is gone took its privileges with it: nothing left to revoke.
        if (ids.roleOid === null || ids.tableOid === null) continue;
        await client.query(privilegeStatements.revokeSelect(record.schema, record.table, record.role));
        // REVOKE silently keeps a grant made by another grantor: report it, never hide it.
        if (await isHeld(client, holdsSelect, ids.tableOid, ids.roleOid)) {
          stillHeld.push(`SELECT on "${record.schema}"."${record.table}" to role "${record.role}" in "${database}"`);
        }
      }
      const ownedUsage = group.some((record) => record.objectType === 'SCHEMA' && record.newlyGranted);
      if (!ownedUsage) return;
      const ids = await findObjectIds(client, first.role, first.schema, null);
      if (ids.roleOid === null || ids.schemaOid === null) return;
      if (await isHeld(client, stillNeedsSchema, ids.schemaOid, ids.roleOid)) return;
      await client.query(privilegeStatements.revokeUsage(first.schema, first.role));
    });
    // Raised after committing, so everything that could be revoked is revoked.
    if (stillHeld.length > 0) {
      throw provisioningError(
        ProvisioningErrorCode.REVOKE_INCOMPLETE,
        `Still held through a grant made by another role, which must revoke it: ${stillHeld.join('; ')}`,
      );
    }
  }

  async inspect(
    records: readonly PostgresPrivilegeGrantRecord[],
  ): Promise<GrantInspection<PostgresPrivilegeGrantRecord>[]> {
    const valid = parsePostgresGrantRecords(records);
    const present = valid.map(() => false);
    const indexed = valid.map((record, index) => ({ record, index }));
    for (const [database, entries] of groupBy(indexed, (entry) => entry.record.database)) {
      await this.withClient(database, async (client) => {
        for (const { record, index } of entries) {
          present[index] = await isRecordPresent(client, record);
        }
      });
    }
    return records.map((record, index) => ({ record, present: present[index] ?? false }));
  }

  /**
   * Runs `work` once per role and schema, each database in one transaction holding the
   * role-and-schema locks, taken in a fixed order so two calls cannot deadlock.
   */
  private async perRoleSchema(
    records: readonly PostgresPrivilegeGrantRecord[],
    work: (client: Client, database: string, group: PostgresPrivilegeGrantRecord[]) => Promise<void>,
  ): Promise<void> {
    const valid = parsePostgresGrantRecords(records);
    for (const [database, inDatabase] of groupBy(valid, (record) => record.database)) {
      const groups = [...groupBy(inDatabase, roleSchemaKey).entries()].sort(([a], [b]) => (a < b ? -1 : 1));
      await this.inTransaction(database, async (client) => {
        for (const [, group] of groups) {
          const first = group[0];
          if (!first) continue;
          await client.query(lockRoleSchema, [first.role, first.schema]);
          await work(client, database, group);
        }
      });
    }
  }

  private async inTransaction<T>(database: string, work: (client: Client) => Promise<T>): Promise<T> {
    return this.withClient(database, async (client) => {
      await client.query('BEGIN');
      try {
        const result = await work(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
  }

  private async withClient<T>(database: string, work: (client: Client) => Promise<T>): Promise<T> {
    const connection = await resolveConnection(this.databases, database, 'database');
    const client = new Client({
      connectionString: connection.connectionString,
      connectionTimeoutMillis: this.options.connectionTimeoutMs,
      statement_timeout: this.options.statementTimeoutMs,
      lock_timeout: this.options.lockTimeoutMs,
      application_name: 'tessera-provisioner',
    });
    // A dropped connection surfaces as the failing query's error; this keeps it from also
    // being an unhandled 'error' event that would crash the process.
    client.on('error', () => undefined);
    try {
      await client.connect();
      return await work(client);
    } catch (error) {
      throw classifyPostgresError(error, database);
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

/** Whether the role still holds the recorded privilege on the object itself. */
async function isRecordPresent(client: Client, record: PostgresPrivilegeGrantRecord): Promise<boolean> {
  const table = record.objectType === 'TABLE' ? record.table : null;
  const ids = await findObjectIds(client, record.role, record.schema, table);
  const objectOid = record.objectType === 'TABLE' ? ids.tableOid : ids.schemaOid;
  if (ids.roleOid === null || objectOid === null) return false;
  return isHeld(client, record.objectType === 'TABLE' ? holdsSelect : holdsUsage, objectOid, ids.roleOid);
}

async function findObjectIds(client: Client, role: string, schema: string, table: string | null): Promise<ObjectIds> {
  const { rows } = await client.query<{ role_oid: number | null; schema_oid: number | null; table_oid: number | null }>(
    findObjects,
    [role, schema, table],
  );
  const row = rows[0];
  return { roleOid: row?.role_oid ?? null, schemaOid: row?.schema_oid ?? null, tableOid: row?.table_oid ?? null };
}

/** The objects' ids, or the error that names which one is missing. */
async function requireObjects(
  client: Client,
  database: string,
  role: string,
  schema: string,
  table: string | null,
): Promise<{ roleOid: number; schemaOid: number; tableOid: number | null }> {
  const ids = await findObjectIds(client, role, schema, table);
  if (ids.roleOid === null) {
    throw provisioningError(
      ProvisioningErrorCode.ROLE_NOT_FOUND,
      `Role "${role}" does not exist in database "${database}"`,
    );
  }
  if (ids.schemaOid === null) {
    throw provisioningError(
      ProvisioningErrorCode.SCHEMA_NOT_FOUND,
      `Schema "${schema}" does not exist in database "${database}"`,
    );
  }
  if (table !== null && ids.tableOid === null) {
    throw provisioningError(
      ProvisioningErrorCode.TABLE_NOT_FOUND,
      `Table "${schema}"."${table}" does not exist in database "${database}"`,
    );
  }
  return { roleOid: ids.roleOid, schemaOid: ids.schemaOid, tableOid: ids.tableOid };
}

async function isHeld(client: Client, query: string, objectOid: number, roleOid: number): Promise<boolean> {
  const { rows } = await client.query<{ answer: boolean }>(query, [objectOid, roleOid]);
  return rows[0]?.answer === true;
}
