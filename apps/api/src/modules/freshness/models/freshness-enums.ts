import { registerEnumType } from '@nestjs/graphql';

/** GraphQL enums of the freshness feature; values equal the database enums. */
export const FreshnessStatusEnum = {
  UNKNOWN: 'UNKNOWN',
  HEALTHY: 'HEALTHY',
  WARNING: 'WARNING',
  BREACHED: 'BREACHED',
  ERROR: 'ERROR',
} as const;
export type FreshnessStatusValue = keyof typeof FreshnessStatusEnum;

export const FreshnessCheckKindEnum = {
  KAFKA_TOPIC: 'KAFKA_TOPIC',
  POSTGRES_TABLE: 'POSTGRES_TABLE',
  PUSH: 'PUSH',
} as const;
export type FreshnessCheckKindValue = keyof typeof FreshnessCheckKindEnum;

export const TimestampUnitEnum = {
  SECONDS: 'SECONDS',
  MILLISECONDS: 'MILLISECONDS',
  MICROSECONDS: 'MICROSECONDS',
  NANOSECONDS: 'NANOSECONDS',
} as const;
export type TimestampUnitValue = keyof typeof TimestampUnitEnum;

export const IncidentKindEnum = { BREACH: 'BREACH', CHECK_FAILURE: 'CHECK_FAILURE' } as const;
export type IncidentKindValue = keyof typeof IncidentKindEnum;

export const IncidentStatusEnum = { OPEN: 'OPEN', ACKNOWLEDGED: 'ACKNOWLEDGED', RESOLVED: 'RESOLVED' } as const;
export type IncidentStatusValue = keyof typeof IncidentStatusEnum;

registerEnumType(FreshnessStatusEnum, {
  name: 'FreshnessStatus',
  description:
    'UNKNOWN: not checked (or, in a timeline, not covered by any check); HEALTHY: fresher than the warn threshold; WARNING: past it; BREACHED: past the error threshold (or no data at all); ERROR: the check could not be made, which says nothing about the data.',
});
registerEnumType(FreshnessCheckKindEnum, {
  name: 'FreshnessCheckKind',
  description:
    'How freshness is observed: the newest record of a Kafka topic, max(column) of a Postgres table, or heartbeats pushed by the producer (PUSH, for any port).',
});
registerEnumType(TimestampUnitEnum, {
  name: 'TimestampUnit',
  description: 'The unit of a numeric epoch timestamp (a Kafka value field, an integer column).',
});
registerEnumType(IncidentKindEnum, {
  name: 'IncidentKind',
  description: 'BREACH: the data is staler than the error threshold; CHECK_FAILURE: the check itself keeps failing.',
});
registerEnumType(IncidentStatusEnum, {
  name: 'IncidentStatus',
  description: 'OPEN (reminders are sent), ACKNOWLEDGED (someone is on it; no reminders), RESOLVED (recovered).',
});
