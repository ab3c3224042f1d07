import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import {
  brokersSchema,
  connectionDescriptionSchema,
  passwordSchema,
  saslMechanismSchema,
  userNameSchema,
  type SaslMechanism,
} from '../connection-settings';
import { SaslMechanismEnum } from '../models/connection-enums';
import { connectionNameSchema, idSchema, omitted } from './validation';

@InputType({ description: 'SASL credentials Tessera connects to a Kafka cluster with.' })
export class KafkaSaslInput {
  @Field(() => SaslMechanismEnum, { description: 'The SASL mechanism.' })
  mechanism!: SaslMechanism;

  @Field({ description: 'The SASL user (for ACL management, a super user or one allowed to alter ACLs).' })
  username!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The password; required when registering, kept when left out of an update.',
  })
  password?: string | null;
}

export const kafkaSaslSchema = z.object({
  mechanism: saslMechanismSchema,
  username: userNameSchema,
  password: omitted(passwordSchema),
});

/** Names the registry to link, by id or by name; at most one. */
export const registryReferenceFields = {
  registryId: omitted(idSchema),
  registryName: omitted(connectionNameSchema),
};

export function refineOneRegistryReference(
  input: { registryId?: string; registryName?: string },
  context: z.RefinementCtx,
): void {
  if (input.registryId !== undefined && input.registryName !== undefined)
    context.addIssue({ code: 'custom', path: ['registryName'], message: 'give registryId or registryName, not both' });
}

@InputType({ description: 'A Kafka cluster to register.' })
export class RegisterKafkaClusterInput {
  @Field({ description: 'The name port locations use (location.cluster); a slug, unique among clusters.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the cluster is for.' })
  description?: string | null;

  @Field(() => [String], { description: 'Bootstrap brokers, host:port (IPv6 in brackets).' })
  brokers!: string[];

  @Field(() => Boolean, { nullable: true, description: 'Connect over TLS; false by default.' })
  ssl?: boolean | null;

  @Field(() => KafkaSaslInput, { nullable: true, description: 'SASL authentication, when the cluster needs it.' })
  sasl?: KafkaSaslInput | null;

  @Field(() => ID, { nullable: true, description: "The schema registry holding this cluster's schemas, by id." })
  registryId?: string | null;

  @Field(() => String, { nullable: true, description: 'Or the schema registry by name.' })
  registryName?: string | null;
}

export const registerKafkaClusterSchema = z
  .object({
    name: connectionNameSchema,
    description: omitted(connectionDescriptionSchema).transform((value) => value ?? ''),
    brokers: brokersSchema,
    ssl: omitted(z.boolean()).transform((value) => value ?? false),
    sasl: omitted(kafkaSaslSchema),
    ...registryReferenceFields,
  })
  .superRefine((input, context) => {
    refineOneRegistryReference(input, context);
    if (input.sasl && input.sasl.password === undefined)
      context.addIssue({ code: 'custom', path: ['sasl', 'password'], message: 'required with SASL' });
  });
export type RegisterKafkaClusterCommand = z.output<typeof registerKafkaClusterSchema>;
