import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Connection } from '../../../infra/graphql/pagination';
import { PortKindEnum } from '../../catalog/catalog-enums';
import { GrantDesiredStateEnum, GrantStatusEnum, SubscriptionStatusEnum } from './access-enums';

@ObjectType({
  description:
    "The provisioning of a subscription in the port's system (Kafka ACLs, Postgres privileges): visible to both teams.",
})
export class Grant {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => PortKindEnum, { description: 'The kind of port, and so of grant.' })
  portKind!: keyof typeof PortKindEnum;

  @Field(() => GrantDesiredStateEnum, { description: 'Whether the grant should exist (GRANT) or be removed (REVOKE).' })
  desired!: keyof typeof GrantDesiredStateEnum;

  @Field(() => GrantStatusEnum, { description: 'Where provisioning stands.' })
  status!: keyof typeof GrantStatusEnum;

  @Field(() => [GraphQLJSONObject], {
    description:
      "Exactly what was granted (ACL bindings, privileges), as recorded; removal removes these. Empty for readers who may not see the port's connection details.",
  })
  records!: Record<string, unknown>[];

  @Field(() => Int, { description: 'Provisioning attempts for the current desired state.' })
  attempts!: number;

  @Field(() => String, {
    nullable: true,
    description:
      "Why the last attempt (or check) failed; null after a success, and for readers who may not see the port's connection details (lastErrorCode still says why).",
  })
  lastError!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A stable code for lastError, such as BROKER_UNAVAILABLE or PRINCIPAL_MISSING.',
  })
  lastErrorCode!: string | null;

  @Field(() => Date, { nullable: true, description: 'When provisioning was last attempted.' })
  lastAttemptAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When reconciliation last found the grant intact.' })
  lastVerifiedAt!: Date | null;

  @Field({ description: 'When the grant was asked for (at approval).' })
  createdAt!: Date;

  @Field({ description: 'When the grant last changed.' })
  updatedAt!: Date;
}

@ObjectType({
  description:
    "A consumer team's access to an output port: the request, the owners' decision, expiry and renewal, and its grants. Visible to both teams and admins.",
})
export class AccessSubscription {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => SubscriptionStatusEnum, { description: 'Where the subscription stands.' })
  status!: keyof typeof SubscriptionStatusEnum;

  @Field({ description: 'What the consumer team uses the data for.' })
  purpose!: string;

  @Field(() => Int, { nullable: true, description: 'The duration asked for, in days; null: until revoked.' })
  durationDays!: number | null;

  @Field({ description: 'When access was requested.' })
  requestedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was last decided (approved, rejected, renewed).' })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The reason given with the last decision.' })
  decisionReason!: string | null;

  @Field(() => Date, { nullable: true, description: 'When access ends unless renewed; null: no expiry.' })
  expiresAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the consumer asked to renew, while that waits for the owners.',
  })
  renewalRequestedAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'The days a pending renewal asks for.' })
  renewalDays!: number | null;

  @Field(() => Date, { nullable: true, description: 'When it was revoked, expired or rejected.' })
  endedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was revoked (or when it expired).' })
  endReason!: string | null;

  @Field({ description: 'When it last changed.' })
  updatedAt!: Date;

  /** Resolved by field resolvers. */
  portId!: string;
  productId!: string;
  ownerTeamId!: string;
  consumerTeamId!: string;
  requestedById!: string | null;
  decidedById!: string | null;
  endedById!: string | null;
}

/** `AccessSubscriptionConnection` and `AccessSubscriptionEdge`. */
export const AccessSubscriptionConnection = Connection(AccessSubscription);

@ObjectType({ description: 'The result of requestAccess.' })
export class RequestAccessPayload {
  @Field(() => AccessSubscription, {
    description: 'The new subscription: PENDING, or APPROVED under the open-access rule.',
  })
  subscription!: AccessSubscription;
}

@ObjectType({ description: 'The result of approveSubscription.' })
export class ApproveSubscriptionPayload {
  @Field(() => AccessSubscription, { description: 'The subscription, APPROVED (or renewed).' })
  subscription!: AccessSubscription;
}

@ObjectType({ description: 'The result of rejectSubscription.' })
export class RejectSubscriptionPayload {
  @Field(() => AccessSubscription, { description: 'The subscription, REJECTED (or with its renewal declined).' })
  subscription!: AccessSubscription;
}

@ObjectType({ description: 'The result of revokeSubscription.' })
export class RevokeSubscriptionPayload {
  @Field(() => AccessSubscription, { description: 'The subscription, REVOKED; its grants are being removed.' })
  subscription!: AccessSubscription;
}

@ObjectType({ description: 'The result of requestSubscriptionRenewal.' })
export class RequestSubscriptionRenewalPayload {
  @Field(() => AccessSubscription, {
    description: 'The subscription with its renewal pending, or already renewed under the open-access rule.',
  })
  subscription!: AccessSubscription;
}
