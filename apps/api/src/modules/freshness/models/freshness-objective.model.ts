import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../../infra/graphql/pagination';
import {
  FreshnessCheckKindEnum,
  FreshnessStatusEnum,
  TimestampUnitEnum,
  type FreshnessCheckKindValue,
  type FreshnessStatusValue,
  type TimestampUnitValue,
} from './freshness-enums';

@ObjectType({ description: 'How an objective observes freshness.' })
export class FreshnessCheck {
  @Field(() => FreshnessCheckKindEnum, { description: 'The kind of check.' })
  kind!: FreshnessCheckKindValue;

  @Field(() => String, {
    nullable: true,
    description:
      'KAFKA_TOPIC: a dot-separated path to the data time inside the record value (such as source.ts_ms); null means the record timestamp.',
  })
  timestampField!: string | null;

  @Field(() => TimestampUnitEnum, {
    nullable: true,
    description: 'The unit of a numeric timestamp field or column (default MILLISECONDS).',
  })
  unit!: TimestampUnitValue | null;

  @Field(() => String, { nullable: true, description: 'POSTGRES_TABLE: the column whose max() is the data time.' })
  column!: string | null;
}

@ObjectType({
  description: 'A freshness objective of an output port: thresholds, a target, how it is checked, and its state.',
})
export class FreshnessObjective {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => ID, { description: 'The output port the objective is about.' })
  portId!: string;

  @Field(() => Int, { description: 'Data older than this many seconds is WARNING.' })
  warnAfterSeconds!: number;

  @Field({ description: 'The warn threshold as an ISO 8601 duration.' })
  warnAfter!: string;

  @Field(() => Int, { description: 'Data older than this many seconds is BREACHED and opens an incident.' })
  errorAfterSeconds!: number;

  @Field({ description: 'The error threshold as an ISO 8601 duration.' })
  errorAfter!: string;

  @Field(() => Float, { description: 'The share of time the data must be within the objective, in percent.' })
  targetPercent!: number;

  @Field(() => Int, { description: 'The window the target applies to, in days.' })
  windowDays!: number;

  @Field(() => FreshnessCheck, { description: 'How freshness is observed.' })
  check!: FreshnessCheck;

  @Field(() => Int, { description: 'Seconds between checks.' })
  intervalSeconds!: number;

  @Field(() => Int, { description: 'Seconds between reminders while an incident is open and unacknowledged.' })
  reminderIntervalSeconds!: number;

  @Field(() => Int, { description: 'How long a recovery must hold before an incident resolves.' })
  recoveryHoldSeconds!: number;

  @Field({ description: 'Whether the objective is checked.' })
  enabled!: boolean;

  @Field(() => FreshnessStatusEnum, { description: 'The status of the latest check.' })
  status!: FreshnessStatusValue;

  @Field(() => Date, { nullable: true, description: 'Since when the status holds.' })
  statusSince!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the latest check ran.' })
  lastCheckedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'The newest data time any check observed.' })
  lastDataAt!: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: 'How old the data is now, in seconds (now minus lastDataAt); null before any data was seen.',
  })
  stalenessSeconds!: number | null;

  @Field(() => String, { nullable: true, description: 'The error code of the latest failed check, while failing.' })
  lastErrorCode!: string | null;

  @Field(() => String, { nullable: true, description: 'What the latest failed check reported, while failing.' })
  lastErrorMessage!: string | null;

  @Field({ description: 'When the objective was set first.' })
  createdAt!: Date;

  @Field({ description: 'When the objective last changed.' })
  updatedAt!: Date;

  /** For field resolvers. */
  productId!: string;
}

@ObjectType({ description: 'A stretch of time with one freshness status.' })
export class FreshnessTimelineSegment {
  @Field(() => FreshnessStatusEnum, { description: 'The status (UNKNOWN: no check covered this time).' })
  status!: FreshnessStatusValue;

  @Field({ description: 'Start, inclusive.' })
  from!: Date;

  @Field({ description: 'End, exclusive.' })
  to!: Date;
}

@ObjectType({
  description:
    'Figures over a window: share of time within the objective and the error budget. ERROR and UNKNOWN time count as neither good nor bad.',
})
export class FreshnessBudget {
  @Field(() => Int, { description: 'The window, in days, ending now.' })
  days!: number;

  @Field(() => Float, { description: 'The target, in percent.' })
  targetPercent!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Share of measured time within the objective, in percent: good / (good + bad); null if none was measured.',
  })
  sharePercent!: number | null;

  @Field(() => Float, { description: 'Seconds HEALTHY or WARNING.' })
  goodSeconds!: number;

  @Field(() => Float, { description: 'Seconds BREACHED: what the budget is spent on.' })
  badSeconds!: number;

  @Field(() => Float, { description: 'Seconds the check could not be made.' })
  errorSeconds!: number;

  @Field(() => Float, { description: 'Seconds no check covered.' })
  unknownSeconds!: number;

  @Field(() => Float, { description: 'The bad time the target allows over the window: (1 - target) x window.' })
  allowedBadSeconds!: number;

  @Field(() => Float, { description: 'Allowed minus spent; negative once overspent.' })
  budgetRemainingSeconds!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Remaining budget in percent of the allowed (100 untouched, negative overspent); null for a 100 % target.',
  })
  budgetRemainingPercent!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Measured bad fraction over allowed bad fraction: 1 spends the budget exactly over the window, 2 in half of it; null when nothing was measured.',
  })
  burnRate!: number | null;
}

@ObjectType({ description: 'A run of consecutive checks with the same status (history is stored change-only).' })
export class FreshnessResult {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => FreshnessStatusEnum, { description: 'The status of every check in the run.' })
  status!: FreshnessStatusValue;

  @Field({ description: 'When the status was first observed.' })
  startedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the next status began; null while this one holds.' })
  endedAt!: Date | null;

  @Field({ description: 'The latest check of the run.' })
  lastCheckedAt!: Date;

  @Field(() => Int, { description: 'How many checks the run holds.' })
  checkCount!: number;

  @Field(() => Date, { nullable: true, description: 'The newest data time observed during the run.' })
  lastDataAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'ERROR runs: the latest error code.' })
  errorCode!: string | null;

  @Field(() => String, { nullable: true, description: 'ERROR runs: the latest error message.' })
  errorMessage!: string | null;
}

export const FreshnessResultConnection = Connection(FreshnessResult);
