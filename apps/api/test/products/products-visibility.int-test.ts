import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphqlResponse } from '../support/api-client';
import { dataOf, errorOf, ProductWorld, type Caller } from './product-world';

type Viewer = 'outsider' | 'memberA' | 'ownerB' | 'teamTokenB' | 'admin';
const VIEWERS: Viewer[] = ['outsider', 'memberA', 'ownerB', 'teamTokenB', 'admin'];
const SEES_TEAM_A: Viewer[] = ['memberA', 'admin'];
const SEES_TEAM_B: Viewer[] = ['ownerB', 'teamTokenB', 'admin'];

const PRODUCT = 'query($id: ID, $slug: String) { dataProduct(id: $id, slug: $slug) { id slug status } }';
const LIST =
  'query($filter: DataProductFilter) { dataProducts(first: 50, filter: $filter) { totalCount nodes { slug } } }';
const TEAM_PRODUCTS = 'query($id: ID) { team(id: $id) { products(first: 50) { totalCount nodes { slug } } } }';
const DOMAIN_PRODUCTS = 'query($id: ID) { domain(id: $id) { products(first: 50) { totalCount nodes { slug } } } }';
const GRAPH = `query($id: ID) { dataProduct(id: $id) {
  replacement { slug }
  inputPorts { name sourcePort { id product { slug } } }
  outputPorts { name connectionDetails { location } consumers { name product { slug } } }
} }`;
const OUTPUT_PORT = 'query($id: ID!) { outputPort(id: $id) { name product { slug } connectionDetails { kind } } }';

interface Graph {
  replacement: { slug: string } | null;
  inputPorts: { name: string; sourcePort: { id: string; product: { slug: string } } | null }[];
  outputPorts: {
    name: string;
    connectionDetails: { location: Record<string, unknown> } | null;
    consumers: { name: string; product: { slug: string } }[];
  }[];
}

/**
 * Hidden means hidden on every path: another team's draft is invisible by id, by slug, in
 * lists and their counts, under team and domain, as a replacement, as a lineage source and
 * as a consumer; connection details only reach the owning team and admins.
 */
