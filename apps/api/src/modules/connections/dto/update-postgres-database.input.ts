import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { z } from 'zod';
import {
  connectionDescriptionSchema,
  databaseNameSchema,
  hostSchema,
  passwordSchema,
  portSchema,
  sslModeSchema,
  userNameSchema,
  type PostgresSslMode,
} from '../connection-settings';
import { PostgresSslModeEnum } from '../models/connection-enums';
import { connectionNameSchema, flagSchema, idSchema, omitted } from './validation';

@InputType({ description: 'Changes a Postgres database connection; fields left out stay as they are.' })
export class UpdatePostgresDatabaseInput {
  @Field(() => ID, { description: 'The database connection.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'A new name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'What the database is for.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Host name or address.' })
  host?: string | null;

  @Field(() => Int, { nullable: true, description: 'TCP port.' })
  port?: number | null;

  @Field(() => String, { nullable: true, description: 'The database name on the server.' })
  database?: string | null;

  @Field(() => PostgresSslModeEnum, { nullable: true, description: 'TLS mode.' })
  ssl?: PostgresSslMode | null;

  @Field(() => String, { nullable: true, description: 'A new read-only user.' })
  readOnlyUser?: string | null;

  @Field(() => String, { nullable: true, description: 'A new read-only password; left out, the stored one is kept.' })
  readOnlyPassword?: string | null;

  @Field(() => String, { nullable: true, description: 'A new provisioning user.' })
  provisioningUser?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A new provisioning password; left out, the stored one is kept.',
  })
  provisioningPassword?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Forget the provisioning user and password: access on this database is no longer provisioned.',
  })
  removeProvisioning?: boolean | null;
}

export const updatePostgresDatabaseSchema = z
  .object({
    id: idSchema,
    name: omitted(connectionNameSchema),
    description: omitted(connectionDescriptionSchema),
    host: omitted(hostSchema),
    port: omitted(portSchema),
    database: omitted(databaseNameSchema),
    ssl: omitted(sslModeSchema),
    readOnlyUser: omitted(userNameSchema),
    readOnlyPassword: omitted(passwordSchema),
    provisioningUser: omitted(userNameSchema),
    provisioningPassword: omitted(passwordSchema),
    removeProvisioning: flagSchema,
  })
  .superRefine((input, context) => {
    if (input.removeProvisioning && (input.provisioningUser !== undefined || input.provisioningPassword !== undefined))
      context.addIssue({
        code: 'custom',
        path: ['removeProvisioning'],
        message: 'cannot be combined with provisioningUser or provisioningPassword',
      });
  });
export type UpdatePostgresDatabaseCommand = z.output<typeof updatePostgresDatabaseSchema>;
