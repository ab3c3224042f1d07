import { slugSchema } from '@tessera/contracts';
import { z } from 'zod';
import type { PostgresPrivilegeGrantRecord, PostgresTableGrantSpec } from '../grant-provisioner';
import { parseOrRefuse } from '../grant-validation';

/**
 * Any name Postgres can hold: quoting makes odd characters safe, so only what Postgres
 * itself cannot take is refused (NUL, and names it would silently truncate to 63 bytes,
 * which could then be another object's name).
 */
const identifierSchema = z
  .string()
  .min(1)
  .refine((name) => !name.includes('\0'), 'must not contain NUL')
  .refine((name) => Buffer.byteLength(name, 'utf8') <= 63, 'at most 63 bytes');

const roleSchema = identifierSchema
  // A role spelled `public` means every role, quoted or not; `none` is reserved.
  .refine((role) => role !== 'public' && role !== 'none', 'is a reserved role name')
  .refine((role) => !role.startsWith('pg_'), 'predefined pg_ roles cannot be granted access');

const grantSpecSchema = z.object({
  portKind: z.literal('POSTGRES_TABLE'),
  location: z.object({ database: slugSchema, schema: identifierSchema, table: identifierSchema }).strict(),
  consumer: z.object({ role: roleSchema }).strict(),
});

const recordBase = {
  portKind: z.literal('POSTGRES_TABLE'),
  database: slugSchema,
  role: roleSchema,
  schema: identifierSchema,
};

const grantRecordSchema = z.discriminatedUnion('objectType', [
  z
    .object({ ...recordBase, objectType: z.literal('TABLE'), privilege: z.literal('SELECT'), table: identifierSchema })
    .strict(),
  z
    .object({
      ...recordBase,
      objectType: z.literal('SCHEMA'),
      privilege: z.literal('USAGE'),
      newlyGranted: z.boolean(),
    })
    .strict(),
]);

export function parsePostgresTableGrantSpec(spec: PostgresTableGrantSpec): PostgresTableGrantSpec {
  return parseOrRefuse(grantSpecSchema, spec, 'Postgres table grant');
}

export function parsePostgresGrantRecords(
  records: readonly PostgresPrivilegeGrantRecord[],
): PostgresPrivilegeGrantRecord[] {
  return records.map((record) => parseOrRefuse(grantRecordSchema, record, 'Postgres grant record'));
}

/** USAGE on the schema (recording whether this grant created it) and SELECT on the table. */
export function postgresRecordsFor(
  spec: PostgresTableGrantSpec,
  usageNewlyGranted: boolean,
): PostgresPrivilegeGrantRecord[] {
  const { database, schema, table } = spec.location;
  const { role } = spec.consumer;
  return [
    {
      portKind: 'POSTGRES_TABLE',
      database,
      role,
      objectType: 'SCHEMA',
      privilege: 'USAGE',
      schema,
      newlyGranted: usageNewlyGranted,
    },
    { portKind: 'POSTGRES_TABLE', database, role, objectType: 'TABLE', privilege: 'SELECT', schema, table },
  ];
}

/** The key under which grant changes for one role and schema are serialised. */
export function roleSchemaKey(record: { readonly role: string; readonly schema: string }): string {
  return JSON.stringify([record.role, record.schema]);
}
