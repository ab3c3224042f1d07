import { describe, expect, it } from 'vitest';
import { KafkaJSConnectionError, KafkaJSNumberOfRetriesExceeded, KafkaJSProtocolError } from 'kafkajs';
import { classifyKafkaError } from '../kafka/kafka-errors';
import { classifyPostgresError } from '../postgres/postgres-errors';
import { ProvisioningErrorCode } from '../provisioning.errors';

function protocolError(type: string, retriable: boolean): Error {
  return Object.assign(new KafkaJSProtocolError(type), { type, retriable });
}

describe('classifying Kafka failures', () => {
  it.each([
    [
      'a refused connection behind kafkajs retries',
      new KafkaJSNumberOfRetriesExceeded(new KafkaJSConnectionError('Connection error: connect ECONNREFUSED'), {
        retryCount: 2,
        retryTime: 600,
      }),
      ProvisioningErrorCode.BROKER_UNAVAILABLE,
      true,
    ],
    [
      'refused SASL credentials',
      // Built by hand: the kafkajs typings declare no constructor argument, the code needs one.
      Object.assign(new Error('SASL PLAIN authentication failed'), { name: 'KafkaJSSASLAuthenticationError' }),
      ProvisioningErrorCode.AUTHENTICATION_FAILED,
      false,
    ],
    [
      'a principal without ACL rights',
      protocolError('CLUSTER_AUTHORIZATION_FAILED', false),
      ProvisioningErrorCode.AUTHORIZATION_FAILED,
      false,
    ],
    [
      'a broker without an authorizer',
      protocolError('SECURITY_DISABLED', false),
      ProvisioningErrorCode.ACLS_NOT_ENABLED,
      false,
    ],
    [
      'a transient broker error',
      protocolError('NOT_CONTROLLER', true),
      ProvisioningErrorCode.PROVISIONING_FAILED,
      true,
    ],
    [
      'a permanent broker error',
      protocolError('INVALID_REQUEST', false),
      ProvisioningErrorCode.PROVISIONING_FAILED,
      false,
    ],
  ])('maps %s', (_case, error, code, retryable) => {
    const classified = classifyKafkaError(error, 'main');
    expect([classified.code, classified.retryable]).toEqual([code, retryable]);
    expect(classified.message).toContain('"main"');
    expect(classified.cause).toBe(error);
  });
});

describe('classifying Postgres failures', () => {
  const pgError = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

  it.each([
    ['a refused connection', pgError('ECONNREFUSED'), ProvisioningErrorCode.DATABASE_UNAVAILABLE, true],
    ['a connect timeout', new Error('timeout expired'), ProvisioningErrorCode.DATABASE_UNAVAILABLE, true],
    ['a server shutting down', pgError('57P01'), ProvisioningErrorCode.DATABASE_UNAVAILABLE, true],
    ['a lock timeout', pgError('55P03'), ProvisioningErrorCode.DATABASE_UNAVAILABLE, true],
    ['a wrong password', pgError('28P01'), ProvisioningErrorCode.AUTHENTICATION_FAILED, false],
    ['a missing database', pgError('3D000'), ProvisioningErrorCode.DATABASE_NOT_FOUND, false],
    ['an admin that may not grant', pgError('42501'), ProvisioningErrorCode.AUTHORIZATION_FAILED, false],
    ['a missing role', pgError('42704'), ProvisioningErrorCode.ROLE_NOT_FOUND, false],
    ['a missing table', pgError('42P01'), ProvisioningErrorCode.TABLE_NOT_FOUND, false],
  ])('maps %s', (_case, error, code, retryable) => {
    const classified = classifyPostgresError(error, 'warehouse');
    expect([classified.code, classified.retryable]).toEqual([code, retryable]);
  });

  it('keeps driver details out of the message teams see', () => {
    const classified = classifyPostgresError(
      pgError('ECONNREFUSED', 'connect ECONNREFUSED 10.1.2.3:5432'),
      'warehouse',
    );
    expect(classified.toFailure()).toEqual({
      code: ProvisioningErrorCode.DATABASE_UNAVAILABLE,
      message: 'Database "warehouse" could not be reached',
      retryable: true,
    });
  });
});
