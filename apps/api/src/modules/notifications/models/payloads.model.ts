import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Delivery } from './delivery.model';
import { NotificationChannel } from './notification-channel.model';

@ObjectType({ description: 'The result of createNotificationChannel.' })
export class CreateNotificationChannelPayload {
  @Field(() => NotificationChannel, { description: 'The new channel, enabled.' })
  notificationChannel!: NotificationChannel;

  @Field(() => String, {
    nullable: true,
    description:
      'WEBHOOK: the signing secret. Shown only here, once; store it with the receiver. Null for other kinds.',
  })
  signingSecret!: string | null;
}

@ObjectType({ description: 'The result of updateNotificationChannel.' })
export class UpdateNotificationChannelPayload {
  @Field(() => NotificationChannel, { description: 'The channel as it is now.' })
  notificationChannel!: NotificationChannel;
}

@ObjectType({ description: 'The result of deleteNotificationChannel.' })
export class DeleteNotificationChannelPayload {
  @Field(() => ID, { description: 'The id of the deleted channel.' })
  deletedNotificationChannelId!: string;
}

@ObjectType({ description: 'The result of enableNotificationChannel.' })
export class EnableNotificationChannelPayload {
  @Field(() => NotificationChannel, { description: 'The channel, enabled.' })
  notificationChannel!: NotificationChannel;
}

@ObjectType({ description: 'The result of disableNotificationChannel.' })
export class DisableNotificationChannelPayload {
  @Field(() => NotificationChannel, { description: 'The channel, disabled.' })
  notificationChannel!: NotificationChannel;
}

@ObjectType({ description: 'The result of rotateChannelSecret.' })
export class RotateChannelSecretPayload {
  @Field(() => NotificationChannel, { description: 'The channel.' })
  notificationChannel!: NotificationChannel;

  @Field({ description: 'The new signing secret. Shown only here, once.' })
  signingSecret!: string;

  @Field(() => Date, {
    nullable: true,
    description: 'Until when the previous secret also signs (null when the overlap is 0 hours).',
  })
  previousSecretExpiresAt!: Date | null;
}

@ObjectType({ description: 'The result of sendTestNotification.' })
export class SendTestNotificationPayload {
  @Field(() => Delivery, { description: "The test delivery; query the channel's deliveries to follow it." })
  delivery!: Delivery;
}
