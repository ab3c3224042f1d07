import { errorOutcome, type CheckError } from '../check-outcome';
import { DeadlineExceeded } from '../deadline';
import { describeError, errorChain } from '../freshness-checker';
import { RecordValueError } from './record-value';

/** The KAFKA_TOPIC checker's error codes (besides CommonCheckError). */
export const KafkaTopicCheckError = {
  ...RecordValueError,
  /** No broker answered: refused, unreachable, or silent within the budget. */
  BROKER_UNAVAILABLE: 'BROKER_UNAVAILABLE',
  /** SASL authentication failed. */
  BAD_CREDENTIALS: 'BAD_CREDENTIALS',
  /** Authenticated, but ACLs deny describing or reading the topic. */
  NOT_AUTHORIZED: 'NOT_AUTHORIZED',
  TOPIC_NOT_FOUND: 'TOPIC_NOT_FOUND',
  /** A partition has no leader right now (broker failover in progress). */
  PARTITION_UNAVAILABLE: 'PARTITION_UNAVAILABLE',
  /** Every partition's tail held only markers, aborted records or tombstones as far back as the scan goes. */
  SCAN_LIMIT_REACHED: 'SCAN_LIMIT_REACHED',
} as const;

const NOT_AUTHORIZED_TYPES = new Set(['TOPIC_AUTHORIZATION_FAILED', 'CLUSTER_AUTHORIZATION_FAILED']);
const TOPIC_NOT_FOUND_TYPES = new Set(['UNKNOWN_TOPIC_OR_PARTITION', 'UNKNOWN_TOPIC_ID']);
const PARTITION_UNAVAILABLE_TYPES = new Set([
  'LEADER_NOT_AVAILABLE',
  'NOT_LEADER_FOR_PARTITION',
  'NOT_LEADER_OR_FOLLOWER',
  'REPLICA_NOT_AVAILABLE',
  'FENCED_LEADER_EPOCH',
  'UNKNOWN_LEADER_EPOCH',
  'KAFKA_STORAGE_ERROR',
]);
const UNREACHABLE_ERROR_NAMES = new Set([
  'KafkaJSConnectionError',
  'KafkaJSConnectionClosedError',
  'KafkaJSBrokerNotFound',
  'KafkaJSNoBrokerAvailableError',
  'KafkaJSRequestTimeoutError',
]);
const SOCKET_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ETIMEDOUT',
  'EAI_AGAIN',
]);

/**
 * Maps what kafkajs throws to a code, looking through its wrappers (retries exhausted,
 * non-retriable) to the cause. A budget that ran out before any broker answered is the
 * broker being unavailable; once connected, it is a plain timeout (left to the default).
 */
export function mapKafkaError(error: unknown, connected: boolean): CheckError | undefined {
  for (const cause of errorChain(error)) {
    const { name, type, code } = (cause ?? {}) as { name?: string; type?: string; code?: string };
    const message = describeError(cause);
    if (cause instanceof DeadlineExceeded) {
      return connected
        ? undefined
        : errorOutcome(KafkaTopicCheckError.BROKER_UNAVAILABLE, `no broker answered: ${message}`);
    }
    if (name === 'KafkaJSSASLAuthenticationError' || type === 'SASL_AUTHENTICATION_FAILED') {
      return errorOutcome(KafkaTopicCheckError.BAD_CREDENTIALS, message);
    }
    if (type && NOT_AUTHORIZED_TYPES.has(type)) return errorOutcome(KafkaTopicCheckError.NOT_AUTHORIZED, message);
    if (type && TOPIC_NOT_FOUND_TYPES.has(type)) return errorOutcome(KafkaTopicCheckError.TOPIC_NOT_FOUND, message);
    if (type && PARTITION_UNAVAILABLE_TYPES.has(type)) {
      return errorOutcome(KafkaTopicCheckError.PARTITION_UNAVAILABLE, message);
    }
    if ((name && UNREACHABLE_ERROR_NAMES.has(name)) || (code && SOCKET_ERROR_CODES.has(code))) {
      return errorOutcome(KafkaTopicCheckError.BROKER_UNAVAILABLE, message);
    }
  }
  return undefined;
}
