import { API_TOKEN_SCOPES, TEAM_ROLES } from '@tessera/contracts';
import { z } from 'zod';
import type { ApiTokenScope as GraphQLScope } from '@/generated/graphql/graphql';

/** A new token as the form states it; scopes as the contracts name them (catalog:read). */
export const createTokenSchema = z.object({
  name: z.string().trim().min(1, 'Give the token a name, such as "orders CI"').max(100, 'At most 100 characters'),
  scopes: z.array(z.enum(API_TOKEN_SCOPES)).min(1, 'Choose at least one scope'),
  teamRole: z.enum(TEAM_ROLES).optional(),
  expiresInDays: z
    .union([z.literal(''), z.coerce.number().int('Whole days').min(1, 'At least 1 day').max(3650, 'At most 3650 days')])
    .optional()
    .transform((days) => (typeof days === 'number' ? days : null)),
});

/** catalog:read -> CATALOG_READ, the GraphQL enum. */
export function toGraphQLScope(scope: (typeof API_TOKEN_SCOPES)[number]): GraphQLScope {
  return scope.toUpperCase().replace(':', '_') as GraphQLScope;
}

/** CATALOG_READ -> catalog:read, as people read it. */
export function scopeLabel(scope: string): string {
  return scope.toLowerCase().replace('_', ':');
}
