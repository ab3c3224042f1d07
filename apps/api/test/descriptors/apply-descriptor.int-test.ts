import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApi } from '../support/api-client';
import { createTestDatabase, dropDatabase } from '../support/databases';
import { uniqueSuffix } from '../support/environment';
import { Factories } from '../support/factories';
import { testConfig } from '../support/test-config';

const APPLY = `
  mutation Apply($input: ApplyDataProductDescriptorInput!) {
    applyDataProductDescriptor(input: $input) {
      outcome
      changes { path kind before after }
      dataProduct { id slug status sunsetAt publishedAt deprecatedAt }
    }
  }`;
const EXPORT = `query Export($slug: String!) { dataProductDescriptor(slug: $slug) }`;

interface ApplyData {
  applyDataProductDescriptor: {
    outcome: string;
    changes: { path: string; kind: string; before: unknown; after: unknown }[];
    dataProduct: { id: string; slug: string; status: string; deprecatedAt: string | null } | null;
  } | null;
}
type Descriptor = Record<string, unknown>;

describe('applyDataProductDescriptor and dataProductDescriptor', () => {
  let database: { name: string; url: string };
  let api: TestApi;
  let factories: Factories;
  let team: { id: string; slug: string };
  let otherTeam: { id: string; slug: string };
  let domain: { slug: string };
  let tokens: { owner: string; member: string; outsider: string; admin: string; teamOwner: string };
  let hiddenDraft: { id: string; slug: string };

  const descriptor = (overrides: Descriptor = {}): Descriptor => ({
    apiVersion: 'v1.0.0',
    kind: 'DataProduct',
    id: `product-${uniqueSuffix()}`,
    name: 'Payments settled',
    domain: domain.slug,
    team: { name: team.slug },
    outputPorts: [
      {
        name: 'settlements',
        'x-tessera': { kind: 'KAFKA_TOPIC', location: { cluster: 'main', topic: 'payments.settled' } },
      },
    ],
    ...overrides,
  });
  const apply = (token: string, document: Descriptor, dryRun?: boolean) =>
    api.as(token).graphql<ApplyData>(APPLY, {
      input: dryRun === undefined ? { descriptor: document } : { descriptor: document, dryRun },
    });
  const auditCount = () => factories.prisma.auditEvent.count();

  beforeAll(async () => {
    database = await createTestDatabase('descriptors');
    api = await TestApi.start(testConfig(database.url));
    factories = new Factories(database.url);
    const [owner, member, outsider, admin] = await Promise.all([
      factories.user(),
      factories.user(),
      factories.user(),
      factories.user({ isPlatformAdmin: true }),
    ]);
    team = await factories.team([
      { userId: owner.id, role: 'OWNER' },
      { userId: member.id, role: 'MEMBER' },
    ]);
    otherTeam = await factories.team([{ userId: outsider.id, role: 'OWNER' }]);
    domain = await factories.domain(team.id);
    hiddenDraft = await factories.product(otherTeam.id, (await factories.domain(otherTeam.id)).id);
    await factories.outputPort(hiddenDraft.id, { name: 'secret' });
    tokens = {
      owner: await factories.apiToken({ userId: owner.id }),
      member: await factories.apiToken({ userId: member.id }),
      outsider: await factories.apiToken({ userId: outsider.id }),
      admin: await factories.apiToken({ userId: admin.id }, ['admin']),
      teamOwner: await factories.apiToken({ teamId: team.id, role: 'OWNER' }),
    };
  });

  afterAll(async () => {
    await factories.close();
    await api.close();
    await dropDatabase(database.name);
  });

  it('refuses callers without a token', async () => {
    const response = await api.graphql(APPLY, { input: { descriptor: descriptor() } });
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers an invalid descriptor with VALIDATION_FAILED and the path of each issue', async () => {
    const response = await apply(tokens.owner, descriptor({ kind: 'Dataset', status: 'shipped' }));
    const extensions = response.body.errors?.[0]?.extensions as {
      code: string;
      reason: string;
      issues: { path: string }[];
    };
    expect(extensions).toMatchObject({ code: 'VALIDATION_FAILED', reason: 'INVALID_DESCRIPTOR' });
    expect(extensions.issues.map((issue) => issue.path)).toEqual(['kind', 'status']);
  });

  it('computes the changes of a new product on a dry run and writes nothing', async () => {
    const document = descriptor();
    const before = await auditCount();
    const response = await apply(tokens.owner, document, true);
    expect(response.body.errors).toBeUndefined();
    const result = response.body.data?.applyDataProductDescriptor;
    expect(result?.outcome).toBe('CREATED');
    expect(result?.dataProduct).toBeNull();
    expect(result?.changes).toContainEqual({
      path: 'outputPorts[settlements]',
      kind: 'ADDED',
      before: null,
      after: {
        name: 'settlements',
        'x-tessera': { kind: 'KAFKA_TOPIC', location: { cluster: 'main', topic: 'payments.settled' } },
      },
    });
    expect(await factories.prisma.dataProduct.findUnique({ where: { slug: String(document.id) } })).toBeNull();
    expect(await auditCount()).toBe(before);
  });

  it('names a team or domain that does not exist, with its field path', async () => {
    const noTeam = await apply(tokens.owner, descriptor({ team: { name: 'no-such-team' } }));
    expect(noTeam.body.errors?.[0]?.extensions).toEqual({
      code: 'NOT_FOUND',
      reason: 'TEAM_NOT_FOUND',
      issues: [{ path: 'team.name', message: 'no team "no-such-team"' }],
    });
    const noDomain = await apply(tokens.owner, descriptor({ domain: 'no-such-domain' }));
    expect(noDomain.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'DOMAIN_NOT_FOUND' });
  });

  it('refuses a product in a team the caller is not a member of', async () => {
    const before = await auditCount();
    const response = await apply(tokens.outsider, descriptor());
    expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await auditCount()).toBe(before);
  });

  it('writes one audit event per changed entity and none for an unchanged apply', async () => {
    const document = descriptor();
    expect((await apply(tokens.member, document)).body.data?.applyDataProductDescriptor?.outcome).toBe('CREATED');
    const before = await auditCount();

    const changed = descriptor({
      id: document.id,
      outputPorts: [
        {
          name: 'settlements',
          description: 'One event per settled payment.',
          'x-tessera': { kind: 'KAFKA_TOPIC', location: { cluster: 'main', topic: 'payments.settled' } },
        },
      ],
    });
    const response = await apply(tokens.member, changed);
    expect(response.body.data?.applyDataProductDescriptor).toMatchObject({
      outcome: 'UPDATED',
      changes: [
        {
          path: 'outputPorts[settlements].description',
          kind: 'ADDED',
          before: null,
          after: 'One event per settled payment.',
        },
      ],
    });
    const events = await factories.prisma.auditEvent.findMany({ orderBy: { id: 'asc' }, skip: before });
    expect(events.map((event) => event.action)).toEqual(['output_port.update']);

    expect((await apply(tokens.member, changed)).body.data?.applyDataProductDescriptor?.outcome).toBe('UNCHANGED');
    expect(await auditCount()).toBe(before + 1);
  });

  it('refuses to drop or move an output port teams subscribe to, writing nothing (PORT_HAS_SUBSCRIBERS)', async () => {
    const document = descriptor();
    const created = await apply(tokens.member, document);
    const productId = created.body.data!.applyDataProductDescriptor!.dataProduct!.id;
    const port = await factories.prisma.outputPort.findFirstOrThrow({ where: { productId } });
    await factories.prisma.subscription.create({
      data: { portId: port.id, consumerTeamId: otherTeam.id, purpose: 'reconciliation', status: 'PENDING' },
    });
    const before = await auditCount();

    const moved = descriptor({
      id: document.id,
      outputPorts: [
        {
          name: 'settlements',
          'x-tessera': { kind: 'KAFKA_TOPIC', location: { cluster: 'main', topic: 'payments.settled.v2' } },
        },
      ],
    });
    for (const changed of [moved, descriptor({ id: document.id, outputPorts: [] })]) {
      const response = await apply(tokens.member, changed);
      expect(response.body.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'PORT_HAS_SUBSCRIBERS',
        issues: [{ path: 'outputPorts', message: 'output port "settlements" has subscribers' }],
      });
    }
    expect(await factories.prisma.outputPort.findUniqueOrThrow({ where: { id: port.id } })).toMatchObject({
      location: { cluster: 'main', topic: 'payments.settled' },
    });
    expect(await auditCount()).toBe(before);
  });

  it("keeps the ports' schema fields in the search text when a descriptor changes the ports", async () => {
    const document = descriptor();
    const created = await apply(tokens.member, document);
    const productId = created.body.data!.applyDataProductDescriptor!.dataProduct!.id;
    const port = await factories.prisma.outputPort.findFirstOrThrow({ where: { productId } });
    await factories.prisma.schemaVersion.create({
      data: {
        portId: port.id,
        version: 1,
        format: 'AVRO',
        definition: '{"type":"record","name":"Settlement","fields":[{"name":"iban","type":"string"}]}',
        fingerprint: `fingerprint-${port.id}`,
        contractVersion: '1.0.0',
        searchText: 'iban settlement',
      },
    });

    const changed = descriptor({
      id: document.id,
      outputPorts: [
        ...(document.outputPorts as Descriptor[]),
        { name: 'refunds', 'x-tessera': { kind: 'KAFKA_TOPIC', location: { cluster: 'main', topic: 'refunds' } } },
      ],
    });
    expect((await apply(tokens.member, changed)).body.data?.applyDataProductDescriptor?.outcome).toBe('UPDATED');
    const { searchExtra } = await factories.prisma.dataProduct.findUniqueOrThrow({ where: { id: productId } });
    expect(searchExtra.split(/\s+/)).toEqual(expect.arrayContaining(['refunds', 'settlements', 'iban']));
  });

  it('refuses to move a product to another team', async () => {
    const document = descriptor();
    await apply(tokens.admin, document);
    const response = await apply(tokens.admin, { ...document, team: { name: otherTeam.slug } });
    expect(response.body.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'OWNER_CHANGE_NOT_ALLOWED',
      issues: [{ path: 'team.name' }],
    });
  });

  it('walks the lifecycle: owners publish and deprecate, illegal moves are refused', async () => {
    const replacement = descriptor({ status: 'active' });
    expect(
      (await apply(tokens.teamOwner, replacement)).body.data?.applyDataProductDescriptor?.dataProduct?.status,
    ).toBe('PUBLISHED');
    const document = descriptor({ status: 'active' });
    await apply(tokens.owner, document);

    const illegal = await apply(tokens.owner, { ...document, status: 'retired' });
    expect(illegal.body.errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      reason: 'INVALID_TRANSITION',
    });

    const deprecation = {
      ...document,
      status: 'deprecated',
      'x-tessera': { sunsetAt: '2030-01-01T00:00:00.000Z', replacement: replacement.id },
    };
    const byMember = await apply(tokens.member, deprecation);
    expect(byMember.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const before = await auditCount();
    const byOwner = await apply(tokens.owner, deprecation);
    const deprecated = byOwner.body.data?.applyDataProductDescriptor?.dataProduct;
    expect(deprecated?.status).toBe('DEPRECATED');
    expect(deprecated?.deprecatedAt).toEqual(expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/));
    const [event] = await factories.prisma.auditEvent.findMany({ orderBy: { id: 'asc' }, skip: before });
    expect(event).toMatchObject({ action: 'data_product.deprecate', entityType: 'data_product' });
  });

  it('keeps a retired product as it is: a changed descriptor is a conflict, the same one is no change', async () => {
    const document = descriptor({
      status: 'retired',
      'x-tessera': { sunsetAt: '2026-01-01T00:00:00.000Z' },
    });
    const created = await apply(tokens.owner, document);
    expect(created.body.data?.applyDataProductDescriptor?.dataProduct?.status).toBe('RETIRED');
    expect((await apply(tokens.owner, document)).body.data?.applyDataProductDescriptor?.outcome).toBe('UNCHANGED');
    const changed = await apply(tokens.owner, { ...document, name: 'Renamed' });
    expect(changed.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'PRODUCT_RETIRED' });
  });

  it('treats a draft the caller may not see as missing, as a lineage source and as a replacement', async () => {
    const lineage = await apply(
      tokens.owner,
      descriptor({ inputPorts: [{ name: 'secret', contractId: `${hiddenDraft.slug}/secret` }] }),
    );
    expect(lineage.body.errors?.[0]?.extensions).toEqual({
      code: 'VALIDATION_FAILED',
      reason: 'LINEAGE_SOURCE_NOT_FOUND',
      issues: [
        { path: 'inputPorts.0.contractId', message: `no product "${hiddenDraft.slug}" with an output port "secret"` },
      ],
    });
    const replacement = await apply(tokens.owner, descriptor({ 'x-tessera': { replacement: hiddenDraft.slug } }));
    expect(replacement.body.errors?.[0]?.extensions).toMatchObject({ reason: 'REPLACEMENT_NOT_FOUND' });
  });

  it('exports only what the reader may see: hidden drafts are not found, locations only for the team', async () => {
    const draft = descriptor();
    await apply(tokens.owner, draft);
    const hidden = await api.as(tokens.outsider).graphql(EXPORT, { slug: draft.id });
    expect(hidden.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'PRODUCT_NOT_FOUND' });

    const published = descriptor({ status: 'active' });
    await apply(tokens.owner, published);
    const forTeam = await api
      .as(tokens.member)
      .graphql<{ dataProductDescriptor: Descriptor }>(EXPORT, { slug: published.id });
    expect(forTeam.body.data?.dataProductDescriptor.outputPorts).toEqual(published.outputPorts);
    const forOthers = await api
      .as(tokens.outsider)
      .graphql<{ dataProductDescriptor: Descriptor }>(EXPORT, { slug: published.id });
    expect(forOthers.body.data?.dataProductDescriptor.outputPorts).toEqual([
      { name: 'settlements', 'x-tessera': { kind: 'KAFKA_TOPIC' } },
    ]);
  });
});
