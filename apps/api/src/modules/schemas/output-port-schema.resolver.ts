import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../infra/graphql/loader-registry';
import type { ConnectionShape } from '../../infra/graphql/pagination';
import { requestContextOf } from '../identity/request-context.decorator';
import { OutputPort } from '../products/models/ports.model';
import { SchemaVersionsArgs } from './dto/schema-versions.args';
import { SchemaVersionConnection } from './models/payloads.model';
import { CompatibilityModeEnum, SchemaFormatEnum } from './models/schema-enums';
import { SchemaVersion } from './models/schema-version.model';
import { defaultSubject } from './registry/port-registries';
import { SchemaPortAccess } from './schema-port-access';
import { SchemaLoaders } from './schema.loaders';
import type { PortSchemaSettings } from './schemas.repository';

/**
 * The schema side of output ports: settings, versions, the latest one and drift. A port is
 * only ever reached through a visible product, so these fields add no visibility check of
 * their own; the registry subject and drift are for the owning team (and admins) only.
 */
@Resolver(() => OutputPort)
export class OutputPortSchemaResolver {
  constructor(
    private readonly loaders: SchemaLoaders,
    private readonly access: SchemaPortAccess,
  ) {}

  @ResolveField(() => SchemaFormatEnum, {
    nullable: true,
    description: "The format of the port's schema versions; null until the first version.",
  })
  async schemaFormat(@Parent() port: OutputPort, @Context() context: GraphqlContext): Promise<string | null> {
    return (await this.settingsOf(port, context)).schemaFormat;
  }

  @ResolveField(() => CompatibilityModeEnum, {
    description: 'Which schema changes the port accepts (BACKWARD unless its owners chose another).',
  })
  async compatibilityMode(@Parent() port: OutputPort, @Context() context: GraphqlContext): Promise<string> {
    return (await this.settingsOf(port, context)).compatibilityMode;
  }

  @ResolveField(() => String, {
    description: "The port's contract version (semver): a breaking schema change may come with a new major.",
  })
  async contractVersion(@Parent() port: OutputPort, @Context() context: GraphqlContext): Promise<string> {
    return (await this.settingsOf(port, context)).contractVersion;
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'The schema registry subject of a Kafka port (`<topic>-value` unless attached to another); null for other kinds, and unless you are in the owning team or an admin.',
  })
  async registrySubject(@Parent() port: OutputPort, @Context() context: GraphqlContext): Promise<string | null> {
    const settings = await this.settingsOf(port, context);
    if (settings.kind !== 'KAFKA_TOPIC') return null;
    if (!this.access.seesRegistryDetails(requestContextOf(context).actor, settings.teamId)) return null;
    return settings.registrySubject ?? defaultSubject(String(settings.location.topic));
  }

  @ResolveField(() => SchemaVersionConnection, { description: "The port's schema versions, newest first." })
  schemaVersions(
    @Parent() port: OutputPort,
    @Context() context: GraphqlContext,
    @Args() args: SchemaVersionsArgs,
  ): Promise<ConnectionShape<SchemaVersion>> {
    return this.loaders.versions(context, port.id, args);
  }

  @ResolveField(() => SchemaVersion, { nullable: true, description: "The port's newest schema version." })
  latestSchemaVersion(@Parent() port: OutputPort, @Context() context: GraphqlContext): Promise<SchemaVersion | null> {
    return this.loaders.latest(context).load(port.id);
  }

  @ResolveField(() => [SchemaVersion], {
    nullable: true,
    description:
      'Versions found in the schema registry that were registered outside Tessera (schema drift), newest first; null unless you are in the owning team or an admin.',
  })
  async schemaDrift(@Parent() port: OutputPort, @Context() context: GraphqlContext): Promise<SchemaVersion[] | null> {
    const settings = await this.settingsOf(port, context);
    if (!this.access.seesRegistryDetails(requestContextOf(context).actor, settings.teamId)) return null;
    return this.loaders.drift(context).load(port.id);
  }

  private async settingsOf(port: OutputPort, context: GraphqlContext): Promise<PortSchemaSettings> {
    const settings = await this.loaders.settings(context).load(port.id);
    // The port was read moments ago in this request; gone now means removed concurrently.
    if (!settings) throw new Error(`output port ${port.id} disappeared while its fields were resolved`);
    return settings;
  }
}
