import { PRODUCT_STATUSES, PRODUCT_TRANSITIONS } from '@tessera/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, ProductWorld, type Caller } from './product-world';

const FIELDS = 'id status sunsetAt publishedAt deprecatedAt retiredAt replacement { id slug }';
const PUBLISH = `mutation($input: PublishDataProductInput!) { publishDataProduct(input: $input) { dataProduct { ${FIELDS} } } }`;
const DEPRECATE = `mutation($input: DeprecateDataProductInput!) { deprecateDataProduct(input: $input) { dataProduct { ${FIELDS} } } }`;
const RETIRE = `mutation($input: RetireDataProductInput!) { retireDataProduct(input: $input) { dataProduct { ${FIELDS} } } }`;

type Target = 'PUBLISHED' | 'DEPRECATED' | 'RETIRED';
const MUTATIONS: Record<Target, { document: string; field: string; policyAction: string; audit: string }> = {
  PUBLISHED: { document: PUBLISH, field: 'publishDataProduct', policyAction: 'publish', audit: 'data_product.publish' },
  DEPRECATED: {
    document: DEPRECATE,
    field: 'deprecateDataProduct',
    policyAction: 'deprecate',
    audit: 'data_product.deprecate',
  },
  RETIRED: { document: RETIRE, field: 'retireDataProduct', policyAction: 'retire', audit: 'data_product.retire' },
};

interface Lifecycle {
  id: string;
  status: string;
  sunsetAt: string | null;
  publishedAt: string | null;
  deprecatedAt: string | null;
  retiredAt: string | null;
  replacement: { id: string; slug: string } | null;
}

const inAMonth = () => new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString();

