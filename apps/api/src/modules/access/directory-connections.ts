import type { ConnectionDirectory, PostgresDatabaseSettings } from '../connections/connection-directory';
import {
  provisioningError,
  ProvisioningErrorCode,
  type GrantProvisionerConnections,
  type PostgresDatabaseConnection,
} from './provisioners';

/** pg's sslmode values for the connection's SSL setting (REQUIRE encrypts without verifying the certificate). */
const SSL_MODE: Record<PostgresDatabaseSettings['ssl'], string | null> = {
  DISABLE: null,
  REQUIRE: 'no-verify',
  VERIFY_FULL: 'verify-full',
};

export function provisioningConnectionString(settings: PostgresDatabaseSettings): string {
  if (settings.provisioning === null) {
    throw provisioningError(
      ProvisioningErrorCode.CONNECTION_NOT_CONFIGURED,
      `The database "${settings.name}" has no provisioning credentials, so grants cannot be managed on it`,
    );
  }
  const url = new URL('postgresql://localhost');
  url.hostname = settings.host;
  url.port = String(settings.port);
  url.pathname = `/${encodeURIComponent(settings.database)}`;
  url.username = encodeURIComponent(settings.provisioning.user);
  url.password = encodeURIComponent(settings.provisioning.password);
  const sslMode = SSL_MODE[settings.ssl];
  if (sslMode) url.searchParams.set('sslmode', sslMode);
  return url.toString();
}

/**
 * The provisioners' connection lookups over the ConnectionDirectory: settings are read (and
 * secrets decrypted) at each use, so a changed admin password applies to the next grant.
 */
export function directoryConnections(directory: ConnectionDirectory): GrantProvisionerConnections {
  return {
    kafkaClusters: async (name) => {
      const cluster = await directory.kafkaCluster(name);
      if (!cluster) return undefined;
      return { brokers: cluster.brokers, ssl: cluster.ssl, ...(cluster.sasl ? { sasl: cluster.sasl } : {}) };
    },
    postgresDatabases: async (name): Promise<PostgresDatabaseConnection | undefined> => {
      const database = await directory.postgresDatabase(name);
      return database ? { connectionString: provisioningConnectionString(database) } : undefined;
    },
  };
}
