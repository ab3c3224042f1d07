import { expect } from 'vitest';
import { dataOf, type ProductWorld } from '../products/product-world';
import { serviceEnvironment, uniqueSuffix } from '../support/environment';

const REGISTER_REGISTRY = `mutation($input: RegisterSchemaRegistryInput!) {
  registerSchemaRegistry(input: $input) { schemaRegistry { id name } }
}`;
const REGISTER_KAFKA = `mutation($input: RegisterKafkaClusterInput!) {
  registerKafkaCluster(input: $input) { kafkaCluster { id name } }
}`;

/**
 * Registers, as a platform admin and through the connections API, a schema registry and a
 * Kafka cluster that names it; returns the cluster's name, which port locations use.
 */
export async function registerClusterWithRegistry(
  world: ProductWorld,
  registryUrl: string,
  brokers = serviceEnvironment().kafkaBrokers.split(','),
): Promise<string> {
  const suffix = uniqueSuffix();
  const registryName = `registry-${suffix}`;
  dataOf(await world.as(world.admin)(REGISTER_REGISTRY, { input: { name: registryName, url: registryUrl } }));
  const clusterName = `kafka-${suffix}`;
  dataOf(await world.as(world.admin)(REGISTER_KAFKA, { input: { name: clusterName, brokers, registryName } }));
  return clusterName;
}

/** A PUBLISHED product of team A with a Kafka port on the cluster; its topic is unique to the test. */
export async function kafkaPort(world: ProductWorld, cluster: string) {
  const product = await world.product(world.teamA.id, { status: 'PUBLISHED' });
  const topic = `schemas-test.${uniqueSuffix()}`;
  const port = await world.factories.outputPort(product.id, {
    name: `events-${uniqueSuffix()}`,
    kind: 'KAFKA_TOPIC',
    location: { cluster, topic },
  });
  return { product, port, topic, subject: `${topic}-value` };
}

const HEADERS = { 'content-type': 'application/vnd.schemaregistry.v1+json' };

/** Plain HTTP against the registry's Confluent-compatible API, to arrange and to look behind Tessera's back. */
export class RegistryHttp {
  private readonly subjects = new Set<string>();

  constructor(readonly url: string) {}

  async versions(subject: string): Promise<number[]> {
    const response = await fetch(`${this.url}/subjects/${encodeURIComponent(subject)}/versions`, { headers: HEADERS });
    if (response.status === 404) return [];
    expect(response.status).toBe(200);
    return (await response.json()) as number[];
  }

  async compatibility(subject: string): Promise<string> {
    const response = await fetch(`${this.url}/config/${encodeURIComponent(subject)}`, { headers: HEADERS });
    expect(response.status).toBe(200);
    return ((await response.json()) as { compatibilityLevel: string }).compatibilityLevel;
  }

  /** Registers a schema directly, as a producer would outside Tessera; returns its global id. */
  async register(subject: string, schema: string, format: 'AVRO' | 'JSON' | 'PROTOBUF' = 'AVRO'): Promise<number> {
    this.subjects.add(subject);
    const response = await fetch(`${this.url}/subjects/${encodeURIComponent(subject)}/versions`, {
      method: 'POST',
      headers: HEADERS,
      body: JSON.stringify(format === 'AVRO' ? { schema } : { schema, schemaType: format }),
    });
    expect(response.status, await response.clone().text()).toBe(200);
    return ((await response.json()) as { id: number }).id;
  }

  /** Subjects a test used, deleted at the end (soft, then permanently). */
  track(subject: string): void {
    this.subjects.add(subject);
  }

  async cleanUp(): Promise<void> {
    for (const subject of this.subjects) {
      const path = `${this.url}/subjects/${encodeURIComponent(subject)}`;
      await fetch(path, { method: 'DELETE', headers: HEADERS }).catch(() => undefined);
      await fetch(`${path}?permanent=true`, { method: 'DELETE', headers: HEADERS }).catch(() => undefined);
    }
  }
}
