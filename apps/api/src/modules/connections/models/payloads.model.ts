import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Team } from '../../organisation/models/team.model';
import { KafkaCluster, PlatformConnection, PostgresDatabase, SchemaRegistry } from './connection.model';
import { TeamPrincipal } from './team-principal.model';

@ObjectType({ description: 'The result of registerKafkaCluster.' })
export class RegisterKafkaClusterPayload {
  @Field(() => KafkaCluster, { description: 'The new cluster connection.' })
  kafkaCluster!: KafkaCluster;
}

@ObjectType({ description: 'The result of updateKafkaCluster.' })
export class UpdateKafkaClusterPayload {
  @Field(() => KafkaCluster, { description: 'The cluster connection as it is now.' })
  kafkaCluster!: KafkaCluster;
}

@ObjectType({ description: 'The result of registerSchemaRegistry.' })
export class RegisterSchemaRegistryPayload {
  @Field(() => SchemaRegistry, { description: 'The new registry connection.' })
  schemaRegistry!: SchemaRegistry;
}

@ObjectType({ description: 'The result of updateSchemaRegistry.' })
export class UpdateSchemaRegistryPayload {
  @Field(() => SchemaRegistry, { description: 'The registry connection as it is now.' })
  schemaRegistry!: SchemaRegistry;
}

@ObjectType({ description: 'The result of registerPostgresDatabase.' })
export class RegisterPostgresDatabasePayload {
  @Field(() => PostgresDatabase, { description: 'The new database connection.' })
  postgresDatabase!: PostgresDatabase;
}

@ObjectType({ description: 'The result of updatePostgresDatabase.' })
export class UpdatePostgresDatabasePayload {
  @Field(() => PostgresDatabase, { description: 'The database connection as it is now.' })
  postgresDatabase!: PostgresDatabase;
}

@ObjectType({ description: 'The result of removeConnection.' })
export class RemoveConnectionPayload {
  @Field(() => ID, { description: 'The id of the removed connection.' })
  removedConnectionId!: string;
}

@ObjectType({ description: 'One step of a connection test.' })
export class ConnectionCheck {
  @Field({ description: 'What was tried, such as "describe cluster" or "select 1 as the read-only user".' })
  step!: string;

  @Field({ description: 'Whether it worked.' })
  ok!: boolean;

  @Field({ description: 'What happened, in words an admin can act on.' })
  message!: string;
}

@ObjectType({ description: 'The result of testConnection: whether Tessera can reach and use the connection.' })
export class TestConnectionPayload {
  @Field(() => PlatformConnection, { description: 'The connection tested.' })
  connection!: PlatformConnection;

  @Field({ description: 'True when every step worked.' })
  ok!: boolean;

  @Field({ description: 'A summary: "ok", or the first failure.' })
  message!: string;

  @Field(() => [ConnectionCheck], { description: 'Each step tried, in order.' })
  checks!: ConnectionCheck[];
}

@ObjectType({ description: 'The result of setTeamPrincipal.' })
export class SetTeamPrincipalPayload {
  @Field(() => TeamPrincipal, { description: 'The principal as it is now.' })
  principal!: TeamPrincipal;

  @Field(() => Team, { description: 'The team.' })
  team!: Team;
}

@ObjectType({ description: 'The result of removeTeamPrincipal.' })
export class RemoveTeamPrincipalPayload {
  @Field(() => ID, { description: 'The id of the removed principal.' })
  removedPrincipalId!: string;

  @Field(() => Team, { description: 'The team.' })
  team!: Team;
}
