import type { StoredSecrets, StoredSettings } from './connection-codec';
import type { ConnectionKind } from './connection-settings';
import { connectionsError } from './connections.errors';
import type { RegisterKafkaClusterCommand } from './dto/register-kafka-cluster.input';
import type { RegisterPostgresDatabaseCommand } from './dto/register-postgres-database.input';
import type { RegisterSchemaRegistryCommand } from './dto/register-schema-registry.input';
import type { UpdateKafkaClusterCommand } from './dto/update-kafka-cluster.input';
import type { UpdatePostgresDatabaseCommand } from './dto/update-postgres-database.input';
import type { UpdateSchemaRegistryCommand } from './dto/update-schema-registry.input';

/**
 * What a connection will hold after a register or update, worked out before anything is
 * written. Updates are partial: a password is replaced only when a new one is given, and a
 * user without a password to go with it is refused (PASSWORD_REQUIRED).
 */
export interface ConnectionDraft<Kind extends ConnectionKind> {
  readonly name: string;
  readonly description: string;
  readonly settings: StoredSettings<Kind>;
  readonly secrets: StoredSecrets<Kind>;
  readonly registryId: string | null;
}

const passwordRequired = (path: string) =>
  connectionsError('PASSWORD_REQUIRED', undefined, [{ path, message: 'required: no stored password to keep' }]);

export function registeredKafkaCluster(
  input: RegisterKafkaClusterCommand,
  registryId: string | null,
): ConnectionDraft<'KAFKA_CLUSTER'> {
  return {
    name: input.name,
    description: input.description,
    settings: {
      brokers: input.brokers,
      ssl: input.ssl,
      sasl: input.sasl ? { mechanism: input.sasl.mechanism, username: input.sasl.username } : null,
    },
    secrets: input.sasl?.password !== undefined ? { saslPassword: input.sasl.password } : {},
    registryId,
  };
}

/** `registryId`: the resolved registry to link, null to unlink, undefined to keep. */
export function updatedKafkaCluster(
  current: ConnectionDraft<'KAFKA_CLUSTER'>,
  input: UpdateKafkaClusterCommand,
  registryId: string | null | undefined,
): ConnectionDraft<'KAFKA_CLUSTER'> {
  let sasl = current.settings.sasl;
  let saslPassword = current.secrets.saslPassword;
  if (input.removeSasl) {
    sasl = null;
    saslPassword = undefined;
  } else if (input.sasl) {
    sasl = { mechanism: input.sasl.mechanism, username: input.sasl.username };
    saslPassword = input.sasl.password ?? saslPassword;
  }
  // Also when stored secrets could not be read: the password must be given again.
  if (sasl !== null && saslPassword === undefined) throw passwordRequired('sasl.password');
  return {
    name: input.name ?? current.name,
    description: input.description ?? current.description,
    settings: { brokers: input.brokers ?? current.settings.brokers, ssl: input.ssl ?? current.settings.ssl, sasl },
    secrets: saslPassword !== undefined ? { saslPassword } : {},
    registryId: registryId === undefined ? current.registryId : registryId,
  };
}

export function registeredSchemaRegistry(input: RegisterSchemaRegistryCommand): ConnectionDraft<'SCHEMA_REGISTRY'> {
  return {
    name: input.name,
    description: input.description,
    settings: { url: input.url, username: input.username ?? null },
    secrets: input.password !== undefined ? { password: input.password } : {},
    registryId: null,
  };
}

export function updatedSchemaRegistry(
  current: ConnectionDraft<'SCHEMA_REGISTRY'>,
  input: UpdateSchemaRegistryCommand,
): ConnectionDraft<'SCHEMA_REGISTRY'> {
  let username = current.settings.username;
  let password = current.secrets.password;
  if (input.removeBasicAuth) {
    username = null;
    password = undefined;
  } else if (input.username !== undefined || input.password !== undefined) {
    username = input.username ?? username;
    password = input.password ?? password;
    if (username === null)
      throw connectionsError('PASSWORD_REQUIRED', 'Basic auth needs a username as well', [
        { path: 'username', message: 'required with a password' },
      ]);
  }
  if (username !== null && password === undefined) throw passwordRequired('password');
  return {
    name: input.name ?? current.name,
    description: input.description ?? current.description,
    settings: { url: input.url ?? current.settings.url, username },
    secrets: password !== undefined ? { password } : {},
    registryId: null,
  };
}

export function registeredPostgresDatabase(
  input: RegisterPostgresDatabaseCommand,
): ConnectionDraft<'POSTGRES_DATABASE'> {
  return {
    name: input.name,
    description: input.description,
    settings: {
      host: input.host,
      port: input.port,
      database: input.database,
      ssl: input.ssl,
      readOnlyUser: input.readOnlyUser,
      provisioningUser: input.provisioningUser ?? null,
    },
    secrets: {
      readOnlyPassword: input.readOnlyPassword,
      ...(input.provisioningPassword !== undefined ? { provisioningPassword: input.provisioningPassword } : {}),
    },
    registryId: null,
  };
}

export function updatedPostgresDatabase(
  current: ConnectionDraft<'POSTGRES_DATABASE'>,
  input: UpdatePostgresDatabaseCommand,
): ConnectionDraft<'POSTGRES_DATABASE'> {
  const readOnlyPassword = input.readOnlyPassword ?? current.secrets.readOnlyPassword;
  if (readOnlyPassword === undefined) throw passwordRequired('readOnlyPassword');
  let provisioningUser = current.settings.provisioningUser;
  let provisioningPassword = current.secrets.provisioningPassword;
  if (input.removeProvisioning) {
    provisioningUser = null;
    provisioningPassword = undefined;
  } else if (input.provisioningUser !== undefined || input.provisioningPassword !== undefined) {
    provisioningUser = input.provisioningUser ?? provisioningUser;
    provisioningPassword = input.provisioningPassword ?? provisioningPassword;
    if (provisioningUser === null)
      throw connectionsError('PASSWORD_REQUIRED', 'A provisioning password needs a provisioning user', [
        { path: 'provisioningUser', message: 'required with provisioningPassword' },
      ]);
  }
  // Also when stored secrets could not be read: the password must be given again.
  if (provisioningUser !== null && provisioningPassword === undefined) throw passwordRequired('provisioningPassword');
  return {
    name: input.name ?? current.name,
    description: input.description ?? current.description,
    settings: {
      host: input.host ?? current.settings.host,
      port: input.port ?? current.settings.port,
      database: input.database ?? current.settings.database,
      ssl: input.ssl ?? current.settings.ssl,
      readOnlyUser: input.readOnlyUser ?? current.settings.readOnlyUser,
      provisioningUser,
    },
    secrets: { readOnlyPassword, ...(provisioningPassword !== undefined ? { provisioningPassword } : {}) },
    registryId: null,
  };
}

/** The audit form of a draft: everything but secret values, which appear by name only. */
export function auditSnapshot(draft: ConnectionDraft<ConnectionKind>) {
  return {
    name: draft.name,
    description: draft.description,
    settings: draft.settings,
    registryId: draft.registryId,
    storedSecrets: Object.keys(draft.secrets).sort(),
  };
}

/** The names of secrets added, replaced or removed between two drafts. */
export function changedSecrets(
  before: ConnectionDraft<ConnectionKind>,
  after: ConnectionDraft<ConnectionKind>,
): string[] {
  const previous = before.secrets as Record<string, string | undefined>;
  const next = after.secrets as Record<string, string | undefined>;
  const names = new Set([...Object.keys(previous), ...Object.keys(next)]);
  return [...names].filter((name) => previous[name] !== next[name]).sort();
}
