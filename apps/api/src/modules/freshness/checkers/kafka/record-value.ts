import type { SchemaRegistry } from '@kafkajs/confluent-schema-registry';
import { CheckFailure } from '../check-outcome';
import { describeError } from '../freshness-checker';

/** Codes for reading a timestamp field out of a record value. */
export const RecordValueError = {
  DECODE_FAILED: 'DECODE_FAILED',
  FIELD_NOT_FOUND: 'FIELD_NOT_FOUND',
  SCHEMA_REGISTRY_UNAVAILABLE: 'SCHEMA_REGISTRY_UNAVAILABLE',
  SCHEMA_REGISTRY_UNAUTHORIZED: 'SCHEMA_REGISTRY_UNAUTHORIZED',
} as const;

const CONFLUENT_MAGIC_BYTE = 0;
const CONFLUENT_HEADER_BYTES = 5;
// avsc wraps a union branch as { type: value } when the union is ambiguous ("auto" mode).
const AVRO_PRIMITIVE_BRANCHES = new Set(['long', 'int', 'double', 'float', 'string']);

/** The registry client error shape (@kafkajs/confluent-schema-registry's ResponseError). */
interface RegistryResponseError {
  status?: number;
  message?: string;
}

function registryFailure(error: unknown, schemaId: number, where: string): CheckFailure {
  const { status, message = describeError(error) } = (error ?? {}) as RegistryResponseError;
  if (status === 404) {
    return new CheckFailure(RecordValueError.DECODE_FAILED, `${where}: schema id ${schemaId} is not in the registry`);
  }
  if (status === 401 || status === 403) {
    return new CheckFailure(RecordValueError.SCHEMA_REGISTRY_UNAUTHORIZED, `schema registry refused: ${message}`);
  }
  // Network failures come back as status 400 with the socket error's message; 5xx are the registry's own.
  if (status === undefined || status >= 500 || /ECONN|ENOTFOUND|ETIMEDOUT|EHOST|EAI_AGAIN|socket/i.test(message)) {
    return new CheckFailure(RecordValueError.SCHEMA_REGISTRY_UNAVAILABLE, `schema registry unreachable: ${message}`);
  }
  return new CheckFailure(RecordValueError.DECODE_FAILED, `${where}: ${message}`);
}

/**
 * Decodes a record value: the Confluent wire format (magic byte 0, 4-byte schema id, payload)
 * through the schema registry, anything else as UTF-8 JSON. JSON never starts with byte 0,
 * so the first byte tells the two apart.
 */
export async function decodeRecordValue(
  value: Buffer,
  registry: (() => SchemaRegistry) | undefined,
  where: string,
): Promise<unknown> {
  if (value.length >= CONFLUENT_HEADER_BYTES && value[0] === CONFLUENT_MAGIC_BYTE) {
    const schemaId = value.readInt32BE(1);
    if (!registry) {
      throw new CheckFailure(
        RecordValueError.DECODE_FAILED,
        `${where}: the value is in the schema registry wire format (schema id ${schemaId}) but no registry is configured`,
      );
    }
    const client = registry();
    try {
      // Fetches and caches the writer schema by id first, so registry failures are told apart from bad payloads.
      await client.getSchema(schemaId);
    } catch (error) {
      throw registryFailure(error, schemaId, where);
    }
    try {
      return (await client.decode(value)) as unknown;
    } catch (error) {
      throw new CheckFailure(RecordValueError.DECODE_FAILED, `${where}: ${describeError(error)}`);
    }
  }
  try {
    return JSON.parse(value.toString('utf8')) as unknown;
  } catch (error) {
    throw new CheckFailure(RecordValueError.DECODE_FAILED, `${where}: not JSON (${describeError(error)})`);
  }
}

/**
 * The value at a dot path, or undefined when any step is missing or null. A numeric segment
 * indexes an array. An Avro union branch wrapped as `{ "long": 1700000000000 }` is unwrapped.
 */
export function readFieldPath(value: unknown, path: string): unknown {
  let current: unknown = value;
  for (const segment of path.split('.')) {
    if (current === null || current === undefined) return undefined;
    if (Array.isArray(current)) {
      current = /^\d+$/.test(segment) ? (current as unknown[])[Number(segment)] : undefined;
    } else if (typeof current === 'object') {
      current = Object.prototype.hasOwnProperty.call(current, segment)
        ? (current as Record<string, unknown>)[segment]
        : undefined;
    } else {
      return undefined;
    }
  }
  if (current !== null && typeof current === 'object' && !Array.isArray(current) && !(current instanceof Date)) {
    const keys = Object.keys(current);
    if (keys.length === 1 && AVRO_PRIMITIVE_BRANCHES.has(keys[0]!)) {
      current = (current as Record<string, unknown>)[keys[0]!];
    }
  }
  return current ?? undefined;
}
