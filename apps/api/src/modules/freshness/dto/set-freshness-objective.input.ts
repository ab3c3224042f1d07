import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { z } from 'zod';
import { fieldPathSchema } from '../checkers';
import { parseDurationSeconds } from '../duration';
import {
  FreshnessCheckKindEnum,
  TimestampUnitEnum,
  type FreshnessCheckKindValue,
  type TimestampUnitValue,
} from '../models/freshness-enums';

@InputType({ description: 'How the objective is checked.' })
export class FreshnessCheckInput {
  @Field(() => FreshnessCheckKindEnum, {
    description: "KAFKA_TOPIC or POSTGRES_TABLE (matching the port's kind), or PUSH for any port.",
  })
  kind!: FreshnessCheckKindValue;

  @Field(() => String, {
    nullable: true,
    description:
      'KAFKA_TOPIC only: a dot-separated path to the data time in the record value (source.ts_ms); leave out to use the record timestamp.',
  })
  timestampField?: string | null;

  @Field(() => TimestampUnitEnum, {
    nullable: true,
    description: 'The unit of a numeric timestamp field or column; default MILLISECONDS.',
  })
  unit?: TimestampUnitValue | null;

  @Field(() => String, {
    nullable: true,
    description:
      'POSTGRES_TABLE only (required there): the timestamp, date or epoch column whose max() is the data time.',
  })
  column?: string | null;
}

@InputType({
  description:
    'Sets (creates or replaces) the freshness objective of an output port. Fields left out keep their current value, or their default on a new objective.',
})
export class SetFreshnessObjectiveInput {
  @Field(() => ID, { description: 'The output port.' })
  portId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Warn after: seconds ("300") or an ISO 8601 duration ("PT5M"). Required for a new objective.',
  })
  warnAfter?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Breach after (at least warnAfter): seconds or an ISO 8601 duration. Required for a new objective.',
  })
  errorAfter?: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of time within the objective, in percent, above 0 and at most 100 (default 99).',
  })
  targetPercent?: number | null;

  @Field(() => Int, { nullable: true, description: 'The window of the target, 1 to 90 days (default 28).' })
  windowDays?: number | null;

  @Field(() => FreshnessCheckInput, { nullable: true, description: 'How to check. Required for a new objective.' })
  check?: FreshnessCheckInput | null;

  @Field(() => Int, { nullable: true, description: 'Seconds between checks, 1 to 86,400 (default 60).' })
  intervalSeconds?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Seconds between reminders while an incident is open, 1 to 604,800 (default 3,600).',
  })
  reminderIntervalSeconds?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'How long a recovery must hold before an incident resolves, 0 to 86,400 seconds (default 0).',
  })
  recoveryHoldSeconds?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether checks run (default true).' })
  enabled?: boolean | null;
}

const duration = z.string().transform((text, context) => {
  const parsed = parseDurationSeconds(text);
  if (!parsed.ok) {
    context.addIssue({ code: 'custom', message: parsed.message });
    return z.NEVER;
  }
  if (parsed.seconds < 1) {
    context.addIssue({ code: 'custom', message: 'must be at least 1 second' });
    return z.NEVER;
  }
  return parsed.seconds;
});

const identifier = z
  .string()
  .min(1)
  .refine((name) => !name.includes('\0'), 'must not contain NUL')
  .refine((name) => Buffer.byteLength(name) <= 63, 'at most 63 bytes');

export const checkInputSchema = z
  .object({
    kind: z.enum(['KAFKA_TOPIC', 'POSTGRES_TABLE', 'PUSH']),
    timestampField: fieldPathSchema.nullish(),
    unit: z.enum(['SECONDS', 'MILLISECONDS', 'MICROSECONDS', 'NANOSECONDS']).nullish(),
    column: identifier.nullish(),
  })
  .superRefine((check, context) => {
    if (check.kind === 'POSTGRES_TABLE' && !check.column)
      context.addIssue({ code: 'custom', path: ['column'], message: 'is required for a POSTGRES_TABLE check' });
    if (check.kind !== 'POSTGRES_TABLE' && check.column)
      context.addIssue({ code: 'custom', path: ['column'], message: 'applies to POSTGRES_TABLE checks only' });
    if (check.kind !== 'KAFKA_TOPIC' && check.timestampField)
      context.addIssue({ code: 'custom', path: ['timestampField'], message: 'applies to KAFKA_TOPIC checks only' });
    if (check.kind === 'PUSH' && check.unit)
      context.addIssue({ code: 'custom', path: ['unit'], message: 'does not apply to PUSH checks' });
  });

const optional = <Schema extends z.ZodType>(schema: Schema) =>
  schema.nullish().transform((value) => value ?? undefined);

export const setFreshnessObjectiveSchema = z.object({
  portId: z.guid('not a valid id'),
  warnAfter: optional(duration),
  errorAfter: optional(duration),
  targetPercent: optional(z.number().gt(0, 'must be above 0').max(100, 'at most 100')),
  windowDays: optional(z.number().int().min(1).max(90)),
  check: optional(checkInputSchema),
  intervalSeconds: optional(z.number().int().min(1).max(86_400)),
  reminderIntervalSeconds: optional(z.number().int().min(1).max(604_800)),
  recoveryHoldSeconds: optional(z.number().int().min(0).max(86_400)),
  enabled: optional(z.boolean()),
});
export type SetFreshnessObjectiveCommand = z.output<typeof setFreshnessObjectiveSchema>;
export type CheckSettingsInput = z.output<typeof checkInputSchema>;
