import { registerEnumType } from '@nestjs/graphql';
import {
  ACCESS_MODES,
  API_TOKEN_SCOPES,
  CLASSIFICATIONS,
  PORT_KIND_NAMES,
  PRODUCT_STATUSES,
  TEAM_ROLES,
} from '@tessera/contracts';

/** GraphQL enums for the catalog, from the same lists the contracts package validates with. */
function enumOf<const Values extends readonly string[]>(values: Values): { [Key in Values[number]]: Key } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [Key in Values[number]]: Key };
}

export const TeamRoleEnum = enumOf(TEAM_ROLES);
export const ClassificationEnum = enumOf(CLASSIFICATIONS);
export const AccessModeEnum = enumOf(ACCESS_MODES);
export const ProductStatusEnum = enumOf(PRODUCT_STATUSES);
export const PortKindEnum = enumOf(PORT_KIND_NAMES);
/** GraphQL enum names cannot contain ':'; CATALOG_READ stands for catalog:read and so on. */
export const ApiTokenScopeEnum = Object.fromEntries(
  API_TOKEN_SCOPES.map((scope) => [scope.replace(':', '_').toUpperCase(), scope]),
) as Record<string, string>;

registerEnumType(TeamRoleEnum, {
  name: 'TeamRole',
  description: "A member's role in a team: OWNER decides, MEMBER contributes.",
});
registerEnumType(ClassificationEnum, { name: 'Classification', description: 'How sensitive the data is.' });
registerEnumType(AccessModeEnum, {
  name: 'AccessMode',
  description: 'OPEN: access is granted at once (PUBLIC and INTERNAL data); APPROVAL_REQUIRED: the owners decide.',
});
registerEnumType(ProductStatusEnum, {
  name: 'ProductStatus',
  description: 'Lifecycle: DRAFT -> PUBLISHED -> DEPRECATED -> RETIRED (DEPRECATED may return to PUBLISHED).',
});
registerEnumType(PortKindEnum, { name: 'PortKind', description: 'How an output port is read.' });
registerEnumType(ApiTokenScopeEnum, {
  name: 'ApiTokenScope',
  description: 'What an API token may do: CATALOG_READ, CATALOG_WRITE, FRESHNESS_REPORT, ADMIN.',
});
