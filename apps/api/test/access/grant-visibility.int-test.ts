import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessWorld } from './access-world';

const RECORD = {
  portKind: 'POSTGRES_TABLE',
  database: 'warehouse',
  role: 'reporting',
  objectType: 'TABLE',
  privilege: 'SELECT',
  schema: 'sales',
  table: 'orders',
};
const LAST_ERROR = 'Still held through a grant made by another role: SELECT on "sales"."orders" in "warehouse"';

/**
 * Grant records and errors name the port's database, schema and table (or cluster and topic):
 * connection details. The consumer team sees them while its subscription is approved; once it
 * ends, the team still sees how removal goes, but no longer where the data lives.
 */
describe('grant visibility', () => {
  let world: AccessWorld;

  beforeAll(async () => {
    world = await AccessWorld.start('access_grant_visibility');
  });

  afterAll(async () => {
    await world.close();
  });

  /** An approved subscription whose grant was provisioned (as the worker records it). */
  async function provisioned(): Promise<string> {
    const { portId } = await world.publishedPort({ database: 'warehouse', schema: 'sales', table: 'orders' });
    const { id } = await world.request(portId);
    await world.approve(id);
    await world.factories.prisma.grant.updateMany({
      where: { subscriptionId: id },
      data: { status: 'ACTIVE', records: [RECORD] },
    });
    return id;
  }

  it('shows the records to the consumer team while approved', async () => {
    const id = await provisioned();

    const [grant] = (await world.subscription(id)).grants;

    expect(grant).toMatchObject({ status: 'ACTIVE', records: [RECORD] });
  });

  it('hides records and error text from the consumer team once revoked, but not from the owners', async () => {
    const id = await provisioned();
    await world.revoke(id);
    await world.factories.prisma.grant.updateMany({
      where: { subscriptionId: id },
      data: { status: 'FAILED', lastError: LAST_ERROR, lastErrorCode: 'REVOKE_INCOMPLETE' },
    });

    const [consumers] = (await world.subscription(id, world.memberB)).grants;
    const [owners] = (await world.subscription(id, world.memberA)).grants;

    expect(consumers).toMatchObject({
      desired: 'REVOKE',
      status: 'FAILED',
      records: [],
      lastError: null,
      lastErrorCode: 'REVOKE_INCOMPLETE',
    });
    expect(owners).toMatchObject({ records: [RECORD], lastError: LAST_ERROR });
    expect(JSON.stringify(consumers)).not.toContain('warehouse');
  });
});
