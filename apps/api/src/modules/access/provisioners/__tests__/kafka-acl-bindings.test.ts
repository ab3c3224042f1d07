import { AclOperationTypes, AclPermissionTypes, AclResourceTypes, ResourcePatternTypes } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import type { KafkaAclGrantRecord, KafkaTopicGrantSpec } from '../grant-provisioner';
import {
  kafkaAclRecordsFor,
  parseKafkaAclGrantRecords,
  parseKafkaTopicGrantSpec,
  readsAnyTopic,
  toAclEntry,
} from '../kafka/kafka-acl-bindings';
import { ProvisioningError, ProvisioningErrorCode } from '../provisioning.errors';

const spec: KafkaTopicGrantSpec = {
  portKind: 'KAFKA_TOPIC',
  location: { cluster: 'main', topic: 'orders.placed.v1' },
  consumer: { teamSlug: 'payments', principal: 'User:payments-reader' },
};

function refusal(run: () => unknown): ProvisioningError {
  try {
    run();
  } catch (error) {
    if (error instanceof ProvisioningError) return error;
    throw error;
  }
  throw new Error('expected a ProvisioningError');
}

describe('Kafka ACL bindings', () => {
  it('grants READ and DESCRIBE on the literal topic and READ on the team group prefix', () => {
    const records = kafkaAclRecordsFor(spec);

    expect(
      records.map((record) => [record.resourceType, record.resourceName, record.patternType, record.operation]),
    ).toEqual([
      ['TOPIC', 'orders.placed.v1', 'LITERAL', 'READ'],
      ['TOPIC', 'orders.placed.v1', 'LITERAL', 'DESCRIBE'],
      ['GROUP', 'payments.', 'PREFIXED', 'READ'],
    ]);
    expect(records.every((record) => record.principal === 'User:payments-reader' && record.host === '*')).toBe(true);
    expect(records.map((record) => record.shared)).toEqual([false, false, true]);
  });

  it('translates a record into an exact kafkajs binding', () => {
    const [topicRead] = kafkaAclRecordsFor(spec);
    if (!topicRead) throw new Error('no record');

    expect(toAclEntry(topicRead)).toEqual({
      resourceType: AclResourceTypes.TOPIC,
      resourceName: 'orders.placed.v1',
      resourcePatternType: ResourcePatternTypes.LITERAL,
      principal: 'User:payments-reader',
      host: '*',
      operation: AclOperationTypes.READ,
      permissionType: AclPermissionTypes.ALLOW,
    });
  });

  it.each([
    ['the wildcard principal', { ...spec, consumer: { ...spec.consumer, principal: 'User:*' } }],
    ['a principal without a type', { ...spec, consumer: { ...spec.consumer, principal: 'payments-reader' } }],
    ['a team slug that is not a slug', { ...spec, consumer: { ...spec.consumer, teamSlug: 'Pay ments' } }],
    ['a topic Kafka cannot name', { ...spec, location: { ...spec.location, topic: '*' } }],
  ])('refuses %s', (_case, invalid) => {
    expect(refusal(() => parseKafkaTopicGrantSpec(invalid)).code).toBe(ProvisioningErrorCode.INVALID_GRANT);
  });

  it('refuses a stored record that would widen a delete filter', () => {
    const [record] = kafkaAclRecordsFor(spec);
    const malformed = { ...record, resourceName: '' } as KafkaAclGrantRecord;

    const error = refusal(() => parseKafkaAclGrantRecords([malformed]));
    expect(error.code).toBe(ProvisioningErrorCode.INVALID_GRANT);
    expect(error.issues).toEqual([{ path: 'resourceName', message: expect.any(String) as string }]);
  });

  it('does not count the bindings being removed as remaining topic access', () => {
    const [topicRead] = kafkaAclRecordsFor(spec);
    if (!topicRead) throw new Error('no record');
    const described = {
      resourceType: AclResourceTypes.TOPIC,
      resourceName: 'orders.placed.v1',
      resourcePatternType: ResourcePatternTypes.LITERAL,
      acls: [{ principal: 'User:payments-reader', host: '*', operation: AclOperationTypes.READ, permissionType: 3 }],
    };
    const otherTopic = { ...described, resourceName: 'refunds.v1' };

    expect(readsAnyTopic([described], [topicRead])).toBe(false);
    expect(readsAnyTopic([described, otherTopic], [topicRead])).toBe(true);
    expect(
      readsAnyTopic([{ ...otherTopic, acls: [{ ...described.acls[0]!, operation: AclOperationTypes.ALL }] }], []),
    ).toBe(true);
  });
});
