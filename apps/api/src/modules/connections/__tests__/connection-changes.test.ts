import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../infra/graphql/domain-error';
import { validateInput } from '../../../infra/graphql/validate-input';
import {
  auditSnapshot,
  changedSecrets,
  registeredKafkaCluster,
  registeredPostgresDatabase,
  registeredSchemaRegistry,
  updatedKafkaCluster,
  updatedPostgresDatabase,
  updatedSchemaRegistry,
} from '../connection-changes';
import { registerKafkaClusterSchema } from '../dto/register-kafka-cluster.input';
import { registerPostgresDatabaseSchema } from '../dto/register-postgres-database.input';
import { registerSchemaRegistrySchema } from '../dto/register-schema-registry.input';
import { updateKafkaClusterSchema } from '../dto/update-kafka-cluster.input';
import { updatePostgresDatabaseSchema } from '../dto/update-postgres-database.input';
import { updateSchemaRegistrySchema } from '../dto/update-schema-registry.input';

const ID = '7d1c4a4e-8a43-4b3e-9a57-6f4c1d2b9e10';

function reasonOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.reason;
    throw error;
  }
  return 'none';
}

const cluster = registeredKafkaCluster(
  validateInput(registerKafkaClusterSchema, {
    name: 'main',
    brokers: ['k:9092'],
    sasl: { mechanism: 'plain', username: 'admin', password: 'admin-secret' },
  }),
  null,
);

describe('Kafka cluster changes', () => {
  it('keeps the SASL password when an update leaves it out', () => {
    const next = updatedKafkaCluster(
      cluster,
      validateInput(updateKafkaClusterSchema, { id: ID, sasl: { mechanism: 'scram-sha-256', username: 'tessera' } }),
      undefined,
    );
    expect(next.settings.sasl).toEqual({ mechanism: 'scram-sha-256', username: 'tessera' });
    expect(next.secrets).toEqual({ saslPassword: 'admin-secret' });
    expect(changedSecrets(cluster, next)).toEqual([]);
  });

  it('replaces the password when one is given, and forgets it with removeSasl', () => {
    const replaced = updatedKafkaCluster(
      cluster,
      validateInput(updateKafkaClusterSchema, {
        id: ID,
        sasl: { mechanism: 'plain', username: 'admin', password: 'new' },
      }),
      undefined,
    );
    expect(changedSecrets(cluster, replaced)).toEqual(['saslPassword']);
    const removed = updatedKafkaCluster(
      cluster,
      validateInput(updateKafkaClusterSchema, { id: ID, removeSasl: true }),
      undefined,
    );
    expect(removed.settings.sasl).toBeNull();
    expect(removed.secrets).toEqual({});
  });

  it('asks for the password when there is none to keep (no SASL before, or unreadable secrets)', () => {
    const plain = registeredKafkaCluster(
      validateInput(registerKafkaClusterSchema, { name: 'p', brokers: ['k:1'] }),
      null,
    );
    const input = validateInput(updateKafkaClusterSchema, { id: ID, sasl: { mechanism: 'plain', username: 'u' } });
    expect(reasonOf(() => updatedKafkaCluster(plain, input, undefined))).toBe('PASSWORD_REQUIRED');
    const unreadable = { ...cluster, secrets: {} };
    expect(
      reasonOf(() =>
        updatedKafkaCluster(unreadable, validateInput(updateKafkaClusterSchema, { id: ID, ssl: true }), undefined),
      ),
    ).toBe('PASSWORD_REQUIRED');
  });

  it('links, keeps or unlinks the registry', () => {
    const input = validateInput(updateKafkaClusterSchema, { id: ID });
    expect(updatedKafkaCluster({ ...cluster, registryId: 'r1' }, input, undefined).registryId).toBe('r1');
    expect(updatedKafkaCluster({ ...cluster, registryId: 'r1' }, input, null).registryId).toBeNull();
    expect(updatedKafkaCluster(cluster, input, 'r2').registryId).toBe('r2');
  });

  it('audits secret names, never their values', () => {
    const snapshot = JSON.stringify(auditSnapshot(cluster));
    expect(snapshot).not.toContain('admin-secret');
    expect(auditSnapshot(cluster).storedSecrets).toEqual(['saslPassword']);
  });
});

describe('schema registry changes', () => {
  const registry = registeredSchemaRegistry(
    validateInput(registerSchemaRegistrySchema, { name: 'r', url: 'https://r', username: 'u', password: 'p' }),
  );

  it('changes the user and keeps the password, or drops basic auth', () => {
    const renamed = updatedSchemaRegistry(
      registry,
      validateInput(updateSchemaRegistrySchema, { id: ID, username: 'v' }),
    );
    expect(renamed).toMatchObject({ settings: { username: 'v' }, secrets: { password: 'p' } });
    const dropped = updatedSchemaRegistry(
      registry,
      validateInput(updateSchemaRegistrySchema, { id: ID, removeBasicAuth: true }),
    );
    expect(dropped).toMatchObject({ settings: { username: null }, secrets: {} });
  });

  it('refuses a password without a user', () => {
    const open = registeredSchemaRegistry(validateInput(registerSchemaRegistrySchema, { name: 'r', url: 'https://r' }));
    expect(
      reasonOf(() => updatedSchemaRegistry(open, validateInput(updateSchemaRegistrySchema, { id: ID, password: 'p' }))),
    ).toBe('PASSWORD_REQUIRED');
  });
});

describe('Postgres database changes', () => {
  const database = registeredPostgresDatabase(
    validateInput(registerPostgresDatabaseSchema, {
      name: 'orders',
      host: 'db',
      database: 'orders',
      readOnlyUser: 'reader',
      readOnlyPassword: 'read-pw',
      provisioningUser: 'owner',
      provisioningPassword: 'owner-pw',
    }),
  );

  it('changes settings and keeps both passwords unless given', () => {
    const next = updatedPostgresDatabase(
      database,
      validateInput(updatePostgresDatabaseSchema, { id: ID, port: 6543, readOnlyUser: 'reader2' }),
    );
    expect(next.settings).toMatchObject({ port: 6543, readOnlyUser: 'reader2', provisioningUser: 'owner' });
    expect(next.secrets).toEqual({ readOnlyPassword: 'read-pw', provisioningPassword: 'owner-pw' });
  });

  it('replaces only the password given and forgets provisioning on request', () => {
    const next = updatedPostgresDatabase(
      database,
      validateInput(updatePostgresDatabaseSchema, { id: ID, readOnlyPassword: 'new' }),
    );
    expect(changedSecrets(database, next)).toEqual(['readOnlyPassword']);
    const removed = updatedPostgresDatabase(
      database,
      validateInput(updatePostgresDatabaseSchema, { id: ID, removeProvisioning: true }),
    );
    expect(removed.settings.provisioningUser).toBeNull();
    expect(removed.secrets).toEqual({ readOnlyPassword: 'read-pw' });
  });

  it('needs the passwords again when the stored ones cannot be read', () => {
    const unreadable = { ...database, secrets: {} };
    expect(
      reasonOf(() => updatedPostgresDatabase(unreadable, validateInput(updatePostgresDatabaseSchema, { id: ID }))),
    ).toBe('PASSWORD_REQUIRED');
    const restored = updatedPostgresDatabase(
      unreadable,
      validateInput(updatePostgresDatabaseSchema, { id: ID, readOnlyPassword: 'a', provisioningPassword: 'b' }),
    );
    expect(restored.secrets).toEqual({ readOnlyPassword: 'a', provisioningPassword: 'b' });
  });
});
