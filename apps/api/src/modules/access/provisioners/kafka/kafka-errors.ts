import {
  isProvisioningError,
  provisioningError,
  ProvisioningErrorCode,
  type ProvisioningError,
} from '../provisioning.errors';

/** kafkajs errors that mean "no broker answered", possibly after its own retries. */
const UNREACHABLE = new Set([
  'KafkaJSConnectionError',
  'KafkaJSConnectionClosedError',
  'KafkaJSRequestTimeoutError',
  'KafkaJSBrokerNotFound',
  'KafkaJSNoBrokerAvailableError',
  'KafkaJSTimeout',
]);

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EPIPE',
]);

const AUTHORIZATION_TYPES = new Set([
  'CLUSTER_AUTHORIZATION_FAILED',
  'TOPIC_AUTHORIZATION_FAILED',
  'GROUP_AUTHORIZATION_FAILED',
]);

interface ErrorLike {
  readonly name?: unknown;
  readonly type?: unknown;
  readonly code?: unknown;
  readonly retriable?: unknown;
  readonly cause?: unknown;
  readonly originalError?: unknown;
}

/** The error and the errors it wraps (kafkajs nests them in `cause` or `originalError`). */
function chainOf(error: unknown): ErrorLike[] {
  const chain: ErrorLike[] = [];
  let current: unknown = error;
  while (current !== null && typeof current === 'object' && chain.length < 10) {
    const link = current as ErrorLike;
    chain.push(link);
    current = link.cause ?? link.originalError;
  }
  return chain;
}

/** Turns whatever kafkajs threw into a ProvisioningError a job can show and act on. */
export function classifyKafkaError(error: unknown, cluster: string): ProvisioningError {
  if (isProvisioningError(error)) return error;
  const chain = chainOf(error);
  const has = (test: (link: ErrorLike) => boolean) => chain.some(test);

  if (has((link) => link.name === 'KafkaJSSASLAuthenticationError')) {
    return provisioningError(
      ProvisioningErrorCode.AUTHENTICATION_FAILED,
      `Kafka cluster "${cluster}" refused the platform's administrative credentials`,
      error,
    );
  }
  if (has((link) => typeof link.type === 'string' && AUTHORIZATION_TYPES.has(link.type))) {
    return provisioningError(
      ProvisioningErrorCode.AUTHORIZATION_FAILED,
      `The platform's principal may not manage ACLs on Kafka cluster "${cluster}"`,
      error,
    );
  }
  if (has((link) => link.type === 'SECURITY_DISABLED')) {
    return provisioningError(
      ProvisioningErrorCode.ACLS_NOT_ENABLED,
      `Kafka cluster "${cluster}" has no authorizer configured, so ACLs cannot be managed`,
      error,
    );
  }
  if (
    has(
      (link) =>
        (typeof link.name === 'string' && UNREACHABLE.has(link.name)) ||
        (typeof link.code === 'string' && NETWORK_CODES.has(link.code)),
    )
  ) {
    return provisioningError(
      ProvisioningErrorCode.BROKER_UNAVAILABLE,
      `Kafka cluster "${cluster}" could not be reached`,
      error,
    );
  }
  const protocolError = chain.find((link) => typeof link.type === 'string');
  if (protocolError) {
    // The broker answered with an error code; kafkajs knows whether that code is transient.
    return provisioningError(
      ProvisioningErrorCode.PROVISIONING_FAILED,
      `Kafka cluster "${cluster}" refused the ACL request (${String(protocolError.type)})`,
      error,
      { retryable: protocolError.retriable === true },
    );
  }
  return provisioningError(
    ProvisioningErrorCode.PROVISIONING_FAILED,
    `Managing ACLs on Kafka cluster "${cluster}" failed unexpectedly`,
    error,
  );
}
