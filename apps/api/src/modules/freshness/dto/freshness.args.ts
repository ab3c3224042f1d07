import { ArgsType, Field, Int } from '@nestjs/graphql';
import { ConnectionArgs } from '../../../infra/graphql/pagination';
import { IncidentStatusEnum, type IncidentStatusValue } from '../models/freshness-enums';

@ArgsType()
export class IncidentsArgs extends ConnectionArgs {
  @Field(() => [IncidentStatusEnum], {
    nullable: true,
    description: 'Only incidents in these statuses (default: all, open and past).',
  })
  status?: IncidentStatusValue[] | null;
}

@ArgsType()
export class WindowArgs {
  @Field(() => Int, {
    nullable: true,
    description: "The window in days ending now, 1 to 90 (default: the objective's windowDays; 7 and 28 are usual).",
  })
  days?: number | null;
}
