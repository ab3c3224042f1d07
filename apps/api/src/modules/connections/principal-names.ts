import { z } from 'zod';
import type { FieldIssue } from '../../infra/graphql/domain-error';
import { hasControlCharacters, STORED_FORMS, type ConnectionKind } from './connection-settings';
import type { PrincipalKind } from './models/connection-enums';

/**
 * What a team principal may be called. The rules match what the access provisioners accept,
 * so a principal that can be set can also be granted access.
 */
const kafkaPrincipalSchema = z
  .string()
  .max(255, 'at most 255 characters')
  .regex(/^User:\S+$/, 'a Kafka principal such as User:orders-reader')
  // `User:*` is Kafka's wildcard: a grant to it would let every principal read.
  .refine((principal) => principal !== 'User:*', 'the wildcard principal User:* cannot be used');

const postgresRoleSchema = z
  .string()
  .min(1, 'must not be empty')
  // Postgres silently truncates longer names, which could then be another role's name.
  .refine((role) => Buffer.byteLength(role, 'utf8') <= 63, 'at most 63 bytes')
  .refine((role) => !hasControlCharacters(role), 'must not contain control characters')
  // `public` means every role, quoted or not; `none` and the pg_ roles are reserved.
  .refine((role) => !['public', 'none'].includes(role.toLowerCase()), 'is a reserved role name')
  .refine((role) => !role.startsWith('pg_'), 'pg_ roles are reserved');

/** The principal kind a connection kind takes; null for kinds without principals (registries). */
export function principalKindOf(kind: ConnectionKind): PrincipalKind | null {
  if (kind === 'KAFKA_CLUSTER') return 'KAFKA_PRINCIPAL';
  if (kind === 'POSTGRES_DATABASE') return 'POSTGRES_ROLE';
  return null;
}

/** The problems with `name` as a principal of `kind`, with the input path `name`; empty when valid. */
export function principalNameIssues(kind: PrincipalKind, name: string): FieldIssue[] {
  const schema = kind === 'KAFKA_PRINCIPAL' ? kafkaPrincipalSchema : postgresRoleSchema;
  const parsed = schema.safeParse(name);
  return parsed.success ? [] : parsed.error.issues.map((issue) => ({ path: 'name', message: issue.message }));
}

/**
 * The identities Tessera itself uses on a connection (the SASL user; the read-only and
 * provisioning users): never a team's principal, or revoking a team's access would take
 * privileges from the freshness checks or the tables' owner.
 */
export function platformPrincipals(kind: ConnectionKind, settings: unknown): string[] {
  if (kind === 'KAFKA_CLUSTER') {
    const parsed = STORED_FORMS.KAFKA_CLUSTER.settings.safeParse(settings);
    return parsed.success && parsed.data.sasl ? [`User:${parsed.data.sasl.username}`] : [];
  }
  if (kind === 'POSTGRES_DATABASE') {
    const parsed = STORED_FORMS.POSTGRES_DATABASE.settings.safeParse(settings);
    if (!parsed.success) return [];
    const { readOnlyUser, provisioningUser } = parsed.data;
    return provisioningUser === null ? [readOnlyUser] : [readOnlyUser, provisioningUser];
  }
  return [];
}
