import type { API_TOKEN_SCOPES } from '@tessera/contracts';

/**
 * What each scope allows, for the create form. Kept apart from token-form.ts (zod and the
 * contracts package) so the client component that shows them does not ship those.
 */
export const SCOPE_DESCRIPTIONS: Readonly<Record<(typeof API_TOKEN_SCOPES)[number], string>> = {
  'catalog:read': 'Read the catalog',
  'catalog:write': 'Change products and ports (implies read)',
  'freshness:report': 'Report freshness heartbeats',
  admin: 'Everything a platform admin may do',
};
