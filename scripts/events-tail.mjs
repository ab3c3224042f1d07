#!/usr/bin/env node
// Prints Tessera's catalog events as they arrive, decoded through the schema registry:
//   KAFKA_BROKERS=127.0.0.1:59092 SCHEMA_REGISTRY_URL=http://127.0.0.1:58081/apis/ccompat/v7 \
//     node scripts/events-tail.mjs [--from-beginning] [--topic tessera.catalog.data-product.v1]
// One JSON line per event: the envelope (id, type, source, subject, time, dataVersion, data)
// plus the Kafka partition and offset. Consumers deduplicate on `id`.
import { SchemaRegistry } from '@kafkajs/confluent-schema-registry';
import { EVENT_TOPICS } from '@tessera/contracts';
import { Kafka, logLevel } from 'kafkajs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    'from-beginning': { type: 'boolean', default: false },
    topic: { type: 'string', multiple: true },
    group: { type: 'string' },
  },
});
const brokers = process.env.KAFKA_BROKERS;
const registryUrl = process.env.SCHEMA_REGISTRY_URL;
if (!brokers || !registryUrl) {
  console.error('events-tail: set KAFKA_BROKERS and SCHEMA_REGISTRY_URL (eval "$(scripts/services.sh env)")');
  process.exit(2);
}

const registry = new SchemaRegistry({ host: registryUrl });
const kafka = new Kafka({ clientId: 'tessera-events-tail', brokers: brokers.split(','), logLevel: logLevel.WARN });
const consumer = kafka.consumer({ groupId: values.group ?? `tessera-events-tail-${process.pid}-${Date.now()}` });
const topics = values.topic ?? Object.values(EVENT_TOPICS);

await consumer.connect();
await consumer.subscribe({ topics, fromBeginning: values['from-beginning'] });
await consumer.run({
  eachMessage: async ({ topic, partition, message }) => {
    const event = await registry.decode(message.value);
    process.stdout.write(`${JSON.stringify({ topic, partition, offset: message.offset, ...event })}\n`);
  },
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    void consumer.disconnect().then(() => process.exit(0));
  });
}
