import { z } from 'zod';

export const TEAM_ROLES = ['OWNER', 'MEMBER'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const API_TOKEN_SCOPES = ['catalog:read', 'catalog:write', 'freshness:report', 'admin'] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];

export const CLASSIFICATIONS = ['PUBLIC', 'INTERNAL', 'CONFIDENTIAL', 'RESTRICTED'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export const ACCESS_MODES = ['OPEN', 'APPROVAL_REQUIRED'] as const;
export type AccessMode = (typeof ACCESS_MODES)[number];

export const PRODUCT_STATUSES = ['DRAFT', 'PUBLISHED', 'DEPRECATED', 'RETIRED'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

/**
 * The product lifecycle. Anything not listed is an illegal transition; staying in the same
 * status is not a transition at all.
 */
export const PRODUCT_TRANSITIONS: Readonly<Record<ProductStatus, readonly ProductStatus[]>> = {
  DRAFT: ['PUBLISHED'],
  PUBLISHED: ['DEPRECATED'],
  DEPRECATED: ['PUBLISHED', 'RETIRED'],
  RETIRED: [],
};

export function isLegalTransition(from: ProductStatus, to: ProductStatus): boolean {
  return PRODUCT_TRANSITIONS[from].includes(to);
}

/** Lowercase letters, digits and dashes; what URLs, topics and CLI arguments can carry. */
export const slugSchema = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{0,62}$/,
    'lowercase letters, digits and dashes, starting with a letter or digit, at most 63',
  );

export const tagSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-_.]{0,39}$/, 'lowercase letters, digits, "-", "_" and ".", at most 40');

const identifier = z
  .string()
  .min(1)
  .max(63)
  .regex(/^[A-Za-z_][A-Za-z0-9_$]*$/, 'a plain SQL identifier: letters, digits and underscores');

/**
 * Output port kinds. Each kind is one entry here: how its location is written and which of
 * its location fields are connection details (shown only to those allowed to read them).
 * A new kind is a new entry; the others do not change.
 */
export const PORT_KINDS = {
  KAFKA_TOPIC: {
    label: 'Kafka topic',
    location: z
      .object({
        cluster: slugSchema.describe('the Kafka cluster connection, by name'),
        topic: z
          .string()
          .min(1)
          .max(249)
          .regex(/^[a-zA-Z0-9._-]+$/, 'letters, digits, ".", "_" and "-"'),
      })
      .strict(),
    connectionFields: ['cluster', 'topic'],
  },
  POSTGRES_TABLE: {
    label: 'Postgres table',
    location: z
      .object({
        database: slugSchema.describe('the monitored database connection, by name'),
        schema: identifier,
        table: identifier,
      })
      .strict(),
    connectionFields: ['database', 'schema', 'table'],
  },
} as const;

export type PortKind = keyof typeof PORT_KINDS;
export const PORT_KIND_NAMES = Object.keys(PORT_KINDS) as PortKind[];
export type PortLocation<Kind extends PortKind = PortKind> = z.infer<(typeof PORT_KINDS)[Kind]['location']>;

export const supportLinkSchema = z
  .object({
    channel: z.string().min(1).max(200).optional(),
    url: z.url(),
    tool: z.string().min(1).max(50).optional(),
    description: z.string().max(500).optional(),
  })
  .loose();
export type SupportLink = z.infer<typeof supportLinkSchema>;
