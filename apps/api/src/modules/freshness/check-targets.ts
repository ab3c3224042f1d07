import { Injectable } from '@nestjs/common';
import { PORT_KINDS } from '@tessera/contracts';
import { ConnectionDirectory } from '../connections/connection-directory';
import { errorOutcome, type CheckError } from './checkers';
import type { CheckSubject } from './check-state.repository';
import { checkSettingsOf } from './objective.mapper';

/** How long resolved connection settings are reused: 10,000 checks a minute must not decrypt 10,000 times. */
const SETTINGS_TTL_MS = 30_000;

export const TargetError = {
  CONNECTION_NOT_FOUND: 'CONNECTION_NOT_FOUND',
  CONNECTION_UNAVAILABLE: 'CONNECTION_UNAVAILABLE',
  INVALID_LOCATION: 'INVALID_LOCATION',
} as const;

export type TargetResult =
  { readonly ok: true; readonly target: object } | { readonly ok: false; readonly error: CheckError };

/**
 * Builds what a checker checks from an objective, its port's location and the connection it
 * names (secrets decrypted by the ConnectionDirectory). A missing connection is a check
 * ERROR (CONNECTION_NOT_FOUND), shown like any other failing check.
 */
@Injectable()
export class CheckTargets {
  private readonly cache = new Map<string, { expires: number; value: Promise<unknown> }>();

  constructor(private readonly directory: ConnectionDirectory) {}

  async build(subject: CheckSubject): Promise<TargetResult> {
    try {
      return await this.buildUnsafe(subject);
    } catch (error) {
      return fail(TargetError.CONNECTION_UNAVAILABLE, `the connection could not be read: ${describe(error)}`);
    }
  }

  private async buildUnsafe(subject: CheckSubject): Promise<TargetResult> {
    const settings = checkSettingsOf(subject);
    const { port } = subject;
    if (subject.checkKind === 'PUSH') return { ok: true, target: { kind: 'PUSH', portId: port.id } };
    if (subject.checkKind === 'KAFKA_TOPIC') {
      const location = PORT_KINDS.KAFKA_TOPIC.location.safeParse(port.location);
      if (port.kind !== 'KAFKA_TOPIC' || !location.success)
        return fail(TargetError.INVALID_LOCATION, 'not a Kafka topic port');
      const cluster = await this.cached(`kafka:${location.data.cluster}`, () =>
        this.directory.kafkaCluster(location.data.cluster),
      );
      if (!cluster) return fail(TargetError.CONNECTION_NOT_FOUND, `no Kafka cluster named ${location.data.cluster}`);
      const registry = cluster.registry;
      return {
        ok: true,
        target: {
          kind: 'KAFKA_TOPIC',
          cluster: {
            id: cluster.id,
            brokers: [...cluster.brokers],
            ssl: cluster.ssl,
            ...(cluster.sasl ? { sasl: { ...cluster.sasl } } : {}),
          },
          topic: location.data.topic,
          timestamp: settings.timestampField
            ? {
                source: 'VALUE_FIELD',
                path: settings.timestampField,
                unit: settings.unit ?? 'MILLISECONDS',
                ...(registry
                  ? {
                      schemaRegistry: {
                        id: registry.id,
                        url: registry.url,
                        ...(registry.username ? { username: registry.username, password: registry.password } : {}),
                      },
                    }
                  : {}),
              }
            : { source: 'RECORD_TIMESTAMP' },
        },
      };
    }
    const location = PORT_KINDS.POSTGRES_TABLE.location.safeParse(port.location);
    if (port.kind !== 'POSTGRES_TABLE' || !location.success)
      return fail(TargetError.INVALID_LOCATION, 'not a Postgres table port');
    const database = await this.cached(`postgres:${location.data.database}`, () =>
      this.directory.postgresDatabase(location.data.database),
    );
    if (!database)
      return fail(TargetError.CONNECTION_NOT_FOUND, `no monitored database named ${location.data.database}`);
    return {
      ok: true,
      target: {
        kind: 'POSTGRES_TABLE',
        connection: {
          id: database.id,
          host: database.host,
          port: database.port,
          database: database.database,
          user: database.readOnly.user,
          password: database.readOnly.password,
          ssl: database.ssl,
        },
        schema: location.data.schema,
        table: location.data.table,
        column: settings.column ?? '',
        unit: settings.unit ?? 'MILLISECONDS',
      },
    };
  }

  /** Caches the lookup briefly (failures are not cached). */
  private cached<T>(key: string, load: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = this.cache.get(key);
    if (hit && hit.expires > now) return hit.value as Promise<T>;
    const value = load();
    this.cache.set(key, { expires: now + SETTINGS_TTL_MS, value });
    value.catch(() => this.cache.delete(key));
    return value;
  }
}

function fail(code: string, message: string): TargetResult {
  return { ok: false, error: errorOutcome(code, message) };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
