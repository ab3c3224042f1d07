import { Inject, Injectable, Logger } from '@nestjs/common';
import { SchemaType } from '@kafkajs/confluent-schema-registry';
import { EVENT_SOURCE, EVENT_TYPES, eventSubject, type EventEnvelope, type EventName } from '@tessera/contracts';
import type { Producer } from 'kafkajs';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { KafkaService } from '../../infra/kafka/kafka.service';
import { SchemaRegistryService } from '../../infra/registry/schema-registry.service';
import type { OutboxRow } from './outbox.repository';

/**
 * Gives outbox rows to Kafka: topics created and schemas registered once (idempotently),
 * records encoded in Avro through the registry and keyed by aggregate, sent by the
 * idempotent producer with acks from all in-sync replicas.
 */
@Injectable()
export class EventPublisher {
  private readonly logger = new Logger('EventPublisher');
  private producer: Producer | undefined;
  private schemaIds: Map<string, number> | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly kafka: KafkaService,
    private readonly registry: SchemaRegistryService,
  ) {}

  get configured(): boolean {
    return this.kafka.configured && this.registry.configured;
  }

  /** Connects, creates missing topics and registers schemas; a no-op once done. */
  async ready(): Promise<void> {
    if (!this.schemaIds) {
      await this.ensureTopics();
      this.schemaIds = await this.registerSchemas();
    }
    if (!this.producer) {
      const producer = this.kafka.kafka().producer({ idempotent: true, maxInFlightRequests: 1, retry: { retries: 2 } });
      await producer.connect();
      this.producer = producer;
    }
  }

  async publish(rows: readonly OutboxRow[]): Promise<void> {
    const producer = this.producer;
    const schemaIds = this.schemaIds;
    if (!producer || !schemaIds) throw new Error('the event publisher is not ready');
    const byTopic = new Map<string, { key: string; value: Buffer; headers: Record<string, string> }[]>();
    for (const row of rows) {
      const definition = EVENT_TYPES[row.event_type as EventName];
      if (!definition) throw new Error(`unknown event type ${row.event_type} in the outbox`);
      const envelope: EventEnvelope = {
        id: row.id,
        type: definition.type,
        source: EVENT_SOURCE,
        subject: `${row.aggregate_type}/${row.aggregate_id}`,
        time: row.occurred_at.getTime(),
        dataVersion: row.data_version,
        data: row.payload as Record<string, unknown>,
      };
      const value = await this.registry.registry().encode(schemaIds.get(row.event_type) ?? 0, envelope);
      const messages = byTopic.get(definition.topic) ?? [];
      messages.push({ key: row.aggregate_id, value, headers: { 'event-id': row.id, 'event-type': definition.type } });
      byTopic.set(definition.topic, messages);
    }
    await producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
    });
  }

  /** After a failure: reconnect from scratch on the next attempt. */
  async reset(): Promise<void> {
    const producer = this.producer;
    this.producer = undefined;
    await producer?.disconnect().catch(() => undefined);
  }

  async close(): Promise<void> {
    await this.reset();
  }

  private async ensureTopics(): Promise<void> {
    const admin = this.kafka.kafka().admin();
    await admin.connect();
    try {
      const existing = new Set(await admin.listTopics());
      const topics = [...new Set(Object.values(EVENT_TYPES).map((definition) => definition.topic))].filter(
        (topic) => !existing.has(topic),
      );
      if (topics.length === 0) return;
      await admin.createTopics({
        waitForLeaders: true,
        topics: topics.map((topic) => ({
          topic,
          numPartitions: this.config.events.topicPartitions,
          replicationFactor: this.config.events.topicReplicationFactor,
        })),
      });
      this.logger.log(`created topics ${topics.join(', ')}`);
    } finally {
      await admin.disconnect();
    }
  }

  /** Registering an identical schema again returns the same id: safe for every worker at boot. */
  private async registerSchemas(): Promise<Map<string, number>> {
    const ids = new Map<string, number>();
    for (const [name, definition] of Object.entries(EVENT_TYPES)) {
      const { id } = await this.registry
        .registry()
        .register(
          { type: SchemaType.AVRO, schema: JSON.stringify(definition.schema) },
          { subject: eventSubject(definition) },
        );
      ids.set(name, id);
    }
    return ids;
  }
}
