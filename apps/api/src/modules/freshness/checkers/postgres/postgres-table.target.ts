import { z } from 'zod';
import { epochUnitSchema } from '../timestamp-value';

/**
 * A monitored database as registered by an admin (a Connection with read-only credentials),
 * password decrypted by the caller. `id` keys the connection pool shared by its checks.
 */
export const postgresConnectionSchema = z.object({
  id: z.string().min(1),
  host: z.string().min(1),
  port: z.number().int().min(1).max(65535).default(5432),
  database: z.string().min(1),
  user: z.string().min(1),
  password: z.string(),
  /** DISABLE: plain TCP; REQUIRE: TLS without verifying the server; VERIFY_FULL: TLS, certificate and host checked. */
  ssl: z.enum(['DISABLE', 'REQUIRE', 'VERIFY_FULL']).default('DISABLE'),
});
export type PostgresConnection = z.infer<typeof postgresConnectionSchema>;

/** Any name Postgres accepts; quoting happens at query time. NUL cannot travel in the protocol. */
const identifierSchema = z
  .string()
  .min(1)
  .refine((name) => !name.includes('\0'), 'must not contain NUL')
  .refine((name) => Buffer.byteLength(name) <= 63, 'at most 63 bytes (longer names are truncated by Postgres)');

export const postgresTableTargetSchema = z.object({
  kind: z.literal('POSTGRES_TABLE'),
  connection: postgresConnectionSchema,
  schema: identifierSchema.default('public'),
  table: identifierSchema,
  /** A timestamptz, timestamp, date or integer/numeric epoch column. */
  column: identifierSchema,
  /** For integer and numeric columns only: the epoch's unit. */
  unit: epochUnitSchema.default('MILLISECONDS'),
});
/** A validated target, defaults applied. */
export type PostgresTableTarget = z.infer<typeof postgresTableTargetSchema>;
/** A target as callers may write it. */
export type PostgresTableTargetInput = z.input<typeof postgresTableTargetSchema>;
