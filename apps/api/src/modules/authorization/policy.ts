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
  /** Listing and signing out one's own browser sessions. */
  | 'session.manageOwn'
  | 'product.transferOwnership'
  | 'schema.publish'
  /** Publishing a breaking schema change without a new major contract version. */
  | 'schema.overrideBreaking'
  | 'schema.attachRegistrySubject'
  | 'contract.update'
  | 'connection.manage'
  | 'connection.read'
  | 'principal.manage'
  | 'principal.read'
  | 'objective.manage'
  | 'freshness.report'
  /** A consumer team opting in to the freshness incidents of a port it subscribes to (resource.consumerTeamId). */
  | 'freshness.optIn'
  | 'incident.acknowledge'
  | 'channel.manage'
  | 'channel.read'
  /** Requesting access for a consumer team (resource.teamId: the product's owner, consumerTeamId: the requester). */
  | 'subscription.request'
  | 'subscription.decide'
  | 'subscription.revoke'
  | 'subscription.renew'
  | 'subscription.read'
  | 'catalog.read'
  /** Any change to the catalog; checked before the row is loaded, the resource's own action after. */
  | 'catalog.write';

/** What the action is about: the owning team and, for products, the lifecycle status. */
export interface Resource {
  readonly teamId?: string;
  readonly status?: ProductStatus;
  /** For subscriptions: the consumer team. */
  readonly consumerTeamId?: string;
  /** For connection details: the teams holding an approved subscription to the port. */
  readonly subscriberTeamIds?: readonly string[];
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
  'session.manageOwn': 'admin',
  'product.transferOwnership': 'admin',
  'schema.publish': 'catalog:write',
  'schema.overrideBreaking': 'catalog:write',
  'schema.attachRegistrySubject': 'catalog:write',
  'contract.update': 'catalog:write',
  'connection.manage': 'admin',
  'connection.read': 'admin',
  'principal.manage': 'catalog:write',
  'principal.read': 'catalog:read',
  'objective.manage': 'catalog:write',
  'freshness.report': 'freshness:report',
  'freshness.optIn': 'catalog:write',
  'incident.acknowledge': 'catalog:write',
  'channel.manage': 'catalog:write',
  'channel.read': 'catalog:read',
  'subscription.request': 'catalog:write',
  'subscription.decide': 'catalog:write',
  'subscription.revoke': 'catalog:write',
  'subscription.renew': 'catalog:write',
  'subscription.read': 'catalog:read',
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
    case 'product.transferOwnership':
    case 'connection.manage':
    case 'connection.read':
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
      return admin ||
        isMember(actor, resource.teamId) ||
        (resource.subscriberTeamIds ?? []).some((teamId) => isMember(actor, teamId))
        ? ALLOW
        : deny('connection details are visible to the owning team and approved subscribers');
    case 'schema.publish':
    case 'schema.attachRegistrySubject':
    case 'contract.update':
    case 'objective.manage':
    case 'incident.acknowledge':
    case 'channel.manage':
    case 'channel.read':
      return admin || isMember(actor, resource.teamId) ? ALLOW : deny("only the owning team's members may do this");
    case 'schema.overrideBreaking':
      return admin || isOwner(actor, resource.teamId)
        ? ALLOW
        : deny("only the owning team's owners may override a breaking change");
    case 'freshness.report':
      // Producers report with team tokens (or a member's own token) scoped freshness:report.
      return admin || isMember(actor, resource.teamId)
        ? ALLOW
        : deny("only the owning team may report the port's freshness");
    case 'principal.manage':
      return admin || isOwner(actor, resource.teamId)
        ? ALLOW
        : deny("only the team's owners or a platform admin may set its principals");
    case 'principal.read':
      return admin || isMember(actor, resource.teamId)
        ? ALLOW
        : deny("only the team's members may read its principals");
    case 'subscription.request':
      if (resource.consumerTeamId !== undefined && resource.consumerTeamId === resource.teamId)
        return deny('a team does not request access to its own products');
      return isMember(actor, resource.consumerTeamId)
        ? ALLOW
        : deny("only the consumer team's members may request access for it");
    case 'subscription.decide':
      return admin || isMember(actor, resource.teamId)
        ? ALLOW
        : deny("only the owning team's members may decide access requests");
    case 'subscription.revoke':
    case 'subscription.read':
      return admin || isMember(actor, resource.teamId) || isMember(actor, resource.consumerTeamId)
        ? ALLOW
        : deny('only the owning team and the consumer team may do this');
    case 'subscription.renew':
      return isMember(actor, resource.consumerTeamId)
        ? ALLOW
        : deny("only the consumer team's members may ask to renew");
    case 'freshness.optIn':
      return admin || isMember(actor, resource.consumerTeamId)
        ? ALLOW
        : deny("only the consumer team's members may choose its alerts");
    case 'audit.readTeam':
      return admin || isMember(actor, resource.teamId) ? ALLOW : deny("only the team's members may read its audit log");
    case 'token.createForSelf':
    case 'token.manageOwn':
      return actor.type === 'user' ? ALLOW : deny('API tokens are managed from a signed-in session');
    case 'session.manageOwn':
      return actor.type === 'user' ? ALLOW : deny('browser sessions are managed from a signed-in session');
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
