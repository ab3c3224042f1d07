import type { INestApplicationContext } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkerApplication } from '../../src/bootstrap';
import { GrantProvisioning } from '../../src/modules/access/grant-provisioning.service';
import { createEmptyDatabase, dropDatabase } from '../support/databases';
import { uniqueSuffix } from '../support/environment';
import { testConfig } from '../support/test-config';
import { AccessWorld } from './access-world';
import { asSuperuser, createLoginRole, dropRoles, quoted, selectAs } from './postgres-clients';

/**
 * A team gives up its access and asks again before the old grant's removal has run (a broker
 * or database was down, the queue was behind). The new grant is made first; the old removal
 * runs after it and must not take away what the new, active grant holds. Jobs are run by hand
 * here, in that order, through the worker's own GrantProvisioning.
 */
describe('a late revocation beside a newer grant', () => {
  let world: AccessWorld;
  let worker: INestApplicationContext;
  let monitored: { name: string; url: string };
  const role = `consumer_${uniqueSuffix()}`;
  const password = 'consumer-secret';
  const table = quoted('sales', 'orders');
  let location: Record<string, string>;

  beforeAll(async () => {
    world = await AccessWorld.start('access_stale_revoke');
    // No processors: nothing runs unless the test runs it.
    worker = await createWorkerApplication(testConfig(world.database.url), { definitions: [], processors: [] });
    monitored = await createEmptyDatabase('access_stale_monitored');
    await asSuperuser(monitored.url, async (client) => {
      await client.query('CREATE SCHEMA sales');
      await client.query(`CREATE TABLE ${table} (id int PRIMARY KEY)`);
      await client.query(`INSERT INTO ${table} VALUES (1)`);
      await client.query(`CREATE TABLE ${quoted('sales', 'refunds')} (id int PRIMARY KEY)`);
    });
    await createLoginRole(role, password);
    const database = await world.registerPostgresDatabase(monitored.url);
    await world.setPrincipal('POSTGRES_DATABASE', database, role);
    location = { database, schema: 'sales', table: 'orders' };
  });

  afterAll(async () => {
    await worker?.close();
    await world?.close();
    if (monitored) await dropDatabase(monitored.name);
    await dropRoles([role]);
  });

  it('keeps the privileges the active grant holds, and removes them once that one is revoked too', async () => {
    const provisioning = worker.get(GrantProvisioning);
    const selectOrders = () => selectAs(monitored.url, role, password, `SELECT id FROM ${table}`);
    const { portId } = await world.publishedPort(location);
    const first = await world.request(portId);
    const [oldGrant] = (await world.approve(first.id)).grants;
    await provisioning.converge(oldGrant!.id);
    await world.revoke(first.id);
    const second = await world.request(portId);
    const [newGrant] = (await world.approve(second.id)).grants;
    await provisioning.converge(newGrant!.id);

    await provisioning.converge(oldGrant!.id);

    expect((await world.subscription(first.id)).grants[0]).toMatchObject({ desired: 'REVOKE', status: 'REMOVED' });
    expect((await world.subscription(second.id)).grants[0]).toMatchObject({ desired: 'GRANT', status: 'ACTIVE' });
    expect(await selectOrders()).toEqual({ rows: [{ id: 1 }] });
    // The schema USAGE the old grant created is now the active grant's to remove.
    const usage = (await world.subscription(second.id)).grants[0]!.records.find(
      (record) => record.objectType === 'SCHEMA',
    );
    expect(usage).toMatchObject({ privilege: 'USAGE', newlyGranted: true });

    await world.revoke(second.id);
    await provisioning.converge(newGrant!.id);
    expect(await selectOrders()).toEqual({ sqlState: '42501' });
    // Nothing Tessera granted is left behind: not even the schema USAGE.
    const hasUsage = await asSuperuser(monitored.url, (client) =>
      client.query<{ usage: boolean }>(`SELECT has_schema_privilege($1, 'sales', 'USAGE') AS usage`, [role]),
    );
    expect(hasUsage.rows[0]!.usage).toBe(false);
  });

  it('removes the schema USAGE with the last of two grants in the schema, whichever went first', async () => {
    const usage = () =>
      asSuperuser(monitored.url, (client) =>
        client.query<{ usage: boolean }>(`SELECT has_schema_privilege($1, 'sales', 'USAGE') AS usage`, [role]),
      ).then((result) => result.rows[0]!.usage);
    const provisioning = worker.get(GrantProvisioning);
    const orders = await world.publishedPort(location);
    const refunds = await world.publishedPort({ ...location, table: 'refunds' });
    const first = await world.request(orders.portId);
    const [firstGrant] = (await world.approve(first.id)).grants;
    await provisioning.converge(firstGrant!.id);
    const second = await world.request(refunds.portId);
    const [secondGrant] = (await world.approve(second.id)).grants;
    await provisioning.converge(secondGrant!.id);

    // The grant that created the USAGE goes first; the other still needs the schema.
    await world.revoke(first.id);
    await provisioning.converge(firstGrant!.id);
    expect(await usage()).toBe(true);
    expect(await selectAs(monitored.url, role, password, `SELECT id FROM ${quoted('sales', 'refunds')}`)).toEqual({
      rows: [],
    });

    await world.revoke(second.id);
    await provisioning.converge(secondGrant!.id);
    expect(await usage()).toBe(false);
  });
});
