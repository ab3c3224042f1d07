import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';

@InputType({ description: 'Removes the freshness objective of an output port, its schedule and its history.' })
export class RemoveFreshnessObjectiveInput {
  @Field(() => ID, { description: 'The output port.' })
  portId!: string;
}

export const removeFreshnessObjectiveSchema = z.object({ portId: z.guid('not a valid id') });
export type RemoveFreshnessObjectiveCommand = z.output<typeof removeFreshnessObjectiveSchema>;

@InputType({ description: 'Acknowledges an open incident: someone is on it (reminders stop).' })
export class AcknowledgeIncidentInput {
  @Field(() => ID, { description: 'The incident.' })
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: 'What is being done, for the rest of the team (up to 2,000 characters).',
  })
  note?: string | null;
}

export const acknowledgeIncidentSchema = z.object({
  id: z.guid('not a valid id'),
  note: z
    .string()
    .trim()
    .max(2_000, 'at most 2,000 characters')
    .nullish()
    .transform((value) => value || null),
});
export type AcknowledgeIncidentCommand = z.output<typeof acknowledgeIncidentSchema>;

@InputType({ description: 'A producer reports how fresh the data of an output port is (PUSH checks).' })
export class ReportFreshnessInput {
  @Field(() => ID, { description: 'The output port.' })
  portId!: string;

  @Field({ description: 'The time of the newest data the producer wrote.' })
  lastUpdatedAt!: Date;
}

/** Also validates the REST body (`{ "lastUpdatedAt": "<ISO 8601>" }`). */
export const reportFreshnessSchema = z.object({
  portId: z.guid('not a valid id'),
  lastUpdatedAt: z.coerce.date({ error: 'must be an ISO 8601 date-time' }),
});
export type ReportFreshnessCommand = z.output<typeof reportFreshnessSchema>;
