import { provisioningError, ProvisioningErrorCode, isProvisioningError } from './provisioning.errors';

/**
 * Finds the administrative connection settings for a connection named in a port location
 * (a Kafka cluster, a monitored database). Connections are platform infrastructure that
 * admins register; the provisioners only ever see them through this function, so secrets
 * are decrypted at the moment of use and never stored in grant records.
 */
export type ConnectionLookup<Settings> = (name: string) => Promise<Settings | undefined>;

/** A lookup over a fixed set of connections: configuration at boot, or tests. */
export function fixedConnections<Settings>(byName: Readonly<Record<string, Settings>>): ConnectionLookup<Settings> {
  const connections = new Map(Object.entries(byName));
  return (name) => Promise.resolve(connections.get(name));
}

/** The settings for `name`, or CONNECTION_NOT_CONFIGURED. */
export async function resolveConnection<Settings>(
  lookup: ConnectionLookup<Settings>,
  name: string,
  description: string,
): Promise<Settings> {
  let settings: Settings | undefined;
  try {
    settings = await lookup(name);
  } catch (error) {
    if (isProvisioningError(error)) throw error;
    throw provisioningError(
      ProvisioningErrorCode.PROVISIONING_FAILED,
      `The settings of ${description} "${name}" could not be read`,
      error,
    );
  }
  if (settings === undefined) {
    throw provisioningError(
      ProvisioningErrorCode.CONNECTION_NOT_CONFIGURED,
      `No ${description} named "${name}" is configured`,
    );
  }
  return settings;
}
