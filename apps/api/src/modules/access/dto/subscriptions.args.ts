import { ArgsType, Field } from '@nestjs/graphql';
import { ConnectionArgs } from '../../../infra/graphql/pagination';
import { SubscriptionStatusEnum } from '../models/access-enums';

@ArgsType()
export class SubscriptionsArgs extends ConnectionArgs {
  @Field(() => [SubscriptionStatusEnum], {
    nullable: true,
    description: 'Only subscriptions in any of these statuses; all when absent.',
  })
  statuses?: (keyof typeof SubscriptionStatusEnum)[] | null;
}
