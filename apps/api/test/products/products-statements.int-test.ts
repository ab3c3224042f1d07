import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaService } from '../../src/infra/prisma/prisma.service';
import { fewestStatements } from '../support/statements';
import { dataOf, ProductWorld } from './product-world';

const PRODUCTS = `query($first: Int!, $domainId: ID!) {
  dataProducts(first: $first, filter: { domainIds: [$domainId] }) {
    totalCount
    nodes {
      name
      domain { name }
      team { name }
      replacement { name }
      outputPorts { name connectionDetails { kind } consumers { name product { name } } }
      inputPorts { name sourcePort { name product { name } } }
    }
  }
}`;

const TEAMS = `query($first: Int!) {
  teams(first: $first) { nodes { name products(first: 5) { totalCount nodes { name outputPorts { name } } } } }
}`;

/**
 * DataLoaders batch every relation, so the number of SQL statements of a request does not
 * depend on how many items it lists. Counted with the Prisma client's query events.
 */
describe('SQL statements per request', () => {
  let world: ProductWorld;
  let prisma: PrismaService;
  let domainId: string;

  beforeAll(async () => {
    world = await ProductWorld.start('products_statements', { GRAPHQL_MAX_COST: '100000' });
    prisma = world.api.app.get(PrismaService);
    domainId = (await world.factories.domain(world.teamA.id)).id;
    // 120 products over 12 teams, each with an output port read by the next product's input port.
    const teams = [world.teamA, world.teamB];
    for (let index = 0; index < 10; index += 1) teams.push(await world.factories.team());
    const db = world.factories.prisma;
    let previousPort: string | null = null;
    for (let index = 0; index < 120; index += 1) {
      const product = await world.product(teams[index % teams.length]!.id, {
        domainId,
        name: `product ${String(index).padStart(3, '0')}`,
        status: 'PUBLISHED',
      });
      const port = await world.factories.outputPort(product.id, { name: 'out' });
      if (previousPort)
        await db.inputPort.create({ data: { productId: product.id, sourcePortId: previousPort, name: 'in' } });
      previousPort = port.id;
    }
  });

  afterAll(async () => {
    await world.close();
  });

  const statementsOf = (query: string, variables: Record<string, unknown>) =>
    fewestStatements(prisma, async () => dataOf(await world.as(world.memberA)(query, variables)));

  it('is the same for 10 and 100 products with their domain, team, ports and lineage', async () => {
    await statementsOf(PRODUCTS, { first: 1, domainId }); // warms the token's last-used bookkeeping
    const ten = await statementsOf(PRODUCTS, { first: 10, domainId });
    const hundred = await statementsOf(PRODUCTS, { first: 100, domainId });
    expect(ten).toBeGreaterThan(5);
    expect(hundred).toBe(ten);
  });

  it('is the same for 2 and 12 teams with their products', async () => {
    await statementsOf(TEAMS, { first: 1 });
    const two = await statementsOf(TEAMS, { first: 2 });
    const twelve = await statementsOf(TEAMS, { first: 12 });
    expect(twelve).toBe(two);
  });
});
