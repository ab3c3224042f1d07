import { SchemaRegistry } from '@kafkajs/confluent-schema-registry';
import type { EventEnvelope } from '@tessera/contracts';
import { Kafka, logLevel } from 'kafkajs';
import { serviceEnvironment, uniqueSuffix } from './environment';

export interface ReceivedEvent {
  key: string;
  partition: number;
  offset: string;
  raw: string;
  envelope: EventEnvelope;
}

/**
 * Reads a topic from the beginning, decoding every record through the schema registry with
 * @kafkajs/confluent-schema-registry, until `done` accepts what was read.
 */
export async function consumeUntil(
  brokers: string,
  topic: string,
  done: (events: ReceivedEvent[]) => boolean,
  timeoutMs = 120_000,
): Promise<ReceivedEvent[]> {
  const registry = new SchemaRegistry({ host: serviceEnvironment().schemaRegistryUrl });
  const kafka = new Kafka({
    clientId: 'outbox-test-consumer',
    brokers: brokers.split(','),
    logLevel: logLevel.NOTHING,
  });
  const consumer = kafka.consumer({ groupId: `outbox-test-${uniqueSuffix()}` });
  const events: ReceivedEvent[] = [];
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`only ${events.length} events read from ${topic} in ${timeoutMs} ms`)),
        timeoutMs,
      );
      void consumer.run({
        eachMessage: async ({ partition, message }) => {
          const envelope = (await registry.decode(message.value as Buffer)) as EventEnvelope;
          events.push({
            key: String(message.key),
            partition,
            offset: message.offset,
            raw: (message.value as Buffer).toString('base64'),
            envelope,
          });
          if (done(events)) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
  } finally {
    await consumer.disconnect();
  }
  return events;
}
