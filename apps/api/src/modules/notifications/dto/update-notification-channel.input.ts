import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { idSchema } from '../../products/dto/validation';
import { channelNameSchema, channelUrlSchema, recipientsSchema, withoutNulls } from './channel-fields';

@InputType({ description: "Changes to a channel's name, URL or recipients; left-out fields stay as they are." })
export class UpdateNotificationChannelInput {
  @Field(() => ID, { description: 'The channel.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'A new name, unique within the team.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'WEBHOOK and SLACK: a new URL, checked like a new one.' })
  url?: string | null;

  @Field(() => [String], { nullable: true, description: 'EMAIL: the new list of addresses.' })
  recipients?: string[] | null;
}

export const updateNotificationChannelSchema = z.preprocess(
  withoutNulls,
  z.object({
    id: idSchema,
    name: channelNameSchema.optional(),
    url: channelUrlSchema.optional(),
    recipients: recipientsSchema.optional(),
  }),
);

export type UpdateNotificationChannelCommand = z.output<typeof updateNotificationChannelSchema>;
