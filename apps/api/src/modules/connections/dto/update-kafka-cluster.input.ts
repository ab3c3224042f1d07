import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { brokersSchema, connectionDescriptionSchema } from '../connection-settings';
import {
  KafkaSaslInput,
  kafkaSaslSchema,
  refineOneRegistryReference,
  registryReferenceFields,
} from './register-kafka-cluster.input';
import { connectionNameSchema, flagSchema, idSchema, omitted } from './validation';

@InputType({ description: 'Changes a Kafka cluster connection; fields left out stay as they are.' })
export class UpdateKafkaClusterInput {
  @Field(() => ID, { description: 'The cluster connection.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'A new name (ports naming the old one would lose it).' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'What the cluster is for.' })
  description?: string | null;

  @Field(() => [String], { nullable: true, description: 'Bootstrap brokers, replacing the current list.' })
  brokers?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Connect over TLS.' })
  ssl?: boolean | null;

  @Field(() => KafkaSaslInput, {
    nullable: true,
    description: 'New SASL settings; without a password the stored one is kept.',
  })
  sasl?: KafkaSaslInput | null;

  @Field(() => Boolean, { nullable: true, description: 'Stop using SASL (and forget the password).' })
  removeSasl?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Link this schema registry, by id.' })
  registryId?: string | null;

  @Field(() => String, { nullable: true, description: 'Or link a schema registry by name.' })
  registryName?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Unlink the schema registry.' })
  detachRegistry?: boolean | null;
}

export const updateKafkaClusterSchema = z
  .object({
    id: idSchema,
    name: omitted(connectionNameSchema),
    description: omitted(connectionDescriptionSchema),
    brokers: omitted(brokersSchema),
    ssl: omitted(z.boolean()),
    sasl: omitted(kafkaSaslSchema),
    removeSasl: flagSchema,
    ...registryReferenceFields,
    detachRegistry: flagSchema,
  })
  .superRefine((input, context) => {
    refineOneRegistryReference(input, context);
    if (input.removeSasl && input.sasl)
      context.addIssue({ code: 'custom', path: ['removeSasl'], message: 'cannot be combined with sasl' });
    if (input.detachRegistry && (input.registryId !== undefined || input.registryName !== undefined))
      context.addIssue({ code: 'custom', path: ['detachRegistry'], message: 'cannot be combined with a registry' });
  });
export type UpdateKafkaClusterCommand = z.output<typeof updateKafkaClusterSchema>;
