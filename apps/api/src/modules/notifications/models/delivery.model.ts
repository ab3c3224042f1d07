import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../../infra/graphql/pagination';
import { DeliveryStatusEnum, type DeliveryStatusName } from './notification-enums';

@ObjectType({ description: 'One notification sent (or being sent) to one channel, with its attempts.' })
export class Delivery {
  @Field(() => ID, { description: 'Stable identifier; webhooks receive it as `id` and in Tessera-Delivery.' })
  id!: string;

  @Field({ description: 'The notification type, such as incident.breached or channel.test.' })
  eventType!: string;

  @Field({ description: 'The notification title.' })
  title!: string;

  @Field({
    description: 'One per transition and channel; sent as the Idempotency-Key header so receivers drop repeats.',
  })
  idempotencyKey!: string;

  @Field(() => DeliveryStatusEnum, { description: 'Where the delivery stands.' })
  status!: DeliveryStatusName;

  @Field(() => Int, { description: 'Attempts made so far.' })
  attempts!: number;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed; null after success.' })
  lastError!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The HTTP status (webhook, Slack) or SMTP reply code (email) of the last attempt, if one came back.',
  })
  lastStatusCode!: number | null;

  @Field({ description: 'When the notification was recorded for this channel.' })
  createdAt!: Date;

  @Field({ description: 'When the delivery last changed (the last attempt).' })
  updatedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the receiver accepted it.' })
  deliveredAt!: Date | null;
}

export const DeliveryConnection = Connection(Delivery);
