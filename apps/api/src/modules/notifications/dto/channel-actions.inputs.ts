import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { z } from 'zod';
import { idSchema } from '../../products/dto/validation';
import { withoutNulls } from './channel-fields';

@InputType({ description: 'Which channel to delete, with its delivery history.' })
export class DeleteNotificationChannelInput {
  @Field(() => ID, { description: 'The channel.' })
  id!: string;
}

@InputType({ description: 'Which channel to enable again.' })
export class EnableNotificationChannelInput {
  @Field(() => ID, { description: 'The channel.' })
  id!: string;
}

@InputType({ description: 'Which channel to stop sending through, and why.' })
export class DisableNotificationChannelInput {
  @Field(() => ID, { description: 'The channel.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Shown as the disabled reason.' })
  reason?: string | null;
}

@InputType({ description: "Replaces a webhook channel's signing secret." })
export class RotateChannelSecretInput {
  @Field(() => ID, { description: 'The WEBHOOK channel.' })
  channelId!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'How long the previous secret keeps signing beside the new one, in hours (0 to 168; default 24).',
  })
  overlapHours?: number | null;
}

@InputType({ description: 'Which channel to send a test notification through.' })
export class SendTestNotificationInput {
  @Field(() => ID, { description: 'The channel.' })
  channelId!: string;
}

export const channelIdSchema = z.object({ id: idSchema });
export type ChannelIdCommand = z.output<typeof channelIdSchema>;

export const disableChannelSchema = z.preprocess(
  withoutNulls,
  z.object({ id: idSchema, reason: z.string().trim().min(1).max(500, 'at most 500 characters').optional() }),
);
export type DisableChannelCommand = z.output<typeof disableChannelSchema>;

export const DEFAULT_OVERLAP_HOURS = 24;
export const rotateChannelSecretSchema = z.preprocess(
  withoutNulls,
  z.object({
    channelId: idSchema,
    overlapHours: z.number().int().min(0).max(168, 'at most 168 hours').default(DEFAULT_OVERLAP_HOURS),
  }),
);
export type RotateChannelSecretCommand = z.output<typeof rotateChannelSecretSchema>;

export const sendTestNotificationSchema = z.object({ channelId: idSchema });
export type SendTestNotificationCommand = z.output<typeof sendTestNotificationSchema>;
