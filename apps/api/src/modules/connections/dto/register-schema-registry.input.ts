import { Field, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { connectionDescriptionSchema, passwordSchema, registryUrlSchema, userNameSchema } from '../connection-settings';
import { connectionNameSchema, omitted } from './validation';

@InputType({ description: 'A Confluent-compatible schema registry to register.' })
export class RegisterSchemaRegistryInput {
  @Field({ description: 'A slug, unique among registries.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the registry is for.' })
  description?: string | null;

  @Field({ description: 'The http(s) API root, such as https://registry.example.com or …/apis/ccompat/v7.' })
  url!: string;

  @Field(() => String, { nullable: true, description: 'HTTP basic auth user (give a password with it).' })
  username?: string | null;

  @Field(() => String, { nullable: true, description: 'HTTP basic auth password.' })
  password?: string | null;
}

export const registerSchemaRegistrySchema = z
  .object({
    name: connectionNameSchema,
    description: omitted(connectionDescriptionSchema).transform((value) => value ?? ''),
    url: registryUrlSchema,
    username: omitted(userNameSchema),
    password: omitted(passwordSchema),
  })
  .superRefine((input, context) => {
    if ((input.username === undefined) !== (input.password === undefined))
      context.addIssue({
        code: 'custom',
        path: [input.username === undefined ? 'username' : 'password'],
        message: 'basic auth needs both username and password',
      });
  });
export type RegisterSchemaRegistryCommand = z.output<typeof registerSchemaRegistrySchema>;
