import { Field, InputType, Int } from '@nestjs/graphql';
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
import { connectionNameSchema, omitted } from './validation';

@InputType({ description: 'A Postgres database to monitor (and provision access on).' })
export class RegisterPostgresDatabaseInput {
  @Field({ description: 'The name port locations use (location.database); a slug, unique among databases.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the database is for.' })
  description?: string | null;

  @Field({ description: 'Host name or address.' })
  host!: string;

  @Field(() => Int, { nullable: true, description: 'TCP port; 5432 by default.' })
  port?: number | null;

  @Field({ description: 'The database name on the server.' })
  database!: string;

  @Field(() => PostgresSslModeEnum, { nullable: true, description: 'TLS mode; REQUIRE by default.' })
  ssl?: PostgresSslMode | null;

  @Field({ description: 'A read-only user for freshness checks.' })
  readOnlyUser!: string;

  @Field({ description: "The read-only user's password." })
  readOnlyPassword!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'A user allowed to GRANT and REVOKE on the tables (their owner); without it access is not provisioned.',
  })
  provisioningUser?: string | null;

  @Field(() => String, { nullable: true, description: "The provisioning user's password." })
  provisioningPassword?: string | null;
}

export const registerPostgresDatabaseSchema = z
  .object({
    name: connectionNameSchema,
    description: omitted(connectionDescriptionSchema).transform((value) => value ?? ''),
    host: hostSchema,
    port: omitted(portSchema).transform((value) => value ?? 5432),
    database: databaseNameSchema,
    ssl: omitted(sslModeSchema).transform((value) => value ?? 'REQUIRE'),
    readOnlyUser: userNameSchema,
    readOnlyPassword: passwordSchema,
    provisioningUser: omitted(userNameSchema),
    provisioningPassword: omitted(passwordSchema),
  })
  .superRefine((input, context) => {
    if ((input.provisioningUser === undefined) !== (input.provisioningPassword === undefined))
      context.addIssue({
        code: 'custom',
        path: [input.provisioningUser === undefined ? 'provisioningUser' : 'provisioningPassword'],
        message: 'the provisioning user needs both a name and a password',
      });
  });
export type RegisterPostgresDatabaseCommand = z.output<typeof registerPostgresDatabaseSchema>;
