import { PORT_KINDS, slugSchema } from '@tessera/contracts';
import {
  AclOperationTypes,
  AclPermissionTypes,
  AclResourceTypes,
  ResourcePatternTypes,
  type AclEntry,
  type AclFilter,
  type DescribeAclResource,
} from 'kafkajs';
import { z } from 'zod';
import type { KafkaAclGrantRecord, KafkaTopicGrantSpec } from '../grant-provisioner';
import { parseOrRefuse } from '../grant-validation';

/** ACLs apply from any client host: principals, not addresses, identify consumer teams. */
export const ANY_HOST = '*';

/** The consumer groups a team may use: `<team-slug>.` followed by anything. */
export function consumerGroupPrefix(teamSlug: string): string {
  return `${teamSlug}.`;
}

const principalSchema = z
  .string()
  .max(255)
  .regex(/^User:\S+$/, 'a Kafka principal such as User:orders-reader')
  // `User:*` is Kafka's wildcard: a grant to it would let every principal read.
  .refine((principal) => principal !== 'User:*', 'the wildcard principal User:* cannot be granted access');

const grantSpecSchema = z.object({
  portKind: z.literal('KAFKA_TOPIC'),
  location: PORT_KINDS.KAFKA_TOPIC.location,
  consumer: z.object({ teamSlug: slugSchema, principal: principalSchema }).strict(),
});

/**
 * Records come back from storage; a malformed one must never reach `deleteAcls`, where a
 * missing name or principal would widen the filter to other teams' ACLs.
 */
const grantRecordSchema = z
  .object({
    portKind: z.literal('KAFKA_TOPIC'),
    cluster: z.string().min(1),
    resourceType: z.enum(['TOPIC', 'GROUP']),
    resourceName: z.string().min(1).max(255),
    patternType: z.enum(['LITERAL', 'PREFIXED']),
    principal: principalSchema,
    host: z.string().min(1),
    operation: z.enum(['READ', 'DESCRIBE']),
    permission: z.literal('ALLOW'),
    shared: z.boolean(),
  })
  .strict();

export function parseKafkaTopicGrantSpec(spec: KafkaTopicGrantSpec): KafkaTopicGrantSpec {
  return parseOrRefuse(grantSpecSchema, spec, 'Kafka topic grant');
}

export function parseKafkaAclGrantRecords(records: readonly KafkaAclGrantRecord[]): KafkaAclGrantRecord[] {
  return records.map((record) => parseOrRefuse(grantRecordSchema, record, 'Kafka ACL grant record'));
}

/**
 * The bindings a topic grant consists of: READ and DESCRIBE on the topic itself, and READ on
 * the team's consumer-group prefix, which the team's other topic grants share.
 */
export function kafkaAclRecordsFor(spec: KafkaTopicGrantSpec): KafkaAclGrantRecord[] {
  const { cluster, topic } = spec.location;
  const { principal, teamSlug } = spec.consumer;
  const binding = (
    resourceType: KafkaAclGrantRecord['resourceType'],
    resourceName: string,
    patternType: KafkaAclGrantRecord['patternType'],
    operation: KafkaAclGrantRecord['operation'],
  ): KafkaAclGrantRecord => ({
    portKind: 'KAFKA_TOPIC',
    cluster,
    resourceType,
    resourceName,
    patternType,
    principal,
    host: ANY_HOST,
    operation,
    permission: 'ALLOW',
    shared: resourceType === 'GROUP',
  });
  return [
    binding('TOPIC', topic, 'LITERAL', 'READ'),
    binding('TOPIC', topic, 'LITERAL', 'DESCRIBE'),
    binding('GROUP', consumerGroupPrefix(teamSlug), 'PREFIXED', 'READ'),
  ];
}

export function toAclEntry(record: KafkaAclGrantRecord): AclEntry {
  return {
    resourceType: AclResourceTypes[record.resourceType],
    resourceName: record.resourceName,
    resourcePatternType: ResourcePatternTypes[record.patternType],
    principal: record.principal,
    host: record.host,
    operation: AclOperationTypes[record.operation],
    permissionType: AclPermissionTypes[record.permission],
  };
}

/** A filter matching exactly one binding: every field set, no ANY. */
export function exactFilter(record: KafkaAclGrantRecord): AclFilter {
  return toAclEntry(record);
}

/** Whether a describeAcls answer contains the recorded binding. */
export function containsBinding(resources: readonly DescribeAclResource[], record: KafkaAclGrantRecord): boolean {
  const entry = toAclEntry(record);
  return resources.some(
    (resource) =>
      resource.resourceType === entry.resourceType &&
      resource.resourceName === entry.resourceName &&
      resource.resourcePatternType === entry.resourcePatternType &&
      resource.acls.some(
        (acl) =>
          acl.principal === entry.principal &&
          acl.host === entry.host &&
          acl.operation === entry.operation &&
          acl.permissionType === entry.permissionType,
      ),
  );
}

/** Filters for every topic ACL that lets `principal` read, directly or through the wildcard. */
export function topicReadFilters(principal: string): AclFilter[] {
  return [principal, 'User:*'].map((candidate) => ({
    resourceType: AclResourceTypes.TOPIC,
    resourcePatternType: ResourcePatternTypes.ANY,
    principal: candidate,
    operation: AclOperationTypes.ANY,
    permissionType: AclPermissionTypes.ALLOW,
  }));
}

/**
 * Whether any of the described topic ACLs still lets the principal read (READ, or ALL which
 * implies it), leaving out the bindings being removed right now: the broker may still
 * describe them for a moment after their deletion.
 */
export function readsAnyTopic(
  resources: readonly DescribeAclResource[],
  beingRemoved: readonly KafkaAclGrantRecord[],
): boolean {
  return resources.some((resource) =>
    resource.acls.some(
      (acl) =>
        (acl.operation === AclOperationTypes.READ || acl.operation === AclOperationTypes.ALL) &&
        !beingRemoved.some((record) => containsBinding([{ ...resource, acls: [acl] }], record)),
    ),
  );
}
