import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { connectionDescriptionSchema, passwordSchema, registryUrlSchema, userNameSchema } from '../connection-settings';
import { connectionNameSchema, flagSchema, idSchema, omitted } from './validation';

@InputType({ description: 'Changes a schema registry connection; fields left out stay as they are.' })
export class UpdateSchemaRegistryInput {
  @Field(() => ID, { description: 'The registry connection.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'A new name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'What the registry is for.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'A new API root.' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'A new basic auth user.' })
  username?: string | null;

  @Field(() => String, { nullable: true, description: 'A new basic auth password; left out, the stored one is kept.' })
  password?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Stop using basic auth (and forget the password).' })
  removeBasicAuth?: boolean | null;
}

export const updateSchemaRegistrySchema = z
  .object({
    id: idSchema,
    name: omitted(connectionNameSchema),
    description: omitted(connectionDescriptionSchema),
    url: omitted(registryUrlSchema),
    username: omitted(userNameSchema),
    password: omitted(passwordSchema),
    removeBasicAuth: flagSchema,
  })
  .superRefine((input, context) => {
    if (input.removeBasicAuth && (input.username !== undefined || input.password !== undefined))
      context.addIssue({
        code: 'custom',
        path: ['removeBasicAuth'],
        message: 'cannot be combined with username or password',
      });
  });
export type UpdateSchemaRegistryCommand = z.output<typeof updateSchemaRegistrySchema>;
