import { Injectable } from '@nestjs/common';
import type { TransactionClient } from '../audit/audit.service';
import { ConnectionCodec } from './connection-codec';
import {
  ConnectionDirectory,
  type KafkaClusterSettings,
  type PostgresDatabaseSettings,
  type SchemaRegistrySettings,
} from './connection-directory';
import { ConnectionsRepository, type ConnectionRow } from './connections.repository';

/**
 * The ConnectionDirectory over the `connections` table: settings as stored, secrets decrypted
 * now. Nothing is cached, so a changed password is used by the next check or grant. Secrets
 * that cannot be decrypted raise SECRETS_UNREADABLE rather than connecting without them.
 */
@Injectable()
export class StoredConnectionDirectory extends ConnectionDirectory {
  constructor(
    private readonly connections: ConnectionsRepository,
    private readonly codec: ConnectionCodec,
  ) {
    super();
  }

  async kafkaCluster(name: string, tx?: TransactionClient): Promise<KafkaClusterSettings | null> {
    const row = await this.connections.findClusterWithRegistry(name, tx);
    if (!row) return null;
    const { settings, secrets } = this.codec.decodeForUse({ ...row, kind: 'KAFKA_CLUSTER' });
    return {
      id: row.id,
      name: row.name,
      brokers: settings.brokers,
      ssl: settings.ssl,
      ...(settings.sasl
        ? {
            sasl: {
              mechanism: settings.sasl.mechanism,
              username: settings.sasl.username,
              password: secrets.saslPassword ?? '',
            },
          }
        : {}),
      registry: row.registry ? this.registrySettings(row.registry) : null,
    };
  }

  async schemaRegistry(name: string): Promise<SchemaRegistrySettings | null> {
    const row = await this.connections.findByName('SCHEMA_REGISTRY', name);
    return row ? this.registrySettings(row) : null;
  }

  async postgresDatabase(name: string): Promise<PostgresDatabaseSettings | null> {
    const row = await this.connections.findByName('POSTGRES_DATABASE', name);
    if (!row) return null;
    const { settings, secrets } = this.codec.decodeForUse({ ...row, kind: 'POSTGRES_DATABASE' });
    return {
      id: row.id,
      name: row.name,
      host: settings.host,
      port: settings.port,
      database: settings.database,
      ssl: settings.ssl,
      readOnly: { user: settings.readOnlyUser, password: secrets.readOnlyPassword ?? '' },
      provisioning:
        settings.provisioningUser !== null
          ? { user: settings.provisioningUser, password: secrets.provisioningPassword ?? '' }
          : null,
    };
  }

  private registrySettings(row: ConnectionRow): SchemaRegistrySettings {
    const { settings, secrets } = this.codec.decodeForUse({ ...row, kind: 'SCHEMA_REGISTRY' });
    return {
      id: row.id,
      name: row.name,
      url: settings.url,
      ...(settings.username !== null ? { username: settings.username, password: secrets.password ?? '' } : {}),
    };
  }
}