describe('data product lifecycle', () => {
  let world: ProductWorld;
  let replacementId: string;

  beforeAll(async () => {
    world = await ProductWorld.start('products_lifecycle');
    replacementId = (await world.product(world.teamA.id, { status: 'PUBLISHED' })).id;
  });

  afterAll(async () => {
    await world.close();
  });

  function inputFor(target: Target, id: string): Record<string, unknown> {
    return target === 'DEPRECATED' ? { id, sunsetAt: inAMonth(), replacementId } : { id };
  }

  async function move(caller: Caller, target: Target, id: string, input = inputFor(target, id)) {
    const { document, field } = MUTATIONS[target];
    const response = await world.as(caller)<Record<string, { dataProduct: Lifecycle }>>(document, { input });
    return { response, product: response.body.data?.[field]?.dataProduct };
  }

  // Every (from, to) pair: legal ones move the product and write one audit event; the others
  // are INVALID_TRANSITION and change nothing.
  for (const from of PRODUCT_STATUSES) {
    for (const target of ['PUBLISHED', 'DEPRECATED', 'RETIRED'] as const) {
      const legal = PRODUCT_TRANSITIONS[from].includes(target);
      it(`${legal ? 'moves' : 'refuses to move'} a ${from} product to ${target}`, async () => {
        const row = await world.product(world.teamA.id, {
          status: from,
          ...(from === 'DEPRECATED' ? { sunsetAt: new Date(inAMonth()), deprecatedAt: new Date() } : {}),
        });
        const { response, product } = await move(world.ownerA, target, row.id);
        const stored = await world.factories.prisma.dataProduct.findUniqueOrThrow({ where: { id: row.id } });
        const events = await world.factories.prisma.auditEvent.findMany({ where: { entityId: row.id } });
        if (legal) {
          expect(product?.status).toBe(target);
          expect(stored.status).toBe(target);
          expect(events).toHaveLength(1);
          expect(events[0]).toMatchObject({
            action: MUTATIONS[target].audit,
            before: { status: from },
            after: { status: target },
          });
        } else {
          expect(errorOf(response)).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'INVALID_TRANSITION' });
          expect(errorOf(response).message).toBe(`A ${from} data product cannot become ${target}`);
          expect(stored.status).toBe(from);
          expect(stored.updatedAt).toEqual(row.updatedAt);
          expect(events).toHaveLength(0);
        }
      });
    }
  }

  it('records publish, deprecation and retirement times, and the replacement', async () => {
    const row = await world.product(world.teamA.id);
    const published = (await move(world.ownerA, 'PUBLISHED', row.id)).product!;
    expect(published.publishedAt).not.toBeNull();
    const sunsetAt = inAMonth();
    const deprecated = (await move(world.ownerA, 'DEPRECATED', row.id, { id: row.id, sunsetAt, replacementId }))
      .product!;
    expect(deprecated).toMatchObject({ status: 'DEPRECATED', sunsetAt, replacement: { id: replacementId } });
    expect(deprecated.deprecatedAt).not.toBeNull();
    const retired = (await move(world.ownerA, 'RETIRED', row.id)).product!;
    expect(retired).toMatchObject({ status: 'RETIRED', sunsetAt, publishedAt: published.publishedAt });
    expect(retired.retiredAt).not.toBeNull();
  });

  it('un-deprecates by publishing again: sunset and replacement are cleared, the first publish time kept', async () => {
    const row = await world.product(world.teamA.id);
    const first = (await move(world.ownerA, 'PUBLISHED', row.id)).product!;
    await move(world.ownerA, 'DEPRECATED', row.id);
    const again = (await move(world.ownerA, 'PUBLISHED', row.id)).product!;
    expect(again).toMatchObject({
      status: 'PUBLISHED',
      sunsetAt: null,
      replacement: null,
      deprecatedAt: null,
      publishedAt: first.publishedAt,
    });
    expect(await world.auditCount({ entityId: row.id })).toBe(3);
  });

  for (const target of ['PUBLISHED', 'DEPRECATED', 'RETIRED'] as const) {
    const from = ({ PUBLISHED: 'DRAFT', DEPRECATED: 'PUBLISHED', RETIRED: 'DEPRECATED' } as const)[target];
    it(`lets only the owning team's OWNERs and admins ${MUTATIONS[target].policyAction} (${from} -> ${target})`, async () => {
      const row = await world.product(world.teamA.id, { status: from });
      const member = await move(world.memberA, target, row.id);
      expect(errorOf(member.response)).toMatchObject({ code: 'FORBIDDEN' });
      const otherOwner = await move(world.ownerB, target, row.id);
      // Another team's draft is hidden: NOT_FOUND; a published or deprecated product is FORBIDDEN.
      expect(errorOf(otherOwner.response)).toMatchObject({ code: from === 'DRAFT' ? 'NOT_FOUND' : 'FORBIDDEN' });
      expect(await world.auditCount({ entityId: row.id })).toBe(0);
      expect((await world.factories.prisma.dataProduct.findUniqueOrThrow({ where: { id: row.id } })).status).toBe(from);
      const admin = await move(world.admin, target, row.id);
      expect(admin.product?.status).toBe(target);
    });
  }

  describe('deprecation input', () => {
    async function deprecate(input: Record<string, unknown>) {
      const row = await world.product(world.teamA.id, { status: 'PUBLISHED' });
      const result = await move(world.ownerA, 'DEPRECATED', row.id, { id: row.id, sunsetAt: inAMonth(), ...input });
      return { ...result, row };
    }

    it('needs a replacement or a reason', async () => {
      const { response, row } = await deprecate({});
      expect(errorOf(response)).toMatchObject({
        code: 'VALIDATION_FAILED',
        reason: 'REPLACEMENT_REQUIRED',
        issues: [{ path: 'replacementId' }],
      });
      expect(await world.auditCount({ entityId: row.id })).toBe(0);
    });

    it('accepts a reason without a replacement, and keeps the reason in the audit log', async () => {
      const { product, row } = await deprecate({ reason: 'the source system is switched off' });
      expect(product).toMatchObject({ status: 'DEPRECATED', replacement: null });
      const [event] = await world.factories.prisma.auditEvent.findMany({ where: { entityId: row.id } });
      expect(event?.after).toMatchObject({ status: 'DEPRECATED', reason: 'the source system is switched off' });
    });

    it('refuses a sunset date in the past', async () => {
      const { response } = await deprecate({ replacementId, sunsetAt: new Date(Date.now() - 1000).toISOString() });
      expect(errorOf(response)).toMatchObject({ reason: 'SUNSET_IN_PAST', issues: [{ path: 'sunsetAt' }] });
    });

    it('refuses the product itself, and a replacement that is not published', async () => {
      const row = await world.product(world.teamA.id, { status: 'PUBLISHED' });
      const self = await move(world.ownerA, 'DEPRECATED', row.id, {
        id: row.id,
        sunsetAt: inAMonth(),
        replacementId: row.id,
      });
      expect(errorOf(self.response)).toMatchObject({ code: 'VALIDATION_FAILED', reason: 'INVALID_REPLACEMENT' });
      const draft = await world.product(world.teamA.id);
      const { response } = await deprecate({ replacementId: draft.id });
      expect(errorOf(response)).toMatchObject({ code: 'VALIDATION_FAILED', reason: 'INVALID_REPLACEMENT' });
    });

    it("answers another team's hidden draft as a replacement exactly like a missing one", async () => {
      const hidden = await world.product(world.teamB.id);
      const hiddenResponse = (await deprecate({ replacementId: hidden.id })).response;
      const missingResponse = (await deprecate({ replacementId: '00000000-0000-4000-8000-000000000000' })).response;
      expect(errorOf(hiddenResponse)).toMatchObject({ code: 'NOT_FOUND', reason: 'REPLACEMENT_NOT_FOUND' });
      expect(errorOf(hiddenResponse)).toEqual(errorOf(missingResponse));
    });

    it('refuses a malformed date with a field issue', async () => {
      const { response, row } = await deprecate({ replacementId, sunsetAt: 'next tuesday' });
      expect(errorOf(response)).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: 'sunsetAt' }] });
      expect(await world.auditCount({ entityId: row.id })).toBe(0);
    });
  });
});
