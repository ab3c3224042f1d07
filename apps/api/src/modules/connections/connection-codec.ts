import { Injectable, Logger } from '@nestjs/common';
import { isSecretBoxError, SecretBox } from '../../infra/secrets/secret-box';
import { secretsContext, STORED_FORMS, type ConnectionKind, type StoredFormsByKind } from './connection-settings';
import { connectionsError } from './connections.errors';
import type { ConnectionRow } from './connections.repository';
import type { KafkaCluster, PostgresDatabase, SchemaRegistry } from './models/connection.model';

export type StoredSecrets<Kind extends ConnectionKind> = StoredFormsByKind[Kind]['secrets'];
export type StoredSettings<Kind extends ConnectionKind> = StoredFormsByKind[Kind]['settings'];

/** A row read as its kind's stored form; `secrets` is null when they cannot be decrypted. */
export interface DecodedConnection<Kind extends ConnectionKind = ConnectionKind> {
  readonly row: ConnectionRow & { kind: Kind };
  readonly settings: StoredSettings<Kind>;
  readonly secrets: StoredSecrets<Kind> | null;
}

export type ConnectionModel = KafkaCluster | SchemaRegistry | PostgresDatabase;

/**
 * Turns rows into typed settings and decrypted secrets, and secrets back into the sealed
 * column. The only place connection secrets are sealed or opened.
 */
@Injectable()
export class ConnectionCodec {
  private readonly logger = new Logger('Connections');

  constructor(private readonly box: SecretBox) {}

  decode<Kind extends ConnectionKind>(row: ConnectionRow & { kind: Kind }): DecodedConnection<Kind> {
    const parsed = STORED_FORMS[row.kind].settings.safeParse(row.settings);
    if (!parsed.success)
      throw new Error(`The stored settings of connection ${row.id} do not match its kind ${row.kind}`);
    return { row, settings: parsed.data, secrets: this.openSecrets(row) };
  }

  /** Like decode, but unreadable secrets are an error: for callers about to use them. */
  decodeForUse<Kind extends ConnectionKind>(
    row: ConnectionRow & { kind: Kind },
  ): DecodedConnection<Kind> & { secrets: StoredSecrets<Kind> } {
    const decoded = this.decode(row);
    if (decoded.secrets === null)
      throw connectionsError(
        'SECRETS_UNREADABLE',
        `The stored secrets of connection "${row.name}" cannot be decrypted with the current SECRETS_KEY; enter its passwords again`,
      );
    return decoded as DecodedConnection<Kind> & { secrets: StoredSecrets<Kind> };
  }

  /** The sealed column value; null when there is nothing secret to keep. */
  seal(connectionId: string, secrets: Record<string, string | undefined>): string | null {
    const present = Object.fromEntries(Object.entries(secrets).filter(([, value]) => value !== undefined));
    return Object.keys(present).length === 0 ? null : this.box.seal(present, secretsContext(connectionId));
  }

  /**
   * The audit form of a stored row, for its removal: never throws, so even a row with
   * damaged settings or secrets can be removed. Secret values never appear, only their names.
   */
  auditForm(row: ConnectionRow) {
    const secrets = row.secrets === null ? {} : this.openSecrets(row);
    return {
      kind: row.kind,
      name: row.name,
      description: row.description,
      settings: row.settings,
      registryId: row.registryId,
      storedSecrets: secrets === null ? 'unreadable' : Object.keys(secrets).sort(),
    };
  }

  /** The GraphQL view: settings as stored, secrets only as "is one stored". */
  toModel(row: ConnectionRow): ConnectionModel {
    const base = {
      id: row.id,
      name: row.name,
      description: row.description,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
    switch (row.kind) {
      case 'KAFKA_CLUSTER': {
        const { settings, secrets } = this.decode({ ...row, kind: 'KAFKA_CLUSTER' });
        return {
          ...base,
          kind: 'KAFKA_CLUSTER',
          secretsReadable: secrets !== null,
          brokers: settings.brokers,
          ssl: settings.ssl,
          sasl: settings.sasl ? { ...settings.sasl, hasPassword: secrets?.saslPassword !== undefined } : null,
          registryId: row.registryId,
        };
      }
      case 'SCHEMA_REGISTRY': {
        const { settings, secrets } = this.decode({ ...row, kind: 'SCHEMA_REGISTRY' });
        return {
          ...base,
          kind: 'SCHEMA_REGISTRY',
          secretsReadable: secrets !== null,
          url: settings.url,
          username: settings.username,
          hasPassword: secrets?.password !== undefined,
        };
      }
      case 'POSTGRES_DATABASE': {
        const { settings, secrets } = this.decode({ ...row, kind: 'POSTGRES_DATABASE' });
        return {
          ...base,
          kind: 'POSTGRES_DATABASE',
          secretsReadable: secrets !== null,
          host: settings.host,
          port: settings.port,
          database: settings.database,
          ssl: settings.ssl,
          readOnlyUser: settings.readOnlyUser,
          hasReadOnlyPassword: secrets?.readOnlyPassword !== undefined,
          provisioningUser: settings.provisioningUser,
          hasProvisioningPassword: secrets?.provisioningPassword !== undefined,
        };
      }
    }
  }

  private openSecrets<Kind extends ConnectionKind>(row: ConnectionRow & { kind: Kind }): StoredSecrets<Kind> | null {
    if (row.secrets === null) return {};
    try {
      const parsed = STORED_FORMS[row.kind].secrets.safeParse(this.box.open(row.secrets, secretsContext(row.id)));
      if (parsed.success) return parsed.data;
      this.logger.error(`The secrets of connection ${row.id} decrypt to an unexpected shape`);
    } catch (error) {
      if (!isSecretBoxError(error)) throw error;
      this.logger.error(`The secrets of connection ${row.id} cannot be opened: ${error.code}: ${error.message}`);
    }
    return null;
  }
}
