import { readFile } from 'node:fs/promises';
import { buildSchema, getNamedType, isInputObjectType, type GraphQLInputType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE } from './schema-file';

/**
 * OWASP API3 (broken object property level authorization): a mutation input must not let a
 * caller set what the server decides. Statuses move through their own mutations (publish,
 * approve, revoke...), deciders and timestamps are the server's, and a product changes teams
 * only through the admins' transferProductOwnership.
 */
const SERVER_OWNED = [
  'status',
  'decidedBy',
  'decidedById',
  'decider',
  'deciderId',
  'decidedAt',
  'approvedBy',
  'approvedById',
  'revokedBy',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'deprecatedAt',
  'retiredAt',
  'subscriberCount',
  'ownerTeamId',
  'tokenHash',
  'passwordHash',
  'lastUsedAt',
];

/** Fields that name an owner, allowed only where the policy checks who may set them. */
const OWNER_FIELDS = ['teamId', 'isPlatformAdmin'];
const OWNER_FIELD_ALLOWED: Record<string, string> = {
  // Creating for one of your teams: product.create checks membership of that team.
  'CreateDataProductInput.teamId': 'product.create',
  'CreateDomainInput.teamId': 'domain.create (admins)',
  'UpdateDomainInput.teamId': 'domain.update (admins)',
  'TransferProductOwnershipInput.teamId': 'product.transferOwnership (admins)',
  'CreateUserInput.isPlatformAdmin': 'user.create (admins)',
};

async function mutationInputFields(): Promise<{ mutation: string; field: string }[]> {
  const schema = buildSchema(await readFile(SCHEMA_FILE, 'utf8'));
  const found: { mutation: string; field: string }[] = [];
  for (const [mutation, definition] of Object.entries(schema.getMutationType()?.getFields() ?? {})) {
    const seen = new Set<string>();
    const walk = (type: GraphQLInputType) => {
      const named = getNamedType(type);
      if (!isInputObjectType(named) || seen.has(named.name)) return;
      seen.add(named.name);
      for (const [name, field] of Object.entries(named.getFields())) {
        found.push({ mutation, field: `${named.name}.${name}` });
        walk(field.type);
      }
    };
    for (const argument of definition.args) walk(argument.type);
  }
  return found;
}

describe('mutation inputs (mass assignment)', () => {
  it('carry no server-owned field', async () => {
    const offending = (await mutationInputFields()).filter(({ field }) => SERVER_OWNED.includes(field.split('.')[1]!));
    expect(offending).toEqual([]);
  });

  it('name an owning team only where the policy decides who may', async () => {
    const fields = await mutationInputFields();
    const owners = fields.filter(({ field }) => OWNER_FIELDS.includes(field.split('.')[1]!));
    const updates = owners.filter(({ field }) => /^Update\w+Input\./.test(field));
    expect(updates.map(({ field }) => field).filter((field) => !(field in OWNER_FIELD_ALLOWED))).toEqual([]);
    expect(fields.map(({ field }) => field)).not.toContain('UpdateDataProductInput.teamId');
    expect(fields.map(({ field }) => field)).toContain('TransferProductOwnershipInput.teamId');
  });
});
