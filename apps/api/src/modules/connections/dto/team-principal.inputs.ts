import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { type ConnectionKind } from '../connection-settings';
import { ConnectionKindEnum } from '../models/connection-enums';
import { connectionNameSchema, idSchema, omitted } from './validation';

@InputType({
  description:
    'Sets the identity a team reads with on a connection (replacing the current one). Name the connection by id, or by kind and name.',
})
export class SetTeamPrincipalInput {
  @Field(() => ID, { description: 'The team.' })
  teamId!: string;

  @Field(() => ID, { nullable: true, description: 'The Kafka cluster or Postgres database connection, by id.' })
  connectionId?: string | null;

  @Field(() => ConnectionKindEnum, { nullable: true, description: 'Or its kind (with connectionName).' })
  connectionKind?: ConnectionKind | null;

  @Field(() => String, { nullable: true, description: 'And its name, as port locations write it.' })
  connectionName?: string | null;

  @Field({
    description: 'User:<name> on a Kafka cluster; a role name (at most 63 bytes) in a Postgres database.',
  })
  name!: string;
}

export const setTeamPrincipalSchema = z
  .object({
    teamId: idSchema,
    connectionId: omitted(idSchema),
    connectionKind: omitted(
      z.enum(
        ['KAFKA_CLUSTER', 'POSTGRES_DATABASE'],
        'teams have principals on Kafka clusters and Postgres databases only',
      ),
    ),
    connectionName: omitted(connectionNameSchema),
    name: z.string().max(1_000, 'at most 1000 characters'),
  })
  .superRefine((input, context) => {
    const byName = input.connectionKind !== undefined || input.connectionName !== undefined;
    if (input.connectionId !== undefined && byName)
      context.addIssue({
        code: 'custom',
        path: ['connectionId'],
        message: 'give connectionId, or connectionKind and connectionName, not both',
      });
    else if (
      input.connectionId === undefined &&
      (input.connectionKind === undefined || input.connectionName === undefined)
    )
      context.addIssue({
        code: 'custom',
        path: [
          input.connectionKind === undefined && byName
            ? 'connectionKind'
            : input.connectionName === undefined && byName
              ? 'connectionName'
              : 'connectionId',
        ],
        message: 'give connectionId, or connectionKind and connectionName',
      });
  });
export type SetTeamPrincipalCommand = z.output<typeof setTeamPrincipalSchema>;

@InputType({ description: "Removes a team's principal on a connection." })
export class RemoveTeamPrincipalInput {
  @Field(() => ID, { description: 'The team.' })
  teamId!: string;

  @Field(() => ID, { description: 'The connection.' })
  connectionId!: string;
}

export const removeTeamPrincipalSchema = z.object({ teamId: idSchema, connectionId: idSchema });
export type RemoveTeamPrincipalCommand = z.output<typeof removeTeamPrincipalSchema>;
