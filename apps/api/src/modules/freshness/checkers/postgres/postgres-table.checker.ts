import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { DatabaseError, escapeIdentifier, Pool, type CustomTypesConfig, type PoolClient, type QueryResult } from 'pg';
import {
  CheckFailure,
  CommonCheckError,
  emptyOutcome,
  errorOutcome,
  okOutcome,
  type CheckOptions,
  type CheckOutcome,
} from '../check-outcome';
import { ConnectionCache } from '../connection-cache';
import { DeadlineExceeded, type Deadline } from '../deadline';
import { describeError, runCheck, type FreshnessChecker } from '../freshness-checker';
import { assertTimeColumn, columnTypeName, columnValueToDate } from './column-time';
import { mapPostgresError } from './postgres-check-errors';
import { postgresTableTargetSchema, type PostgresConnection, type PostgresTableTarget } from './postgres-table.target';

export interface PostgresTableCheckerSettings {
  /** Connections per monitored database; checks beyond it wait for a free one. */
  readonly poolSize: number;
  readonly connectionTimeoutMs: number;
  /** An idle connection is closed after this long. */
  readonly idleConnectionMs: number;
  /** A pool unused for this long is ended. */
  readonly idlePoolMs: number;
}

export const POSTGRES_TABLE_CHECKER_SETTINGS = Symbol('POSTGRES_TABLE_CHECKER_SETTINGS');

export const defaultPostgresTableCheckerSettings: PostgresTableCheckerSettings = {
  poolSize: 2,
  connectionTimeoutMs: 5000,
  idleConnectionMs: 30_000,
  idlePoolMs: 10 * 60_000,
};

// Every value arrives as Postgres printed it; column-time.ts parses by type, in UTC.
const RAW_TEXT: CustomTypesConfig = { getTypeParser: () => (value: string) => value };

const logger = new Logger('FreshnessPostgres');

function isConnectWait(error: unknown): boolean {
  return error instanceof DeadlineExceeded || /timeout exceeded when trying to connect/i.test(describeError(error));
}

async function rollBack(client: PoolClient): Promise<boolean> {
  return client.query('ROLLBACK').then(
    () => true,
    () => false,
  );
}

function sslOptions(mode: PostgresConnection['ssl']) {
  if (mode === 'DISABLE') return false;
  return { rejectUnauthorized: mode === 'VERIFY_FULL' };
}

/**
 * POSTGRES_TABLE: `max(<column>)` of a table on a monitored database, in a READ ONLY
 * transaction whose statement_timeout is sized to what is left of the check's budget.
 * Identifiers are quoted with pg's escapeIdentifier; nothing from the target is ever
 * spliced into SQL unquoted. See docs/freshness-checks.md.
 */
@Injectable()
export class PostgresTableChecker implements FreshnessChecker<PostgresTableTarget> {
  readonly kind = 'POSTGRES_TABLE';
  readonly targetSchema = postgresTableTargetSchema;
  private readonly settings: PostgresTableCheckerSettings;
  private readonly pools: ConnectionCache<PostgresConnection, Pool>;

  constructor(@Optional() @Inject(POSTGRES_TABLE_CHECKER_SETTINGS) settings?: Partial<PostgresTableCheckerSettings>) {
    this.settings = { ...defaultPostgresTableCheckerSettings, ...settings };
    this.pools = new ConnectionCache({
      open: (connection) => this.openPool(connection),
      close: (pool) => pool.end(),
      idleMs: this.settings.idlePoolMs,
    });
  }

  check(target: PostgresTableTarget, options: CheckOptions): Promise<CheckOutcome> {
    let connected = false;
    let poolWasBusy = false;
    return runCheck(
      options,
      (deadline) => {
        const pool = this.pools.acquire(target.connection);
        poolWasBusy = pool.totalCount >= this.settings.poolSize && pool.idleCount === 0;
        return this.withClient(pool, deadline, (client) => {
          connected = true;
          return this.readNewest(client, target, deadline);
        });
      },
      (error) =>
        // Waiting for a pooled connection is this worker's congestion, not the database being down.
        !connected && poolWasBusy && isConnectWait(error)
          ? errorOutcome(
              CommonCheckError.CHECK_TIMEOUT,
              `all ${this.settings.poolSize} connections to ${target.connection.id} stayed busy`,
            )
          : mapPostgresError(error, connected),
    );
  }

