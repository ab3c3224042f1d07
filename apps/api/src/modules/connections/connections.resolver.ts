import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../infra/graphql/loader-registry';
import type { ConnectionShape } from '../../infra/graphql/pagination';
import type { RequestContext } from '../identity/actor';
import { CurrentRequest } from '../identity/request-context.decorator';
import type { ConnectionModel } from './connection-codec';
import { ConnectionRegistrationService } from './connection-registration.service';
import { ConnectionTestService } from './connection-test.service';
import { ConnectionsService } from './connections.service';
import {
  ConnectionsArgs,
  connectionIdSchema,
  RemoveConnectionInput,
  TestConnectionInput,
  type ConnectionIdCommand,
} from './dto/connection-inputs';
import {
  RegisterKafkaClusterInput,
  registerKafkaClusterSchema,
  type RegisterKafkaClusterCommand,
} from './dto/register-kafka-cluster.input';
import {
  RegisterPostgresDatabaseInput,
  registerPostgresDatabaseSchema,
  type RegisterPostgresDatabaseCommand,
} from './dto/register-postgres-database.input';
import {
  RegisterSchemaRegistryInput,
  registerSchemaRegistrySchema,
  type RegisterSchemaRegistryCommand,
} from './dto/register-schema-registry.input';
import {
  UpdateKafkaClusterInput,
  updateKafkaClusterSchema,
  type UpdateKafkaClusterCommand,
} from './dto/update-kafka-cluster.input';
import {
  UpdatePostgresDatabaseInput,
  updatePostgresDatabaseSchema,
  type UpdatePostgresDatabaseCommand,
} from './dto/update-postgres-database.input';
import {
  UpdateSchemaRegistryInput,
  updateSchemaRegistrySchema,
  type UpdateSchemaRegistryCommand,
} from './dto/update-schema-registry.input';
import { ZodValidationPipe } from './dto/validation';
import {
  KafkaCluster,
  PlatformConnection,
  PlatformConnectionConnection,
  SchemaRegistry,
} from './models/connection.model';
import {
  RegisterKafkaClusterPayload,
  RegisterPostgresDatabasePayload,
  RegisterSchemaRegistryPayload,
  RemoveConnectionPayload,
  TestConnectionPayload,
  UpdateKafkaClusterPayload,
  UpdatePostgresDatabasePayload,
  UpdateSchemaRegistryPayload,
} from './models/payloads.model';

const WHAT_TO_CHANGE = 'What to change.';

/** Platform connections: admin-only queries and mutations. */
@Resolver(() => PlatformConnection)
export class ConnectionsResolver {
  constructor(
    private readonly service: ConnectionsService,
    private readonly registration: ConnectionRegistrationService,
    private readonly testing: ConnectionTestService,
  ) {}

  @Query(() => PlatformConnectionConnection, { description: 'Platform connections by name (platform admins).' })
  connections(
    @CurrentRequest() request: RequestContext,
    @Args() args: ConnectionsArgs,
  ): Promise<ConnectionShape<ConnectionModel>> {
    return this.service.list(request.actor, args);
  }

  @Query(() => PlatformConnection, {
    description: 'One platform connection (platform admins); NOT_FOUND when missing.',
  })
  connection(
    @CurrentRequest() request: RequestContext,
    @Args('id', { type: () => ID, description: 'The connection id.' }) id: string,
  ): Promise<ConnectionModel> {
    return this.service.get(request.actor, id);
  }

  @Mutation(() => RegisterKafkaClusterPayload, { description: 'Registers a Kafka cluster (platform admins).' })
  async registerKafkaCluster(
    @CurrentRequest() request: RequestContext,
    @Args(
      'input',
      { type: () => RegisterKafkaClusterInput, description: WHAT_TO_CHANGE },
      new ZodValidationPipe(registerKafkaClusterSchema),
    )
    input: RegisterKafkaClusterCommand,
  ): Promise<RegisterKafkaClusterPayload> {
    return { kafkaCluster: await this.registration.registerKafkaCluster(request, input) };
  }

  @Mutation(() => UpdateKafkaClusterPayload, {
    description: 'Changes a Kafka cluster; the SASL password is replaced only when a new one is given.',
  })
  async updateKafkaCluster(
    @CurrentRequest() request: RequestContext,
    @Args(
      'input',
      { type: () => UpdateKafkaClusterInput, description: WHAT_TO_CHANGE },
      new ZodValidationPipe(updateKafkaClusterSchema),
    )
    input: UpdateKafkaClusterCommand,
  ): Promise<UpdateKafkaClusterPayload> {
    return { kafkaCluster: await this.registration.updateKafkaCluster(request, input) };
  }

