import type { ApiTokenScope } from '@tessera/contracts';
import type { ApiTokenScope as PrismaScope } from '../../generated/prisma/enums';

/** catalog:read <-> CATALOG_READ: Prisma names enum members, the database stores the scope. */
export function scopeToPrisma(scope: ApiTokenScope): PrismaScope {
  return scope.replace(':', '_').toUpperCase() as PrismaScope;
}

export function scopeFromPrisma(scope: PrismaScope): ApiTokenScope {
  return scope.toLowerCase().replace('_', ':') as ApiTokenScope;
}