describe('product visibility on every path', () => {
  let world: ProductWorld;
  const callers = {} as Record<Viewer, Caller>;
  let domainId: string;
  const ids = {} as Record<'aDraft' | 'aPub' | 'bDraft' | 'bPub' | 'bDep', { id: string; slug: string }>;
  let aPubPort: string;
  let bDraftPort: string;

  beforeAll(async () => {
    world = await ProductWorld.start('products_visibility');
    Object.assign(callers, {
      outsider: world.outsider,
      memberA: world.memberA,
      ownerB: world.ownerB,
      admin: world.admin,
      teamTokenB: {
        userId: null,
        token: await world.factories.apiToken({ teamId: world.teamB.id, role: 'MEMBER' }, ['catalog:read']),
      },
    });
    domainId = (await world.factories.domain(world.teamA.id)).id;
    const make = (teamId: string, status: 'DRAFT' | 'PUBLISHED' | 'DEPRECATED', slug: string) =>
      world.product(teamId, { domainId, status, slug: world.slug(slug) });
    ids.aDraft = await make(world.teamA.id, 'DRAFT', 'a-draft');
    ids.aPub = await make(world.teamA.id, 'PUBLISHED', 'a-pub');
    ids.bDraft = await make(world.teamB.id, 'DRAFT', 'b-draft');
    ids.bPub = await make(world.teamB.id, 'PUBLISHED', 'b-pub');
    ids.bDep = await make(world.teamB.id, 'DEPRECATED', 'b-dep');
    aPubPort = (await world.factories.outputPort(ids.aPub.id, { name: 'a-pub-out' })).id;
    bDraftPort = (await world.factories.outputPort(ids.bDraft.id, { name: 'b-draft-out' })).id;
    // Arranged directly: the edges and the replacement point at B's draft, which A cannot see.
    const prisma = world.factories.prisma;
    await prisma.inputPort.create({ data: { productId: ids.aPub.id, sourcePortId: bDraftPort, name: 'from-b-draft' } });
    await prisma.inputPort.create({ data: { productId: ids.bDraft.id, sourcePortId: aPubPort, name: 'from-a-pub' } });
    await prisma.dataProduct.update({ where: { id: ids.bDep.id }, data: { replacementId: ids.bDraft.id } });
  });

  afterAll(async () => {
    await world.close();
  });

  const as = (viewer: Viewer) => world.as(callers[viewer]);
  const seesDraftOf = (viewer: Viewer, team: 'A' | 'B') => (team === 'A' ? SEES_TEAM_A : SEES_TEAM_B).includes(viewer);
  function visibleSlugs(viewer: Viewer, among: (keyof typeof ids)[]): string[] {
    return among
      .filter((name) => !name.endsWith('Draft') || seesDraftOf(viewer, name.startsWith('a') ? 'A' : 'B'))
      .map((name) => ids[name].slug)
      .sort();
  }
  const slugsOf = (nodes: { slug: string }[]) => nodes.map((node) => node.slug).sort();

  async function missingAnswer(viewer: Viewer): Promise<GraphqlResponse['body']> {
    return (await as(viewer)(PRODUCT, { id: '00000000-0000-4000-8000-000000000000' })).body;
  }

  for (const viewer of VIEWERS) {
    for (const draft of ['aDraft', 'bDraft'] as const) {
      const visible = seesDraftOf(viewer, draft === 'aDraft' ? 'A' : 'B');
      it(`${viewer} ${visible ? 'reads' : 'gets NOT_FOUND, as for a missing product, for'} ${draft} by id and by slug`, async () => {
        for (const variables of [{ id: ids[draft].id }, { slug: ids[draft].slug }]) {
          const response = await as(viewer)<{ dataProduct: { id: string } | null }>(PRODUCT, variables);
          if (visible) expect(dataOf(response).dataProduct?.id).toBe(ids[draft].id);
          else {
            expect(response.body.data?.dataProduct).toBeNull();
            expect(errorOf(response)).toMatchObject({ code: 'NOT_FOUND', reason: 'DATA_PRODUCT_NOT_FOUND' });
            expect(errorOf(response).message).toBe(errorOf({ ...response, body: await missingAnswer(viewer) }).message);
          }
        }
      });
    }

    it(`lists and counts for ${viewer} only the products it may see`, async () => {
      const all = Object.keys(ids) as (keyof typeof ids)[];
      const expected = visibleSlugs(viewer, all);
      const list = dataOf(
        await as(viewer)<{ dataProducts: { totalCount: number; nodes: { slug: string }[] } }>(LIST, {
          filter: { domainIds: [domainId] },
        }),
      ).dataProducts;
      expect(slugsOf(list.nodes)).toEqual(expected);
      expect(list.totalCount).toBe(expected.length);
      const drafts = dataOf(
        await as(viewer)<{ dataProducts: { totalCount: number } }>(LIST, {
          filter: { domainIds: [domainId], statuses: ['DRAFT'] },
        }),
      ).dataProducts;
      expect(drafts.totalCount).toBe(visibleSlugs(viewer, ['aDraft', 'bDraft']).length);
    });

    it(`shows ${viewer} only visible products under team { products } and domain { products }`, async () => {
      const team = dataOf(
        await as(viewer)<{ team: { products: { totalCount: number; nodes: { slug: string }[] } } }>(TEAM_PRODUCTS, {
          id: world.teamB.id,
        }),
      ).team.products;
      const teamExpected = visibleSlugs(viewer, ['bDraft', 'bPub', 'bDep']);
      expect(slugsOf(team.nodes)).toEqual(teamExpected);
      expect(team.totalCount).toBe(teamExpected.length);
      const domain = dataOf(
        await as(viewer)<{ domain: { products: { totalCount: number; nodes: { slug: string }[] } } }>(DOMAIN_PRODUCTS, {
          id: domainId,
        }),
      ).domain.products;
      const domainExpected = visibleSlugs(viewer, Object.keys(ids) as (keyof typeof ids)[]);
      expect(slugsOf(domain.nodes)).toEqual(domainExpected);
      expect(domain.totalCount).toBe(domainExpected.length);
    });

    it(`hides B's draft from ${viewer} as a replacement, a lineage source and a consumer, unless it may see it`, async () => {
      const seesB = seesDraftOf(viewer, 'B');
      const deprecated = dataOf(await as(viewer)<{ dataProduct: Graph }>(GRAPH, { id: ids.bDep.id })).dataProduct;
      expect(deprecated.replacement).toEqual(seesB ? { slug: ids.bDraft.slug } : null);

      const graph = dataOf(await as(viewer)<{ dataProduct: Graph }>(GRAPH, { id: ids.aPub.id })).dataProduct;
      expect(graph.inputPorts).toEqual([
        { name: 'from-b-draft', sourcePort: seesB ? { id: bDraftPort, product: { slug: ids.bDraft.slug } } : null },
      ]);
      expect(graph.outputPorts[0]?.consumers).toEqual(
        seesB ? [{ name: 'from-a-pub', product: { slug: ids.bDraft.slug } }] : [],
      );
    });

    it(`gives ${viewer} connection details only of its own team's ports (admins all)`, async () => {
      const graph = dataOf(await as(viewer)<{ dataProduct: Graph }>(GRAPH, { id: ids.aPub.id })).dataProduct;
      const allowed = SEES_TEAM_A.includes(viewer);
      expect(graph.outputPorts[0]?.connectionDetails).toEqual(
        allowed ? { location: { cluster: 'main', topic: expect.any(String) as unknown } } : null,
      );
    });

    it(`answers outputPort(id) of B's draft for ${viewer} only if it may see the draft`, async () => {
      const response = await as(viewer)<{
        outputPort: { name: string; connectionDetails: { kind: string } | null } | null;
      }>(OUTPUT_PORT, { id: bDraftPort });
      if (seesDraftOf(viewer, 'B'))
        expect(dataOf(response).outputPort).toMatchObject({
          name: 'b-draft-out',
          connectionDetails: { kind: 'KAFKA_TOPIC' },
        });
      else {
        expect(response.body.data?.outputPort).toBeNull();
        expect(errorOf(response)).toMatchObject({ code: 'NOT_FOUND', reason: 'OUTPUT_PORT_NOT_FOUND' });
      }
    });
  }

  it('refuses every product read to anonymous callers', async () => {
    for (const query of [PRODUCT, LIST]) {
      const response = await world.api.graphql(query, { id: ids.aPub.id });
      expect(errorOf(response).code).toBe('UNAUTHENTICATED');
    }
  });
});
