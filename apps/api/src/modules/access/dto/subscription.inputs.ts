import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  accessDurationDaysSchema as durationSchema,
  accessPurposeSchema as purposeSchema,
  decisionReasonSchema as reasonSchema,
} from '@tessera/contracts';
import { z } from 'zod';
import { idSchema } from '../../products/dto/validation';

/*
 * One input per mutation. None of them has a status, decider or expiry field: those follow
 * from the transition and the caller, never from what the caller sends.
 */

@InputType({ description: 'Asks for read access to an output port, for one of your teams.' })
export class RequestAccessInput {
  @Field(() => ID, { description: 'The output port to read.' })
  portId!: string;

  @Field(() => ID, { description: 'The team that will read it; you must be one of its members.' })
  consumerTeamId!: string;

  @Field({ description: 'What the team will use the data for; the owners decide on it.' })
  purpose!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'How many days access should last once approved (1 to 730); without it, until revoked.',
  })
  durationDays?: number | null;
}

export const requestAccessSchema = z.object({
  portId: idSchema,
  consumerTeamId: idSchema,
  purpose: purposeSchema,
  durationDays: durationSchema.nullish().transform((value) => value ?? null),
});
export type RequestAccessCommand = z.output<typeof requestAccessSchema>;

@InputType({
  description: 'Approves a pending request, or the pending renewal of an approved subscription.',
})
export class ApproveSubscriptionInput {
  @Field(() => ID, { description: 'The subscription.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Why, for the requesting team and the audit log.' })
  reason?: string | null;
}

export const approveSubscriptionSchema = z.object({
  id: idSchema,
  reason: reasonSchema.nullish().transform((value) => value ?? null),
});
export type ApproveSubscriptionCommand = z.output<typeof approveSubscriptionSchema>;

@InputType({
  description:
    'Rejects a pending request, or declines the pending renewal of an approved subscription (which then lasts until its expiry).',
})
export class RejectSubscriptionInput {
  @Field(() => ID, { description: 'The subscription.' })
  id!: string;

  @Field({ description: 'Why, for the requesting team and the audit log.' })
  reason!: string;
}

export const rejectSubscriptionSchema = z.object({ id: idSchema, reason: reasonSchema });
export type RejectSubscriptionCommand = z.output<typeof rejectSubscriptionSchema>;

@InputType({ description: 'Ends a pending or approved subscription; its grants are removed.' })
export class RevokeSubscriptionInput {
  @Field(() => ID, { description: 'The subscription.' })
  id!: string;

  @Field({ description: 'Why, for the other team and the audit log.' })
  reason!: string;
}

export const revokeSubscriptionSchema = z.object({ id: idSchema, reason: reasonSchema });
export type RevokeSubscriptionCommand = z.output<typeof revokeSubscriptionSchema>;

@InputType({ description: 'Asks the owners to extend an approved subscription before it expires.' })
export class RequestSubscriptionRenewalInput {
  @Field(() => ID, { description: 'The subscription.' })
  id!: string;

  @Field(() => Int, { description: 'How many more days (1 to 730), added to the current expiry.' })
  durationDays!: number;
}

export const requestSubscriptionRenewalSchema = z.object({ id: idSchema, durationDays: durationSchema });
export type RequestSubscriptionRenewalCommand = z.output<typeof requestSubscriptionRenewalSchema>;
