import { isIP } from 'node:net';
import { z } from 'zod';

/**
 * What a connection stores, per kind: `settings` (plain JSON, shown to admins) and `secrets`
 * (sealed by the SecretBox, never shown). Field formats are shared by the mutation inputs,
 * which validate with the same schemas, and the stored forms, which are re-validated on
 * every read so a hand-edited row fails loudly instead of half-working.
 */

export const CONNECTION_KINDS = ['KAFKA_CLUSTER', 'SCHEMA_REGISTRY', 'POSTGRES_DATABASE'] as const;
export type ConnectionKind = (typeof CONNECTION_KINDS)[number];

export const SASL_MECHANISMS = ['plain', 'scram-sha-256', 'scram-sha-512'] as const;
export type SaslMechanism = (typeof SASL_MECHANISMS)[number];

export const POSTGRES_SSL_MODES = ['DISABLE', 'REQUIRE', 'VERIFY_FULL'] as const;
export type PostgresSslMode = (typeof POSTGRES_SSL_MODES)[number];

/** C0 control characters and DEL: never part of a name, and confusing in logs. */
export function hasControlCharacters(text: string): boolean {
  for (const character of text) {
    const code = character.charCodeAt(0);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

const HOSTNAME =
  /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?$/;

/** A DNS name, an IPv4 address, or an IPv6 address (bare or in brackets). */
export const hostSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(253, 'at most 253 characters')
  .refine(
    (host) => HOSTNAME.test(host) || isIP(host) !== 0 || (/^\[.*\]$/.test(host) && isIP(host.slice(1, -1)) === 6),
    'a host name or an IP address',
  );

export const portSchema = z.number().int('a whole number').min(1, 'from 1').max(65_535, 'to 65535');

/** `host:port`, with IPv6 hosts in brackets (`[::1]:9092`). */
export const brokerSchema = z
  .string()
  .trim()
  .superRefine((broker, context) => {
    const match = /^(.+):(\d{1,5})$/.exec(broker);
    const port = match ? Number(match[2]) : NaN;
    const host = match?.[1] ?? '';
    const hostOk = HOSTNAME.test(host) || isIP(host) === 4 || (/^\[.*\]$/.test(host) && isIP(host.slice(1, -1)) === 6);
    if (!match || !hostOk || port < 1 || port > 65_535)
      context.addIssue({ code: 'custom', message: `"${broker}" is not host:port (IPv6 hosts in brackets)` });
  });

/** One to 50 brokers; repeats are dropped, the order kept. */
export const brokersSchema = z
  .array(brokerSchema)
  .min(1, 'at least one broker')
  .max(50, 'at most 50 brokers')
  .transform((brokers) => [...new Set(brokers)]);

export const saslMechanismSchema = z.enum(SASL_MECHANISMS);
export const sslModeSchema = z.enum(POSTGRES_SSL_MODES);

/** A user name for SASL, HTTP basic auth or Postgres; no control characters. */
export const userNameSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(255, 'at most 255 characters')
  .refine((name) => !hasControlCharacters(name), 'must not contain control characters');

/** Passwords are kept exactly as given (no trimming); only their size is bounded. */
export const passwordSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(1_024, 'at most 1024 characters')
  .refine((password) => !password.includes('\0'), 'must not contain NUL');

/**
 * The Confluent-compatible API root of a schema registry: http(s), no credentials in the URL
 * (they would be stored unencrypted; use the basic auth fields), no query or fragment.
 * Stored without a trailing slash.
 */
export const registryUrlSchema = z
  .string()
  .trim()
  .max(2_000, 'at most 2000 characters')
  .superRefine((value, context) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      context.addIssue({ code: 'custom', message: 'not a URL' });
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      context.addIssue({ code: 'custom', message: 'must be an http or https URL' });
    if (url.username !== '' || url.password !== '')
      context.addIssue({ code: 'custom', message: 'must not contain credentials; use username and password' });
    if (url.search !== '' || url.hash !== '')
      context.addIssue({ code: 'custom', message: 'must not have a query or fragment' });
  })
  .transform((value) => value.replace(/\/+$/, ''));

/** A Postgres database name: what Postgres can hold (1 to 63 bytes, no NUL). */
export const databaseNameSchema = z
  .string()
  .min(1, 'must not be empty')
  .refine((name) => Buffer.byteLength(name, 'utf8') <= 63, 'at most 63 bytes')
  .refine((name) => !hasControlCharacters(name), 'must not contain control characters');

export const connectionDescriptionSchema = z.string().max(2_000, 'at most 2,000 characters');

// ---------------------------------------------------------------------------------------
// Stored forms
// ---------------------------------------------------------------------------------------

export const kafkaClusterSettingsSchema = z.object({
  brokers: z.array(z.string()).min(1),
  ssl: z.boolean(),
  sasl: z.object({ mechanism: saslMechanismSchema, username: z.string() }).nullable(),
});
export type StoredKafkaClusterSettings = z.infer<typeof kafkaClusterSettingsSchema>;

export const kafkaClusterSecretsSchema = z.object({ saslPassword: z.string().optional() });
export type StoredKafkaClusterSecrets = z.infer<typeof kafkaClusterSecretsSchema>;

export const schemaRegistrySettingsSchema = z.object({ url: z.string(), username: z.string().nullable() });
export type StoredSchemaRegistrySettings = z.infer<typeof schemaRegistrySettingsSchema>;

export const schemaRegistrySecretsSchema = z.object({ password: z.string().optional() });
export type StoredSchemaRegistrySecrets = z.infer<typeof schemaRegistrySecretsSchema>;

export const postgresDatabaseSettingsSchema = z.object({
  host: z.string(),
  port: z.number().int(),
  database: z.string(),
  ssl: sslModeSchema,
  readOnlyUser: z.string(),
  provisioningUser: z.string().nullable(),
});
export type StoredPostgresDatabaseSettings = z.infer<typeof postgresDatabaseSettingsSchema>;

export const postgresDatabaseSecretsSchema = z.object({
  readOnlyPassword: z.string().optional(),
  provisioningPassword: z.string().optional(),
});
export type StoredPostgresDatabaseSecrets = z.infer<typeof postgresDatabaseSecretsSchema>;

export interface StoredFormsByKind {
  KAFKA_CLUSTER: { settings: StoredKafkaClusterSettings; secrets: StoredKafkaClusterSecrets };
  SCHEMA_REGISTRY: { settings: StoredSchemaRegistrySettings; secrets: StoredSchemaRegistrySecrets };
  POSTGRES_DATABASE: { settings: StoredPostgresDatabaseSettings; secrets: StoredPostgresDatabaseSecrets };
}

export const STORED_FORMS = {
  KAFKA_CLUSTER: { settings: kafkaClusterSettingsSchema, secrets: kafkaClusterSecretsSchema },
  SCHEMA_REGISTRY: { settings: schemaRegistrySettingsSchema, secrets: schemaRegistrySecretsSchema },
  POSTGRES_DATABASE: { settings: postgresDatabaseSettingsSchema, secrets: postgresDatabaseSecretsSchema },
} as const satisfies { [Kind in ConnectionKind]: { settings: z.ZodType; secrets: z.ZodType } };

/** The secrets bind to their row: an envelope copied onto another connection does not open. */
export function secretsContext(connectionId: string): string {
  return `connection:${connectionId}`;
}
