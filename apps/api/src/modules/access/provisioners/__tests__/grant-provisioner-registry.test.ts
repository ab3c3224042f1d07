import { describe, expect, it } from 'vitest';
import type {
  GrantProvisioner,
  KafkaAclGrantRecord,
  PostgresPrivilegeGrantRecord,
  ProvisionedPortKind,
} from '../grant-provisioner';
import { GrantProvisionerRegistry } from '../grant-provisioner.registry';
import { ProvisioningError, ProvisioningErrorCode } from '../provisioning.errors';
import { parsePostgresTableGrantSpec } from '../postgres/postgres-grant-records';

/** A provisioner that remembers what it was asked, standing in for a real system. */
function recordingProvisioner<Kind extends ProvisionedPortKind>(portKind: Kind, presentNames: readonly string[]) {
  const calls: { method: string; count: number }[] = [];
  const provisioner = {
    portKind,
    grant: () => Promise.resolve([]),
    revoke: (records: readonly unknown[]) => {
      calls.push({ method: 'revoke', count: records.length });
      return Promise.resolve();
    },
    restore: () => Promise.resolve(),
    inspect: (records: readonly { resourceName?: string; schema?: string }[]) =>
      Promise.resolve(
        records.map((record) => ({
          record,
          present: presentNames.includes(record.resourceName ?? record.schema ?? ''),
        })),
      ),
  } as unknown as GrantProvisioner<Kind>;
  return { provisioner, calls };
}

const kafkaRecord = (resourceName: string): KafkaAclGrantRecord => ({
  portKind: 'KAFKA_TOPIC',
  cluster: 'main',
  resourceType: 'TOPIC',
  resourceName,
  patternType: 'LITERAL',
  principal: 'User:reader',
  host: '*',
  operation: 'READ',
  permission: 'ALLOW',
  shared: false,
});
const postgresRecord = (schema: string): PostgresPrivilegeGrantRecord => ({
  portKind: 'POSTGRES_TABLE',
  database: 'warehouse',
  role: 'reader',
  objectType: 'SCHEMA',
  privilege: 'USAGE',
  schema,
  newlyGranted: true,
});

describe('the grant provisioner registry', () => {
  it('routes each record to its kind and answers inspections in the order given', async () => {
    const kafka = recordingProvisioner('KAFKA_TOPIC', ['orders']);
    const postgres = recordingProvisioner('POSTGRES_TABLE', ['sales']);
    const registry = new GrantProvisionerRegistry([kafka.provisioner, postgres.provisioner]);
    const records = [kafkaRecord('orders'), postgresRecord('ledger'), kafkaRecord('refunds'), postgresRecord('sales')];

    const inspections = await registry.inspect(records);
    await registry.revoke(records);

    expect(inspections.map((inspection) => [inspection.record, inspection.present])).toEqual([
      [records[0], true],
      [records[1], false],
      [records[2], false],
      [records[3], true],
    ]);
    expect(kafka.calls).toEqual([{ method: 'revoke', count: 2 }]);
    expect(postgres.calls).toEqual([{ method: 'revoke', count: 2 }]);
  });

  it('refuses a kind nobody provisions with UNSUPPORTED_PORT_KIND', async () => {
    const registry = new GrantProvisionerRegistry([recordingProvisioner('KAFKA_TOPIC', []).provisioner]);

    const error: unknown = await registry.revoke([postgresRecord('sales')]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProvisioningError);
    expect((error as ProvisioningError).code).toBe(ProvisioningErrorCode.UNSUPPORTED_PORT_KIND);
  });

  it('refuses two provisioners for one kind', () => {
    const twice = () =>
      new GrantProvisionerRegistry([
        recordingProvisioner('KAFKA_TOPIC', []).provisioner,
        recordingProvisioner('KAFKA_TOPIC', []).provisioner,
      ]);
    expect(twice).toThrow(/Two grant provisioners/);
  });
});

describe('Postgres grant specs', () => {
  const spec = {
    portKind: 'POSTGRES_TABLE' as const,
    location: { database: 'warehouse', schema: 'sales', table: 'orders' },
    consumer: { role: 'reader' },
  };

  it('accepts names that need quoting', () => {
    const odd = { ...spec, location: { ...spec.location, table: 'orders"; DROP TABLE x; --' } };
    expect(parsePostgresTableGrantSpec(odd)).toEqual(odd);
  });

  it.each([
    ['the PUBLIC pseudo-role', { ...spec, consumer: { role: 'public' } }],
    ['a predefined role', { ...spec, consumer: { role: 'pg_read_all_data' } }],
    ['a name Postgres would truncate', { ...spec, location: { ...spec.location, table: 'x'.repeat(64) } }],
    ['a NUL in a name', { ...spec, location: { ...spec.location, schema: 'sa\0les' } }],
  ])('refuses %s', (_case, invalid) => {
    expect(() => parsePostgresTableGrantSpec(invalid)).toThrow(ProvisioningError);
  });
});
