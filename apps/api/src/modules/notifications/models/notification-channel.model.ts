import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ChannelKindEnum, type ChannelKindName } from './notification-enums';

@ObjectType({ description: 'Where a team is told about incidents, access requests and schema changes.' })
export class NotificationChannel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  /** The owning team's id; the `team` field resolves it. */
  teamId!: string;

  @Field({ description: 'Unique within the team.' })
  name!: string;

  @Field(() => ChannelKindEnum, { description: 'How notifications are sent.' })
  kind!: ChannelKindName;

  @Field(() => String, {
    nullable: true,
    description:
      'WEBHOOK and SLACK: the URL. A Slack URL is a credential, so only its origin and last four characters are shown. Null for EMAIL.',
  })
  url!: string | null;

  @Field(() => [String], { nullable: true, description: 'EMAIL: the addresses. Null for the other kinds.' })
  recipients!: string[] | null;

  @Field({ description: 'Whether notifications are sent through it.' })
  enabled!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Why it is disabled: by whom, or the receiver answering 410 Gone. Null while enabled.',
  })
  disabledReason!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'WEBHOOK: when the current signing secret was created. The secret itself is shown only once.',
  })
  signingSecretCreatedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'WEBHOOK, after a rotation: until when the previous secret also signs. Null outside an overlap.',
  })
  previousSecretExpiresAt!: Date | null;

  @Field({ description: 'When the channel was created.' })
  createdAt!: Date;

  @Field({ description: 'When the channel last changed.' })
  updatedAt!: Date;
}
