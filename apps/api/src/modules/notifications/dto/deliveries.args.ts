import { ArgsType, Field } from '@nestjs/graphql';
import { ConnectionArgs } from '../../../infra/graphql/pagination';
import { DeliveryStatusEnum, type DeliveryStatusName } from '../models/notification-enums';

@ArgsType()
export class DeliveriesArgs extends ConnectionArgs {
  @Field(() => DeliveryStatusEnum, { nullable: true, description: 'Only deliveries in this status.' })
  status?: DeliveryStatusName | null;
}
