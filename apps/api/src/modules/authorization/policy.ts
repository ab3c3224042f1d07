import type { ApiTokenScope, ProductStatus } from '@tessera/contracts';
import type { Actor } from '../identity/actor';

/**
 * Every action Tessera authorizes, decided in this one module. Services call
 * `AuthorizationService.assert` first thing in each public method; list queries use the
 * visibility helpers below so hidden rows never leave the database.
 */
export type Action =
  | 'team.create'
  | 'team.update'
  | 'team.manageMembers'
  | 'domain.create'
  | 'domain.update'
  | 'user.create'
  | 'user.list'
  | 'product.create'
  | 'product.update'
  | 'product.publish'
  | 'product.deprecate'
  | 'product.retire'
  | 'product.read'
  | 'product.discover'
  | 'port.readConnection'
  | 'audit.readAll'
  | 'audit.readTeam'
  | 'token.createForSelf'
  | 'token.createForTeam'
  | 'token.manageOwn'
  | 'catalog.read'
  /** Any change to the catalog; checked before the row is loaded, the resource's own action after. */
  | 'catalog.write';

/** What the action is about: the owning team and, for products, the lifecycle status. */
export interface Resource {
  readonly teamId?: string;
  readonly status?: ProductStatus;
}

export type Decision = { allowed: true } | { allowed: false; code: 'UNAUTHENTICATED' | 'FORBIDDEN'; reason: string };

const ALLOW: Decision = { allowed: true };
const deny = (reason: string): Decision => ({ allowed: false, code: 'FORBIDDEN', reason });

/** The scope each action needs from a token (a session has every scope of its user). */
const REQUIRED_SCOPE: Record<Action, ApiTokenScope> = {
  'team.create': 'admin',
  'team.update': 'catalog:write',
  'team.manageMembers': 'catalog:write',
  'domain.create': 'admin',
  'domain.update': 'admin',
  'user.create': 'admin',
  'user.list': 'catalog:read',
  'product.create': 'catalog:write',
  'product.update': 'catalog:write',
  'product.publish': 'catalog:write',
  'product.deprecate': 'catalog:write',
  'product.retire': 'catalog:write',
  'product.read': 'catalog:read',
  'product.discover': 'catalog:read',
  'port.readConnection': 'catalog:read',
  'audit.readAll': 'admin',
  'audit.readTeam': 'catalog:read',
  'token.createForSelf': 'admin',
  'token.createForTeam': 'admin',
  'token.manageOwn': 'admin',
  'catalog.read': 'catalog:read',
  'catalog.write': 'catalog:write',
};

/** admin implies every scope; catalog:write implies catalog:read. */
export function hasScope(actor: Actor, scope: ApiTokenScope): boolean {
  if (actor.scopes === null) return true;
  if (actor.scopes.has('admin') || actor.scopes.has(scope)) return true;
  return scope === 'catalog:read' && actor.scopes.has('catalog:write');
}

/** A platform admin acting with admin rights: a session, or a token with the admin scope. */
export function actsAsAdmin(actor: Actor): boolean {
  return actor.isPlatformAdmin && (actor.scopes === null || actor.scopes.has('admin'));
}

function isMember(actor: Actor, teamId: string | undefined): boolean {
  return teamId !== undefined && actor.teamRoles.has(teamId);
}

function isOwner(actor: Actor, teamId: string | undefined): boolean {
  return teamId !== undefined && actor.teamRoles.get(teamId) === 'OWNER';
}

export function decide(actor: Actor, action: Action, resource: Resource = {}): Decision {
  if (actor.type === 'anonymous')
    return { allowed: false, code: 'UNAUTHENTICATED', reason: 'sign in or send an API token' };
  if (!hasScope(actor, REQUIRED_SCOPE[action])) return deny(`the token lacks the ${REQUIRED_SCOPE[action]} scope`);
  const admin = actsAsAdmin(actor);

  switch (action) {
    case 'team.create':
    case 'domain.create':
    case 'domain.update':
    case 'user.create':
    case 'audit.readAll':
      return admin ? ALLOW : deny('only platform admins may do this');
    case 'team.update':
    case 'team.manageMembers':
    case 'token.createForTeam':
      return admin || isOwner(actor, resource.teamId)
        ? ALLOW
        : deny("only the team's owners or a platform admin may do this");
    case 'product.create':
    case 'product.update':
      return admin || isMember(actor, resource.teamId)
        ? ALLOW
        : deny("only the owning team's members may change its products");
    case 'product.publish':
    case 'product.deprecate':
    case 'product.retire':
      return admin || isOwner(actor, resource.teamId)
        ? ALLOW
        : deny("only the owning team's owners may change a product's lifecycle");
    case 'product.read':
      if (resource.status !== 'DRAFT') return ALLOW;
      return admin || isMember(actor, resource.teamId) ? ALLOW : deny('drafts are visible to their team only');
    case 'port.readConnection':
      return admin || isMember(actor, resource.teamId)
        ? ALLOW
        : deny('connection details are visible to the owning team and approved subscribers');
    case 'audit.readTeam':
      return admin || isMember(actor, resource.teamId) ? ALLOW : deny("only the team's members may read its audit log");
    case 'token.createForSelf':
    case 'token.manageOwn':
      return actor.type === 'user' ? ALLOW : deny('API tokens are managed from a signed-in session');
    case 'user.list':
    case 'product.discover':
    case 'catalog.read':
    case 'catalog.write':
      return ALLOW;
  }
}

/**
 * The filter that keeps hidden products out of every list, count and facet: drafts of other
 * teams. Returned as data so repositories can put it in SQL or in a Prisma `where`.
 */
export interface ProductVisibility {
  /** null: everything is visible (platform admins). */
  readonly draftTeamIds: readonly string[] | null;
}

export function productVisibility(actor: Actor): ProductVisibility {
  return { draftTeamIds: actsAsAdmin(actor) ? null : [...actor.teamRoles.keys()] };
}
