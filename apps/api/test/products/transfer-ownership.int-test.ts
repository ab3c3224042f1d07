import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, errorOf, ProductWorld } from './product-world';

const TRANSFER = `mutation($input: TransferProductOwnershipInput!) {
  transferProductOwnership(input: $input) { previousTeamId dataProduct { id status team { id } } }
}`;
const UPDATE = 'mutation($input: UpdateDataProductInput!) { updateDataProduct(input: $input) { dataProduct { id } } }';
const CONNECTION = 'query($id: ID) { dataProduct(id: $id) { outputPorts { connectionDetails { kind } } } }';

interface Transferred {
  transferProductOwnership: {
    previousTeamId: string;
    dataProduct: { id: string; status: string; team: { id: string } };
  };
}

describe('transferring a product to another team', () => {
  let world: ProductWorld;

  beforeAll(async () => {
    world = await ProductWorld.start('products_transfer');
  });

  afterAll(async () => {
    await world.close();
  });

  it('lets a platform admin move a product, audited with the reason, in one transaction with its event', async () => {
    const product = await world.product(world.teamA.id, { status: 'DRAFT' });
    await world.factories.outputPort(product.id);
    const response = await world.as(world.admin)<Transferred>(TRANSFER, {
      input: { productId: product.id, teamId: world.teamB.id, reason: 'team A was split up' },
    });
    expect(dataOf(response).transferProductOwnership).toEqual({
      previousTeamId: world.teamA.id,
      dataProduct: { id: product.id, status: 'DRAFT', team: { id: world.teamB.id } },
    });
    const audit = await world.factories.prisma.auditEvent.findMany({
      where: { entityId: product.id, action: 'data_product.transfer_ownership' },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      teamId: world.teamB.id,
      before: { teamId: world.teamA.id },
      after: { teamId: world.teamB.id, reason: 'team A was split up' },
    });
    const events = await world.factories.prisma.outboxEvent.findMany({
      where: { aggregateId: product.id, eventType: 'data_product.updated' },
    });
    expect(events.map((event) => (event.payload as { teamId: string }).teamId)).toEqual([world.teamB.id]);
  });

  it('hands the draft, its connection details and its changes to the new team only', async () => {
    const product = await world.product(world.teamA.id, { status: 'DRAFT' });
    await world.factories.outputPort(product.id);
    dataOf(
      await world.as(world.admin)(TRANSFER, {
        input: { productId: product.id, teamId: world.teamB.id, reason: 'reorganisation' },
      }),
    );
    expect(errorOf(await world.as(world.ownerA)(CONNECTION, { id: product.id })).code).toBe('NOT_FOUND');
    const details = dataOf(
      await world.as(world.ownerB)<{ dataProduct: { outputPorts: { connectionDetails: unknown }[] } }>(CONNECTION, {
        id: product.id,
      }),
    );
    expect(details.dataProduct.outputPorts[0]?.connectionDetails).toEqual({ kind: 'KAFKA_TOPIC' });
    expect(errorOf(await world.as(world.memberA)(UPDATE, { input: { id: product.id, purpose: 'x' } })).code).toBe(
      'NOT_FOUND',
    );
    dataOf(await world.as(world.ownerB)(UPDATE, { input: { id: product.id, purpose: 'ours now' } }));
  });

  it.each([
    ['the owning team’s owner', 'ownerA'],
    ['the receiving team’s owner', 'ownerB'],
  ] as const)('refuses %s with FORBIDDEN and changes nothing', async (_name, caller) => {
    const product = await world.product(world.teamA.id, { status: 'PUBLISHED' });
    const auditBefore = await world.auditCount();
    const response = await world.as(world[caller])(TRANSFER, {
      input: { productId: product.id, teamId: world.teamB.id, reason: 'mine now' },
    });
    expect(errorOf(response).code).toBe('FORBIDDEN');
    const stored = await world.factories.prisma.dataProduct.findUniqueOrThrow({ where: { id: product.id } });
    expect(stored.teamId).toBe(world.teamA.id);
    expect(await world.auditCount()).toBe(auditBefore);
  });

  it('refuses an admin token without the admin scope', async () => {
    const admin = await world.caller(world.admin.userId!, ['catalog:write']);
    const product = await world.product(world.teamA.id, { status: 'PUBLISHED' });
    const response = await world.as(admin)(TRANSFER, {
      input: { productId: product.id, teamId: world.teamB.id, reason: 'x' },
    });
    expect(errorOf(response).code).toBe('FORBIDDEN');
  });

  it.each([
    ['an unknown team', { teamId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', 'TEAM_NOT_FOUND'],
    ['the current owner', {}, 'CONFLICT', 'OWNER_UNCHANGED'],
    ['a blank reason', { reason: '  ' }, 'VALIDATION_FAILED', 'INVALID_INPUT'],
  ])('refuses a transfer to %s with %s', async (_name, fields, code, reason) => {
    const product = await world.product(world.teamA.id, { status: 'PUBLISHED' });
    const input = { productId: product.id, teamId: world.teamA.id, reason: 'x', ...fields };
    const error = errorOf(await world.as(world.admin)(TRANSFER, { input }));
    expect({ code: error.code, reason: error.reason }).toEqual({ code, reason });
  });

  it('offers no other way to change the owner: update inputs have no team and no status', async () => {
    const product = await world.product(world.teamA.id, { status: 'DRAFT' });
    const attempts = [
      [
        `mutation($team: ID) { updateDataProduct(input: { id: "${product.id}", teamId: $team }) { dataProduct { id } } }`,
        { team: world.teamB.id },
      ],
      [`mutation { updateDataProduct(input: { id: "${product.id}", status: PUBLISHED }) { dataProduct { id } } }`, {}],
    ] as const;
    for (const [query, variables] of attempts) {
      const response = await world.as(world.ownerA)(query, variables);
      expect(response.status).toBe(400);
      expect(errorOf(response)).toMatchObject({
        code: 'GRAPHQL_VALIDATION_FAILED',
        message: expect.stringMatching(/not defined by type "UpdateDataProductInput"/) as unknown,
      });
    }
    const stored = await world.factories.prisma.dataProduct.findUniqueOrThrow({ where: { id: product.id } });
    expect({ teamId: stored.teamId, status: stored.status }).toEqual({ teamId: world.teamA.id, status: 'DRAFT' });
  });
});
