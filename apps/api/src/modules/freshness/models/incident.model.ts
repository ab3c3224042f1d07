import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../../infra/graphql/pagination';
import {
  IncidentKindEnum,
  IncidentStatusEnum,
  type IncidentKindValue,
  type IncidentStatusValue,
} from './freshness-enums';

@ObjectType({
  description:
    'An objective in trouble: opened on a breach (or a lasting check failure), at most one unresolved per objective, resolved automatically once recovery holds.',
})
export class Incident {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => IncidentKindEnum, { description: 'Stale data (BREACH) or a failing check (CHECK_FAILURE).' })
  kind!: IncidentKindValue;

  @Field(() => IncidentStatusEnum, { description: 'OPEN, ACKNOWLEDGED or RESOLVED.' })
  status!: IncidentStatusValue;

  @Field({ description: 'When it opened.' })
  openedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When a team member acknowledged it.' })
  acknowledgedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The note left when acknowledging.' })
  acknowledgeNote!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Since when the data is back within the objective; the incident resolves once this held long enough.',
  })
  recoveringSince!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it resolved.' })
  resolvedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the team was last told about it.' })
  lastNotifiedAt!: Date | null;

  @Field(() => Int, { description: 'Reminders sent so far.' })
  reminderCount!: number;

  /** For field resolvers. */
  objectiveId!: string;
  acknowledgedById!: string | null;
  portId!: string;
  productId!: string;
}

export const IncidentConnection = Connection(Incident);