  @Mutation(() => RegisterSchemaRegistryPayload, { description: 'Registers a schema registry (platform admins).' })
  async registerSchemaRegistry(
    @CurrentRequest() request: RequestContext,
    @Args(
      'input',
      { type: () => RegisterSchemaRegistryInput, description: WHAT_TO_CHANGE },
      new ZodValidationPipe(registerSchemaRegistrySchema),
    )
    input: RegisterSchemaRegistryCommand,
  ): Promise<RegisterSchemaRegistryPayload> {
    return { schemaRegistry: await this.registration.registerSchemaRegistry(request, input) };
  }

  @Mutation(() => UpdateSchemaRegistryPayload, {
    description: 'Changes a schema registry; the password is replaced only when a new one is given.',
  })
  async updateSchemaRegistry(
    @CurrentRequest() request: RequestContext,
    @Args(
      'input',
      { type: () => UpdateSchemaRegistryInput, description: WHAT_TO_CHANGE },
      new ZodValidationPipe(updateSchemaRegistrySchema),
    )
    input: UpdateSchemaRegistryCommand,
  ): Promise<UpdateSchemaRegistryPayload> {
    return { schemaRegistry: await this.registration.updateSchemaRegistry(request, input) };
  }

  @Mutation(() => RegisterPostgresDatabasePayload, {
    description: 'Registers a Postgres database to monitor and provision access on (platform admins).',
  })
  async registerPostgresDatabase(
    @CurrentRequest() request: RequestContext,
    @Args(
      'input',
      { type: () => RegisterPostgresDatabaseInput, description: WHAT_TO_CHANGE },
      new ZodValidationPipe(registerPostgresDatabaseSchema),
    )
    input: RegisterPostgresDatabaseCommand,
  ): Promise<RegisterPostgresDatabasePayload> {
    return { postgresDatabase: await this.registration.registerPostgresDatabase(request, input) };
  }

  @Mutation(() => UpdatePostgresDatabasePayload, {
    description: 'Changes a Postgres database; passwords are replaced only when new ones are given.',
  })
  async updatePostgresDatabase(
    @CurrentRequest() request: RequestContext,
    @Args(
      'input',
      { type: () => UpdatePostgresDatabaseInput, description: WHAT_TO_CHANGE },
      new ZodValidationPipe(updatePostgresDatabaseSchema),
    )
    input: UpdatePostgresDatabaseCommand,
  ): Promise<UpdatePostgresDatabasePayload> {
    return { postgresDatabase: await this.registration.updatePostgresDatabase(request, input) };
  }

  @Mutation(() => RemoveConnectionPayload, {
    description: 'Removes a connection; CONNECTION_IN_USE while ports name it or team principals are set on it.',
  })
  removeConnection(
    @CurrentRequest() request: RequestContext,
    @Args(
      'input',
      { type: () => RemoveConnectionInput, description: 'What to remove.' },
      new ZodValidationPipe(connectionIdSchema),
    )
    input: ConnectionIdCommand,
  ): Promise<RemoveConnectionPayload> {
    return this.service.remove(request, input);
  }

  @Mutation(() => TestConnectionPayload, {
    description:
      'Connects to the system for real and reports whether it works (platform admins); never fails for a bad connection.',
  })
  testConnection(
    @CurrentRequest() request: RequestContext,
    @Args(
      'input',
      { type: () => TestConnectionInput, description: 'What to test.' },
      new ZodValidationPipe(connectionIdSchema),
    )
    input: ConnectionIdCommand,
  ): Promise<TestConnectionPayload> {
    return this.testing.test(request.actor, input);
  }
}

/** `KafkaCluster.registry`: only admins reach a cluster, so the registry is theirs to see too. */
@Resolver(() => KafkaCluster)
export class KafkaClusterResolver {
  constructor(private readonly connections: ConnectionsService) {}

  @ResolveField(() => SchemaRegistry, {
    nullable: true,
    description: "The schema registry holding this cluster's schemas; null when none is linked.",
  })
  async registry(@Parent() cluster: KafkaCluster, @Context() context: GraphqlContext): Promise<SchemaRegistry | null> {
    if (cluster.registryId === null) return null;
    return (await this.connections.byId(context.loaders).load(cluster.registryId)) as SchemaRegistry | null;
  }
}