  async close(): Promise<void> {
    await this.pools.closeAll();
  }

  private openPool(connection: PostgresConnection): Pool {
    const pool = new Pool({
      host: connection.host,
      port: connection.port,
      database: connection.database,
      user: connection.user,
      password: connection.password,
      ssl: sslOptions(connection.ssl),
      max: this.settings.poolSize,
      connectionTimeoutMillis: this.settings.connectionTimeoutMs,
      idleTimeoutMillis: this.settings.idleConnectionMs,
      application_name: 'tessera-freshness',
      allowExitOnIdle: true,
    });
    // An idle connection dropped by the server must not crash the worker; the next check reconnects.
    pool.on('error', (error) => logger.debug(`idle connection to ${connection.id} failed: ${error.message}`));
    return pool;
  }

  /**
   * Borrows a connection for one check. If the budget runs out, the connection is destroyed
   * rather than returned (the server ends the query at its statement_timeout), so no
   * half-finished transaction is ever handed to the next check.
   */
  private async withClient<T>(pool: Pool, deadline: Deadline, run: (client: PoolClient) => Promise<T>): Promise<T> {
    const connecting = pool.connect();
    let client: PoolClient;
    try {
      client = await deadline.race(connecting);
    } catch (error) {
      connecting.then(
        (late) => late.release(),
        () => undefined,
      );
      throw error;
    }
    let released = false;
    const release = (error?: Error) => {
      if (released) return;
      released = true;
      client.release(error);
    };
    const onAbort = () => release(new Error('freshness check abandoned'));
    deadline.signal.addEventListener('abort', onAbort, { once: true });
    try {
      return await deadline.race(run(client));
    } catch (error) {
      // An error the server reported (missing table, statement timeout) leaves the connection
      // healthy: end the transaction and keep it, so a misconfigured check does not reconnect
      // every run. Anything else (abandoned, lost socket) destroys it.
      const reusable =
        error instanceof CheckFailure ||
        (error instanceof DatabaseError && !/^(08|57P)/.test(error.code ?? '') && !released);
      const clean = reusable && (error instanceof CheckFailure || (await rollBack(client)));
      release(clean ? undefined : error instanceof Error ? error : new Error(String(error)));
      throw error;
    } finally {
      deadline.signal.removeEventListener('abort', onAbort);
      release();
    }
  }

  private async readNewest(client: PoolClient, target: PostgresTableTarget, deadline: Deadline): Promise<CheckOutcome> {
    // Leave the server's timeout room to fire before the check's own budget does.
    const remaining = deadline.remainingMs();
    const statementTimeoutMs = Math.max(1, Math.floor(remaining * 0.9) - 50);
    // Two round trips: settings first, so even servers older than 13 (which time a whole
    // multi-statement string with the value current at its start) apply the timeout.
    await client.query(
      `BEGIN READ ONLY; SET LOCAL statement_timeout = ${statementTimeoutMs}; ` +
        `SET LOCAL TimeZone = 'UTC'; SET LOCAL DateStyle = 'ISO, YMD'`,
    );
    const relation = `${escapeIdentifier(target.schema)}.${escapeIdentifier(target.table)}`;
    const results = (await client.query({
      text: `SELECT max(${escapeIdentifier(target.column)}) AS newest FROM ${relation}; ROLLBACK`,
      types: RAW_TEXT,
    })) as unknown as QueryResult<{ newest: string | null }>[];
    const select = results.find((result) => result.command === 'SELECT')!;
    const typeOid = select.fields[0]!.dataTypeID;
    const newest = select.rows[0]?.newest ?? null;
    const details = {
      relation: `${target.schema}.${target.table}`,
      column: target.column,
      columnType: columnTypeName(typeOid),
    };
    const what = `max(${target.column}) of ${details.relation}`;
    assertTimeColumn(typeOid, what);
    if (newest === null) return emptyOutcome({ ...details, reason: 'max() is null: no rows, or no non-null values' });
    return okOutcome(columnValueToDate(newest, typeOid, target.unit, what), { ...details, value: newest });
  }
}
