import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DedicatedServices } from '../support/dedicated-services';
import { uniqueSuffix } from '../support/environment';
import { eventually } from '../support/eventually';
import { AccessWorld } from './access-world';
import { connectedAdmin, consumeAs, kafkaAs } from './kafka-clients';

/**
 * Acceptance 3: a grant approved while the cluster's broker is down is retried and shows
 * FAILED with the error; when the broker returns the grant is made with nobody acting. The
 * broker is a private one (its own ports and data), so stopping it disturbs no other suite.
 */
describe('provisioning while the broker is down', () => {
  let services: DedicatedServices;
  let world: AccessWorld;
  let brokers: string[];
  const topic = `tessera.test.outage-${randomUUID()}`;
  const values = ['a', 'b'];

  beforeAll(async () => {
    services = await DedicatedServices.create();
    await services.up('kafka');
    brokers = services.kafkaSaslBrokers.split(',');
    const admin = await connectedAdmin(brokers);
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
    await admin.disconnect();
    const producer = kafkaAs('admin', brokers).producer();
    await producer.connect();
    await producer.send({ topic, acks: -1, messages: values.map((value) => ({ value })) });
    await producer.disconnect();
    world = await AccessWorld.start('access_outage', { worker: true });
  }, 240_000);

  afterAll(async () => {
    await world?.close();
    await services?.destroy();
  }, 120_000);

  it('shows FAILED with the error while the broker is away, and grants once it is back', async () => {
    const cluster = await world.registerKafkaCluster(brokers.join(','));
    await world.setPrincipal('KAFKA_CLUSTER', cluster, 'User:bob');
    const { portId } = await world.publishedPort({ cluster, topic });
    const { id } = await world.request(portId);
    await services.down('kafka');

    await world.approve(id);
    const failed = await world.grantBecomes(id, (grant) => grant.status === 'FAILED');
    expect(failed.lastErrorCode).toBe('BROKER_UNAVAILABLE');
    expect(failed.lastError).toContain(cluster);
    expect(failed.lastError).not.toContain('127.0.0.1');
    const retried = await world.grantBecomes(id, (grant) => grant.status === 'FAILED' && grant.attempts >= 2);
    expect(retried.lastErrorCode).toBe('BROKER_UNAVAILABLE');

    await services.up('kafka');

    const active = await world.grantBecomes(id, (grant) => grant.status === 'ACTIVE', 120_000);
    expect([active.lastError, active.lastErrorCode]).toEqual([null, null]);
    const outcome = await eventually(
      () => consumeAs('bob', topic, `${world.teamB.slug}.${uniqueSuffix()}`, values.length, 15_000, brokers),
      (result) => 'values' in result,
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    expect(outcome).toEqual({ values });
  }, 240_000);
});
