import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionReference } from './connection.model';
import { PrincipalKindEnum, type PrincipalKind } from './connection-enums';

@ObjectType({
  description:
    'An identity a team reads with on one connection: its Kafka principal on a cluster, its role in a database. Access grants are made to it.',
})
export class TeamPrincipal {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => ID, { description: 'The team.' })
  teamId!: string;

  @Field(() => PrincipalKindEnum, { description: 'KAFKA_PRINCIPAL or POSTGRES_ROLE, from the connection kind.' })
  kind!: PrincipalKind;

  @Field({ description: 'User:<name> for Kafka; the role name for Postgres.' })
  name!: string;

  @Field(() => ConnectionReference, { description: 'The connection the identity exists on.' })
  connection!: ConnectionReference;

  @Field({ description: 'When it was first set.' })
  createdAt!: Date;

  @Field({ description: 'When it last changed.' })
  updatedAt!: Date;
}
