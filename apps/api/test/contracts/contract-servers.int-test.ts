import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { TestApi } from '../support/api-client';
import { createTestDatabase, dropDatabase } from '../support/databases';
import { Factories } from '../support/factories';
import { testConfig } from '../support/test-config';

const IMPORT = `mutation($input: ImportDataContractInput!) { importDataContract(input: $input) { contract { yaml } } }`;
const EXPORT = `query($portId: ID!) { exportDataContract(portId: $portId, format: JSON) }`;
const PORT_CONTRACT = `query($id: ID!) { outputPort(id: $id) { contract { document yaml json } } }`;
const DESCRIPTOR = `query($slug: String!) { dataProductDescriptor(slug: $slug) }`;

/** ODCS `servers` name where the data lives: connection details, like the port's own location. */
const SERVERS = [{ server: 'production', type: 'kafka', host: 'broker-1.internal:9092', topic: 'orders.placed.v1' }];
const CONTRACT = JSON.stringify({ description: { usage: 'Join on order_id.' }, servers: SERVERS });

type Json = Record<string, unknown>;

/**
 * Connection details are visible to the owning team, admins and approved subscribers only, on
 * every path: an imported contract's `servers` is left out for everybody else, wherever the
 * contract is read (the port's contract, its export, the product's descriptor).
 */
describe('data contract servers', () => {
  let database: { name: string; url: string };
  let api: TestApi;
  let factories: Factories;
  let tokens: { member: string; reader: string; subscriber: string; admin: string };
  let product: { id: string; slug: string };
  let port: { id: string };

  /** Every place a reader finds the contract, as JSON documents. */
  async function contractsSeenBy(token: string): Promise<Json[]> {
    const as = api.as(token);
    const onPort = await as.graphql<{ outputPort: { contract: { document: Json; yaml: string; json: string } } }>(
      PORT_CONTRACT,
      { id: port.id },
    );
    const exported = await as.graphql<{ exportDataContract: string }>(EXPORT, { portId: port.id });
    const descriptor = await as.graphql<{ dataProductDescriptor: { outputPorts: { contract: Json }[] } }>(DESCRIPTOR, {
      slug: product.slug,
    });
    for (const response of [onPort, exported, descriptor]) expect(response.body.errors).toBeUndefined();
    const contract = onPort.body.data!.outputPort.contract;
    return [
      contract.document,
      parse(contract.yaml) as Json,
      JSON.parse(contract.json) as Json,
      JSON.parse(exported.body.data!.exportDataContract) as Json,
      descriptor.body.data!.dataProductDescriptor.outputPorts[0]!.contract,
    ];
  }

  beforeAll(async () => {
    database = await createTestDatabase('contract_servers');
    api = await TestApi.start(testConfig(database.url));
    factories = new Factories(database.url);
    const [member, reader, subscriber, admin] = await Promise.all([
      factories.user(),
      factories.user(),
      factories.user(),
      factories.user({ isPlatformAdmin: true }),
    ]);
    const team = await factories.team([{ userId: member.id, role: 'MEMBER' }]);
    await factories.team([{ userId: reader.id, role: 'OWNER' }]);
    const subscriberTeam = await factories.team([{ userId: subscriber.id, role: 'MEMBER' }]);
    product = await factories.product(team.id, (await factories.domain(team.id)).id, { status: 'PUBLISHED' });
    port = await factories.outputPort(product.id, { name: 'order-events' });
    await factories.prisma.subscription.create({
      data: { portId: port.id, consumerTeamId: subscriberTeam.id, purpose: 'Reporting', status: 'APPROVED' },
    });
    tokens = {
      member: await factories.apiToken({ userId: member.id }),
      reader: await factories.apiToken({ userId: reader.id }),
      subscriber: await factories.apiToken({ userId: subscriber.id }),
      admin: await factories.apiToken({ userId: admin.id }, ['admin']),
    };
    const imported = await api
      .as(tokens.member)
      .graphql(IMPORT, { input: { portId: port.id, document: CONTRACT, format: 'JSON' } });
    expect(imported.body.errors).toBeUndefined();
  });

  afterAll(async () => {
    await factories.close();
    await api.close();
    await dropDatabase(database.name);
  });

  it('leaves servers out of the contract for a reader without an approved subscription, on every path', async () => {
    const seen = await contractsSeenBy(tokens.reader);

    expect(seen).toHaveLength(5);
    for (const document of seen) {
      expect(document).not.toHaveProperty('servers');
      expect(document).toMatchObject({ kind: 'DataContract', description: { usage: 'Join on order_id.' } });
    }
  });

  it('shows servers to the owning team and admins', async () => {
    for (const token of [tokens.member, tokens.admin]) {
      for (const document of await contractsSeenBy(token)) expect(document.servers).toEqual(SERVERS);
    }
  });

  it('shows servers to an approved subscriber on the port and in the export', async () => {
    const [document, yaml, json, exported] = await contractsSeenBy(tokens.subscriber);

    for (const seen of [document, yaml, json, exported]) expect(seen!.servers).toEqual(SERVERS);
  });
});
