import type { ApiTokenScope, TeamRole } from '@tessera/contracts';
import { describe, expect, it } from 'vitest';
import { ANONYMOUS, type Actor } from '../identity/actor';
import { decide, productVisibility, type Action, type Resource } from './policy';

const TEAM = 'team-a';
const OTHER = 'team-b';

function user(roles: Record<string, TeamRole> = {}, isPlatformAdmin = false): Actor {
  return {
    type: 'user',
    userId: 'u',
    tokenId: null,
    sessionId: 's',
    isPlatformAdmin,
    teamRoles: new Map(Object.entries(roles)),
    scopes: null,
  };
}

function token(scopes: ApiTokenScope[], roles: Record<string, TeamRole> = {}, isPlatformAdmin = false): Actor {
  return { ...user(roles, isPlatformAdmin), type: 'token', sessionId: null, tokenId: 't', scopes: new Set(scopes) };
}

const admin = user({}, true);
const owner = user({ [TEAM]: 'OWNER' });
const member = user({ [TEAM]: 'MEMBER' });
const outsider = user({ [OTHER]: 'OWNER' });

type Outcome = 'allow' | 'FORBIDDEN' | 'UNAUTHENTICATED';
const cases: [string, Actor, Action, Resource, Outcome][] = [
  ['anonymous reads the catalog', ANONYMOUS, 'catalog.read', {}, 'UNAUTHENTICATED'],
  ['anonymous discovers products', ANONYMOUS, 'product.discover', {}, 'UNAUTHENTICATED'],
  ['admin creates a team', admin, 'team.create', {}, 'allow'],
  ['owner creates a team', owner, 'team.create', {}, 'FORBIDDEN'],
  ['admin creates a domain', admin, 'domain.create', {}, 'allow'],
  ['member creates a domain', member, 'domain.create', {}, 'FORBIDDEN'],
  ['owner updates a domain', owner, 'domain.update', {}, 'FORBIDDEN'],
  ['owner manages own members', owner, 'team.manageMembers', { teamId: TEAM }, 'allow'],
  ['member manages members', member, 'team.manageMembers', { teamId: TEAM }, 'FORBIDDEN'],
  ['outsider manages members', outsider, 'team.manageMembers', { teamId: TEAM }, 'FORBIDDEN'],
  ['member creates a product for own team', member, 'product.create', { teamId: TEAM }, 'allow'],
  ['outsider creates a product for another team', outsider, 'product.create', { teamId: TEAM }, 'FORBIDDEN'],
  ['member updates own product', member, 'product.update', { teamId: TEAM }, 'allow'],
  ['outsider updates another team product', outsider, 'product.update', { teamId: TEAM }, 'FORBIDDEN'],
  ['owner publishes', owner, 'product.publish', { teamId: TEAM }, 'allow'],
  ['member publishes', member, 'product.publish', { teamId: TEAM }, 'FORBIDDEN'],
  ['member deprecates', member, 'product.deprecate', { teamId: TEAM }, 'FORBIDDEN'],
  ['member retires', member, 'product.retire', { teamId: TEAM }, 'FORBIDDEN'],
  ['admin retires any product', admin, 'product.retire', { teamId: TEAM }, 'allow'],
  ['outsider reads a published product', outsider, 'product.read', { teamId: TEAM, status: 'PUBLISHED' }, 'allow'],
  ['outsider reads a draft', outsider, 'product.read', { teamId: TEAM, status: 'DRAFT' }, 'FORBIDDEN'],
  ['member reads own draft', member, 'product.read', { teamId: TEAM, status: 'DRAFT' }, 'allow'],
  ['admin reads any draft', admin, 'product.read', { teamId: TEAM, status: 'DRAFT' }, 'allow'],
  ['outsider reads connection details', outsider, 'port.readConnection', { teamId: TEAM }, 'FORBIDDEN'],
  ['member reads own connection details', member, 'port.readConnection', { teamId: TEAM }, 'allow'],
  ['admin reads connection details', admin, 'port.readConnection', { teamId: TEAM }, 'allow'],
  ['outsider reads a team audit log', outsider, 'audit.readTeam', { teamId: TEAM }, 'FORBIDDEN'],
  ['member reads own team audit log', member, 'audit.readTeam', { teamId: TEAM }, 'allow'],
  ['owner reads the whole audit log', owner, 'audit.readAll', {}, 'FORBIDDEN'],
  [
    'read-only token creates a product',
    token(['catalog:read'], { [TEAM]: 'OWNER' }),
    'product.create',
    { teamId: TEAM },
    'FORBIDDEN',
  ],
  ['write token reads (write implies read)', token(['catalog:write']), 'catalog.read', {}, 'allow'],
  ['freshness token reads the catalog', token(['freshness:report']), 'catalog.read', {}, 'FORBIDDEN'],
  ['admin user with a write token creates a team', token(['catalog:write'], {}, true), 'team.create', {}, 'FORBIDDEN'],
  ['admin user with an admin token creates a team', token(['admin'], {}, true), 'team.create', {}, 'allow'],
  ['non-admin with an admin-scoped token creates a team', token(['admin']), 'team.create', {}, 'FORBIDDEN'],
  ['even an admin token cannot mint tokens', token(['admin'], {}, true), 'token.createForSelf', {}, 'FORBIDDEN'],
  [
    'write token creates team tokens',
    token(['catalog:write'], { [TEAM]: 'OWNER' }),
    'token.createForTeam',
    { teamId: TEAM },
    'FORBIDDEN',
  ],
  ['session owner creates team tokens', owner, 'token.createForTeam', { teamId: TEAM }, 'allow'],
  ['session member creates team tokens', member, 'token.createForTeam', { teamId: TEAM }, 'FORBIDDEN'],
  ['session user manages own tokens', member, 'token.manageOwn', {}, 'allow'],
  ['session user manages own sessions', member, 'session.manageOwn', {}, 'allow'],
  ['even an admin token cannot manage sessions', token(['admin'], {}, true), 'session.manageOwn', {}, 'FORBIDDEN'],
];

describe('the access policy, role x action x resource', () => {
  it.each(cases)('%s', (_name, actor, action, resource, expected) => {
    const decision = decide(actor, action, resource);
    expect(decision.allowed ? 'allow' : decision.code).toBe(expected);
  });

  it('hides drafts of other teams from lists, and nothing from platform admins', () => {
    expect(productVisibility(member)).toEqual({ draftTeamIds: [TEAM] });
    expect(productVisibility(outsider)).toEqual({ draftTeamIds: [OTHER] });
    expect(productVisibility(admin)).toEqual({ draftTeamIds: null });
    expect(productVisibility(token(['catalog:read'], {}, true))).toEqual({ draftTeamIds: [] });
  });
});
