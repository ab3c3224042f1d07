import { z } from 'zod';
import { epochUnitSchema } from '../timestamp-value';

/**
 * A Kafka cluster as registered by an admin (a Connection), secrets decrypted by the caller.
 * `id` keys the shared client: checks on one cluster reuse its sockets.
 */
export const kafkaClusterConnectionSchema = z.object({
  id: z.string().min(1),
  brokers: z.array(z.string().regex(/^[^\s:]+:\d{1,5}$/, 'host:port')).min(1),
  clientId: z.string().min(1).default('tessera-freshness'),
  ssl: z.boolean().default(false),
  sasl: z
    .object({
      mechanism: z.enum(['plain', 'scram-sha-256', 'scram-sha-512']),
      username: z.string().min(1),
      password: z.string(),
    })
    .optional(),
});
export type KafkaClusterConnection = z.infer<typeof kafkaClusterConnectionSchema>;

/** A Confluent-compatible schema registry, for values written with the Confluent wire format. */
export const schemaRegistryConnectionSchema = z.object({
  id: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }),
  username: z.string().min(1).optional(),
  password: z.string().optional(),
});
export type SchemaRegistryConnection = z.infer<typeof schemaRegistryConnectionSchema>;

/**
 * A dot-separated path into the decoded value: `source.ts_ms`, `payload.updatedAt`; a
 * numeric segment indexes an array (`items.0.at`). Keys that contain dots are not addressable.
 */
export const fieldPathSchema = z
  .string()
  .regex(/^[^.\s]+(\.[^.\s]+)*$/, 'a dot-separated path such as source.ts_ms')
  .max(256);

/**
 * Where the data time of a record comes from:
 * - RECORD_TIMESTAMP: the record's Kafka timestamp (CreateTime as the producer set it, or
 *   LogAppendTime as the broker stamped it, whichever the topic is configured with);
 * - VALUE_FIELD: a field inside the value, when the record time is not the data time (a
 *   Debezium change event's `source.ts_ms` is when the database committed the change).
 *   Values starting with the Confluent magic byte are decoded through `schemaRegistry`
 *   (Avro, JSON Schema, Protobuf), others are parsed as JSON. A numeric field is an epoch in
 *   `unit`; a string is either digits (epoch in `unit`) or ISO 8601.
 */
export const kafkaTimestampSourceSchema = z.discriminatedUnion('source', [
  z.object({ source: z.literal('RECORD_TIMESTAMP') }),
  z.object({
    source: z.literal('VALUE_FIELD'),
    path: fieldPathSchema,
    unit: epochUnitSchema.default('MILLISECONDS'),
    schemaRegistry: schemaRegistryConnectionSchema.optional(),
  }),
]);
export type KafkaTimestampSource = z.infer<typeof kafkaTimestampSourceSchema>;

export const kafkaTopicTargetSchema = z.object({
  kind: z.literal('KAFKA_TOPIC'),
  cluster: kafkaClusterConnectionSchema,
  topic: z.string().regex(/^[a-zA-Z0-9._-]{1,249}$/, 'a Kafka topic name'),
  timestamp: kafkaTimestampSourceSchema.default({ source: 'RECORD_TIMESTAMP' }),
});
/** A validated target, defaults applied. */
export type KafkaTopicTarget = z.infer<typeof kafkaTopicTargetSchema>;
/** A target as callers may write it. */
export type KafkaTopicTargetInput = z.input<typeof kafkaTopicTargetSchema>;
