import { randomUUID } from 'node:crypto';
import { SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';
import { Kafka, logLevel, Partitioners, type Admin, type Message, type Producer } from 'kafkajs';
import { serviceEnvironment } from '../support/environment';

/** A Debezium change event envelope (the shape a Postgres connector writes), trimmed to what tests need. */
export const DEBEZIUM_ENVELOPE_SCHEMA = {
  type: 'record',
  name: 'Envelope',
  namespace: 'tessera.test.inventory.orders',
  fields: [
    {
      name: 'before',
      type: [
        'null',
        {
          type: 'record',
          name: 'Value',
          fields: [
            { name: 'id', type: 'int' },
            { name: 'status', type: 'string' },
          ],
        },
      ],
      default: null,
    },
    { name: 'after', type: ['null', 'Value'], default: null },
    {
      name: 'source',
      type: {
        type: 'record',
        name: 'Source',
        namespace: 'io.debezium.connector.postgresql',
        fields: [
          { name: 'version', type: 'string' },
          { name: 'connector', type: 'string' },
          { name: 'name', type: 'string' },
          { name: 'ts_ms', type: 'long' },
          { name: 'db', type: 'string' },
          { name: 'schema', type: 'string' },
          { name: 'table', type: 'string' },
          { name: 'lsn', type: ['null', 'long'], default: null },
        ],
      },
    },
    { name: 'op', type: 'string' },
    { name: 'ts_ms', type: ['null', 'long'], default: null },
  ],
};

export function debeziumEvent(id: number, sourceTsMs: number) {
  return {
    before: null,
    after: { id, status: 'PLACED' },
    source: {
      version: '2.7.0.Final',
      connector: 'postgresql',
      name: 'inventory',
      ts_ms: sourceTsMs,
      db: 'inventory',
      schema: 'public',
      table: 'orders',
      lsn: 1000 + id,
    },
    op: 'c',
    // Debezium's own processing time, later than the commit time in source.ts_ms.
    ts_ms: sourceTsMs + 1500,
  };
}

/** Topics, producers and the registry for one suite; everything it creates is removed by `close`. */
export class KafkaFixtures {
  readonly brokers = serviceEnvironment().kafkaBrokers.split(',');
  readonly registryUrl = serviceEnvironment().schemaRegistryUrl;
  readonly registry = new SchemaRegistry({ host: this.registryUrl });
  private readonly kafka = new Kafka({ clientId: 'freshness-test', brokers: this.brokers, logLevel: logLevel.NOTHING });
  private readonly admin: Admin = this.kafka.admin();
  private readonly producer: Producer = this.kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  private readonly topics: string[] = [];
  private readonly subjects: string[] = [];

  async connect(): Promise<void> {
    await Promise.all([this.admin.connect(), this.producer.connect()]);
  }

  async createTopic(partitions = 1, config: Record<string, string> = {}): Promise<string> {
    const topic = `tessera.test.freshness-${randomUUID()}`;
    await this.admin.createTopics({
      topics: [
        {
          topic,
          numPartitions: partitions,
          configEntries: Object.entries(config).map(([name, value]) => ({ name, value })),
        },
      ],
      waitForLeaders: true,
    });
    this.topics.push(topic);
    return topic;
  }

  async topicExists(topic: string): Promise<boolean> {
    return (await this.admin.listTopics()).includes(topic);
  }

  async send(topic: string, messages: Message[]): Promise<void> {
    await this.producer.send({ topic, messages, acks: -1 });
  }

  /** A transactional producer of the suite's own; each call is a fresh transactional id. */
  async transactionalProducer(): Promise<Producer> {
    const producer = this.kafka.producer({
      transactionalId: `freshness-test-${randomUUID()}`,
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    await producer.connect();
    return producer;
  }

  async registerDebeziumSchema(topic: string): Promise<number> {
    const subject = `${topic}-value`;
    const { id } = await this.registry.register(
      { type: SchemaType.AVRO, schema: JSON.stringify(DEBEZIUM_ENVELOPE_SCHEMA) },
      { subject },
    );
    this.subjects.push(subject);
    return id;
  }

  async close(): Promise<void> {
    if (this.topics.length > 0) await this.admin.deleteTopics({ topics: this.topics }).catch(() => undefined);
    for (const subject of this.subjects) {
      // Soft delete, then permanent, as the Confluent API requires.
      for (const query of ['', '?permanent=true']) {
        await fetch(`${this.registryUrl}/subjects/${encodeURIComponent(subject)}${query}`, { method: 'DELETE' }).catch(
          () => undefined,
        );
      }
    }
    await Promise.all([this.admin.disconnect(), this.producer.disconnect()]);
  }
}
