import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, errorOf, ProductWorld } from './product-world';

const FIELDS =
  'id slug name status purpose usage limitations tags classification accessMode updatedAt supportLinks { url channel tool } domain { id slug } team { id slug }';
const CREATE = `mutation($input: CreateDataProductInput!) { createDataProduct(input: $input) { dataProduct { ${FIELDS} } } }`;
const UPDATE = `mutation($input: UpdateDataProductInput!) { updateDataProduct(input: $input) { dataProduct { ${FIELDS} } } }`;
const BY_ID = `query($id: ID, $slug: String) { dataProduct(id: $id, slug: $slug) { ${FIELDS} } }`;

interface Product {
  id: string;
  slug: string;
  name: string;
  status: string;
  tags: string[];
  classification: string;
  accessMode: string;
  updatedAt: string;
  domain: { id: string; slug: string };
  team: { id: string; slug: string };
}

describe('data products: create, read and update', () => {
  let world: ProductWorld;

  beforeAll(async () => {
    world = await ProductWorld.start('products_crud');
  });

  afterAll(async () => {
    await world.close();
  });

  function createInput(overrides: Record<string, unknown> = {}) {
    return { domainSlug: world.domain.slug, teamId: world.teamA.id, slug: world.slug(), name: 'Orders', ...overrides };
  }

  it('registers a draft in a domain given by slug, with one audit event in the same request', async () => {
    const input = createInput({
      purpose: 'Every order placed',
      tags: ['orders', 'sales', 'orders'],
      supportLinks: [{ url: 'https://chat.example.com/orders', channel: '#orders', tool: null }],
    });
    const response = await world.as(world.memberA)<{ createDataProduct: { dataProduct: Product } }>(CREATE, { input });
    const product = dataOf(response).createDataProduct.dataProduct;
    expect(product).toMatchObject({
      slug: input.slug,
      name: 'Orders',
      status: 'DRAFT',
      tags: ['orders', 'sales'],
      classification: 'INTERNAL',
      accessMode: 'APPROVAL_REQUIRED',
      domain: { id: world.domain.id },
      team: { id: world.teamA.id },
      supportLinks: [{ url: 'https://chat.example.com/orders', channel: '#orders', tool: null }],
    });
    const events = await world.factories.prisma.auditEvent.findMany({ where: { entityId: product.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'data_product.create',
      entityType: 'data_product',
      teamId: world.teamA.id,
      actorUserId: world.memberA.userId,
      actorType: 'TOKEN',
      requestId: response.headers['x-request-id'],
    });
    expect(events[0]?.after).toMatchObject({ slug: input.slug, status: 'DRAFT' });
  });

  it('takes the domain by id too', async () => {
    const input = createInput({ domainSlug: undefined, domainId: world.domain.id });
    const response = await world.as(world.ownerA)<{ createDataProduct: { dataProduct: Product } }>(CREATE, { input });
    expect(dataOf(response).createDataProduct.dataProduct.domain.id).toBe(world.domain.id);
  });

  it("refuses a team that is not the actor's, and writes nothing", async () => {
    const input = createInput({ teamId: world.teamB.id });
    const response = await world.as(world.memberA)(CREATE, { input });
    expect(errorOf(response)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await world.factories.prisma.dataProduct.count({ where: { slug: input.slug } })).toBe(0);
    expect(await world.auditCount({ action: 'data_product.create' })).toBe(2);
  });

  it('lets a platform admin register for any team, and names a missing team or domain', async () => {
    const made = await world.as(world.admin)<{ createDataProduct: { dataProduct: Product } }>(CREATE, {
      input: createInput({ teamId: world.teamB.id }),
    });
    expect(dataOf(made).createDataProduct.dataProduct.team.id).toBe(world.teamB.id);

    const noTeam = await world.as(world.admin)(CREATE, {
      input: createInput({ teamId: '00000000-0000-4000-8000-000000000000' }),
    });
    expect(errorOf(noTeam)).toMatchObject({ code: 'NOT_FOUND', reason: 'TEAM_NOT_FOUND' });
    const noDomain = await world.as(world.ownerA)(CREATE, { input: createInput({ domainSlug: 'no-such-domain' }) });
    expect(errorOf(noDomain)).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'DOMAIN_NOT_FOUND',
      issues: [{ path: 'domainSlug', message: 'no such domain' }],
    });
  });

  it('refuses invalid input with field issues, before writing anything', async () => {
    const before = await world.auditCount();
    const response = await world.as(world.ownerA)(CREATE, {
      input: createInput({
        slug: 'Not A Slug',
        name: '  ',
        tags: ['ok', 'NOT OK'],
        domainId: world.domain.id,
        supportLinks: [{ url: 'not a url' }],
      }),
    });
    const error = errorOf(response);
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', reason: 'INVALID_INPUT' });
    expect((error.issues as { path: string }[]).map((issue) => issue.path).sort()).toEqual(
      ['domainId', 'name', 'slug', 'supportLinks.0.url', 'tags.1'].sort(),
    );
    expect(await world.factories.prisma.dataProduct.count({ where: { slug: 'Not A Slug' } })).toBe(0);
    expect(await world.auditCount()).toBe(before);
  });

  it('refuses open access to confidential data', async () => {
    const response = await world.as(world.ownerA)(CREATE, {
      input: createInput({ classification: 'CONFIDENTIAL', accessMode: 'OPEN' }),
    });
    expect(errorOf(response)).toMatchObject({ code: 'VALIDATION_FAILED', reason: 'OPEN_ACCESS_NOT_ALLOWED' });
  });

  it('refuses a slug that is taken with CONFLICT, leaving one row and one audit event', async () => {
    const input = createInput();
    dataOf(await world.as(world.ownerA)(CREATE, { input }));
    const again = await world.as(world.ownerA)(CREATE, { input: { ...input, name: 'Another' } });
    expect(errorOf(again)).toMatchObject({ code: 'CONFLICT', reason: 'DATA_PRODUCT_SLUG_TAKEN' });
    const rows = await world.factories.prisma.dataProduct.findMany({ where: { slug: input.slug } });
    expect(rows.map((row) => row.name)).toEqual(['Orders']);
    expect(await world.auditCount({ entityId: rows[0]!.id })).toBe(1);
  });

  it('refuses tokens without the write scope and anonymous callers', async () => {
    const readOnly = await world.caller(world.ownerA.userId!, ['catalog:read']);
    const input = createInput();
    expect(errorOf(await world.as(readOnly)(CREATE, { input }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await world.api.graphql(CREATE, { input }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await world.factories.prisma.dataProduct.count({ where: { slug: input.slug } })).toBe(0);
  });

  it('reads a product by id and by slug, and asks for exactly one of them', async () => {
    const row = await world.product(world.teamA.id, { status: 'PUBLISHED' });
    const byId = await world.as(world.outsider)<{ dataProduct: Product }>(BY_ID, { id: row.id });
    const bySlug = await world.as(world.outsider)<{ dataProduct: Product }>(BY_ID, { slug: row.slug });
    expect(dataOf(byId).dataProduct).toMatchObject({ id: row.id, slug: row.slug, status: 'PUBLISHED' });
    expect(dataOf(bySlug).dataProduct.id).toBe(row.id);
    expect(errorOf(await world.as(world.outsider)(BY_ID, { id: row.id, slug: row.slug }))).toMatchObject({
      code: 'VALIDATION_FAILED',
      reason: 'INVALID_LOOKUP',
    });
    expect(errorOf(await world.as(world.outsider)(BY_ID, {}))).toMatchObject({ code: 'VALIDATION_FAILED' });
    for (const variables of [{ id: '00000000-0000-4000-8000-000000000000' }, { id: 'nope' }, { slug: 'no-such' }]) {
      const missing = await world.as(world.outsider)<{ dataProduct: Product | null }>(BY_ID, variables);
      expect(missing.body.data?.dataProduct).toBeNull();
      expect(errorOf(missing)).toMatchObject({ code: 'NOT_FOUND', reason: 'DATA_PRODUCT_NOT_FOUND' });
    }
  });

  it('changes only the given fields and audits exactly those, once', async () => {
    const row = await world.product(world.teamA.id, { status: 'PUBLISHED', tags: ['a'], purpose: 'old' });
    const response = await world.as(world.memberA)<{ updateDataProduct: { dataProduct: Product } }>(UPDATE, {
      input: { id: row.id, name: 'Renamed', tags: ['a', 'b'], purpose: 'old', classification: 'RESTRICTED' },
    });
    expect(dataOf(response).updateDataProduct.dataProduct).toMatchObject({
      name: 'Renamed',
      tags: ['a', 'b'],
      classification: 'RESTRICTED',
      status: 'PUBLISHED',
    });
    const events = await world.factories.prisma.auditEvent.findMany({ where: { entityId: row.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'data_product.update',
      before: { name: row.name, tags: ['a'], classification: 'INTERNAL' },
      after: { name: 'Renamed', tags: ['a', 'b'], classification: 'RESTRICTED' },
    });
  });

  it('writes nothing for an update that changes nothing', async () => {
    const row = await world.product(world.teamA.id, {
      tags: ['x'],
      supportLinks: [{ url: 'https://x.example.com', channel: '#x' }],
    });
    const response = await world.as(world.ownerA)<{ updateDataProduct: { dataProduct: Product } }>(UPDATE, {
      input: {
        id: row.id,
        name: row.name,
        tags: ['x'],
        supportLinks: [{ channel: '#x', url: 'https://x.example.com' }],
      },
    });
    expect(dataOf(response).updateDataProduct.dataProduct.updatedAt).toBe(row.updatedAt.toISOString());
    expect(await world.auditCount({ entityId: row.id })).toBe(0);
  });

  it('cannot set the owning team or the status, nor clear a field with null', async () => {
    const row = await world.product(world.teamA.id);
    const team = await world.as(world.ownerA)(UPDATE, { input: { id: row.id, teamId: world.teamB.id } });
    expect(errorOf(team).code).toBe('GRAPHQL_VALIDATION_FAILED');
    const status = await world.as(world.ownerA)(UPDATE, { input: { id: row.id, status: 'PUBLISHED' } });
    expect(errorOf(status).code).toBe('GRAPHQL_VALIDATION_FAILED');
    const cleared = await world.as(world.ownerA)(UPDATE, { input: { id: row.id, name: null } });
    expect(errorOf(cleared)).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: 'name' }] });
    expect(await world.factories.prisma.dataProduct.findUnique({ where: { id: row.id } })).toMatchObject({
      teamId: world.teamA.id,
      status: 'DRAFT',
      name: row.name,
    });
  });

  it("refuses updates to another team's product: FORBIDDEN when visible, NOT_FOUND when a hidden draft", async () => {
    const published = await world.product(world.teamA.id, { status: 'PUBLISHED' });
    const draft = await world.product(world.teamA.id);
    const visible = await world.as(world.ownerB)(UPDATE, { input: { id: published.id, name: 'Taken over' } });
    expect(errorOf(visible)).toMatchObject({ code: 'FORBIDDEN' });
    const hidden = await world.as(world.ownerB)(UPDATE, { input: { id: draft.id, name: 'Taken over' } });
    expect(errorOf(hidden)).toMatchObject({ code: 'NOT_FOUND', reason: 'DATA_PRODUCT_NOT_FOUND' });
    expect(await world.auditCount({ entityId: published.id })).toBe(0);
    expect(await world.auditCount({ entityId: draft.id })).toBe(0);
  });

  it('keeps retired products read-only', async () => {
    const row = await world.product(world.teamA.id, { status: 'RETIRED' });
    const response = await world.as(world.ownerA)(UPDATE, { input: { id: row.id, name: 'Back' } });
    expect(errorOf(response)).toMatchObject({ code: 'CONFLICT', reason: 'DATA_PRODUCT_RETIRED' });
  });

  it('refuses open access when a change would make the product confidential', async () => {
    const row = await world.product(world.teamA.id, { accessMode: 'OPEN', classification: 'PUBLIC' });
    const response = await world.as(world.ownerA)(UPDATE, { input: { id: row.id, classification: 'CONFIDENTIAL' } });
    expect(errorOf(response)).toMatchObject({ reason: 'OPEN_ACCESS_NOT_ALLOWED', issues: [{ path: 'accessMode' }] });
    const both = await world.as(world.ownerA)(UPDATE, {
      input: { id: row.id, classification: 'CONFIDENTIAL', accessMode: 'APPROVAL_REQUIRED' },
    });
    expect(dataOf(both)).toBeTruthy();
  });
});
