import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { idSchema } from '../../products/dto/validation';
import { ChannelKindEnum, type ChannelKindName } from '../models/notification-enums';
import { channelNameSchema, channelUrlSchema, recipientsSchema, withoutNulls } from './channel-fields';

@InputType({ description: 'A new notification channel of a team.' })
export class CreateNotificationChannelInput {
  @Field(() => ID, { description: 'The owning team; one of your teams unless you are a platform admin.' })
  teamId!: string;

  @Field({ description: 'Unique within the team, such as "on-call webhook".' })
  name!: string;

  @Field(() => ChannelKindEnum, { description: 'How notifications are sent.' })
  kind!: ChannelKindName;

  @Field(() => String, {
    nullable: true,
    description: 'WEBHOOK and SLACK (required): an http(s) URL that resolves to a public address.',
  })
  url?: string | null;

  @Field(() => [String], { nullable: true, description: 'EMAIL (required): up to 20 addresses.' })
  recipients?: string[] | null;
}

export const createNotificationChannelSchema = z.preprocess(
  withoutNulls,
  z
    .object({
      teamId: idSchema,
      name: channelNameSchema,
      kind: z.enum(['WEBHOOK', 'SLACK', 'EMAIL']),
      url: channelUrlSchema.optional(),
      recipients: recipientsSchema.optional(),
    })
    .superRefine((input, context) => {
      if (input.kind === 'EMAIL') {
        if (input.recipients === undefined)
          context.addIssue({ code: 'custom', path: ['recipients'], message: 'an EMAIL channel needs recipients' });
        if (input.url !== undefined)
          context.addIssue({ code: 'custom', path: ['url'], message: 'an EMAIL channel has no URL' });
      } else {
        if (input.url === undefined)
          context.addIssue({ code: 'custom', path: ['url'], message: `a ${input.kind} channel needs a URL` });
        if (input.recipients !== undefined)
          context.addIssue({
            code: 'custom',
            path: ['recipients'],
            message: `a ${input.kind} channel has no recipients`,
          });
      }
    }),
);

export type CreateNotificationChannelCommand = z.output<typeof createNotificationChannelSchema>;
