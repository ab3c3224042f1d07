import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../../infra/graphql/pagination';
import { OutputPort } from '../../products/models/ports.model';
import { SchemaFieldChangeEnum, SchemaFormatEnum, SchemaPublishVerdictEnum } from './schema-enums';
import { SchemaChange, SchemaVersion } from './schema-version.model';

export const SchemaVersionConnection = Connection(SchemaVersion);

@ObjectType({ description: 'A team holding an approved subscription to the port: who a schema change reaches.' })
export class AffectedConsumer {
  @Field(() => ID, { description: 'The approved subscription.' })
  subscriptionId!: string;

  @Field(() => ID, { description: 'The consumer team.' })
  teamId!: string;

  @Field({ description: "The consumer team's slug." })
  teamSlug!: string;

  @Field({ description: "The consumer team's name." })
  teamName!: string;
}

@ObjectType({ description: 'The result of publishSchemaVersion: the verdict, the changes and who they reach.' })
export class PublishSchemaVersionPayload {
  @Field(() => SchemaPublishVerdictEnum, {
    description: "The verdict under the port's compatibility mode and governance.",
  })
  verdict!: keyof typeof SchemaPublishVerdictEnum;

  @Field({ description: 'True when this was a dry run: nothing was written, nothing registered.' })
  dryRun!: boolean;

  @Field({
    description:
      'True when a new version was recorded; false for a dry run or when the same schema already was a version.',
  })
  created!: boolean;

  @Field(() => [SchemaChange], { description: 'The changes against the versions the mode compares with.' })
  changes!: SchemaChange[];

  @Field(() => [AffectedConsumer], { description: 'Every approved subscriber of the port.' })
  impact!: AffectedConsumer[];

  @Field(() => SchemaVersion, {
    nullable: true,
    description:
      'The version recorded, or the existing one with the same fingerprint; null for a dry run of a new schema.',
  })
  schemaVersion!: SchemaVersion | null;

  @Field(() => OutputPort, { description: 'The port as it is now.' })
  outputPort!: OutputPort;
}

@ObjectType({ description: 'The result of setPortCompatibilityMode.' })
export class SetPortCompatibilityModePayload {
  @Field(() => OutputPort, { description: 'The port as it is now.' })
  outputPort!: OutputPort;
}

@ObjectType({ description: 'The result of attachRegistrySubject.' })
export class AttachRegistrySubjectPayload {
  @Field(() => OutputPort, { description: 'The port as it is now.' })
  outputPort!: OutputPort;

  @Field({ description: 'The attached registry subject.' })
  subject!: string;

  @Field(() => [SchemaVersion], { description: 'The versions brought in from the subject, in registry order.' })
  importedVersions!: SchemaVersion[];
}

@ObjectType({ description: 'How one field differs between two schema versions.' })
export class SchemaFieldDiff {
  @Field({ description: 'The field path.' })
  path!: string;

  @Field(() => SchemaFieldChangeEnum, { description: 'Added, removed or changed.' })
  change!: keyof typeof SchemaFieldChangeEnum;

  @Field(() => String, { nullable: true, description: 'The type before (changed and removed fields).' })
  fromType!: string | null;

  @Field(() => String, { nullable: true, description: 'The type after (changed and added fields).' })
  toType!: string | null;

  @Field(() => String, { nullable: true, description: 'The documentation before.' })
  fromDoc!: string | null;

  @Field(() => String, { nullable: true, description: 'The documentation after.' })
  toDoc!: string | null;

  @Field(() => [String], { description: 'What changed of a changed field: type, doc, default, required, number...' })
  aspects!: string[];
}

@ObjectType({ description: 'A field-level comparison of two schema versions of a port, for people.' })
export class SchemaVersionComparison {
  @Field(() => SchemaFormatEnum, { description: 'The schema language of both versions.' })
  format!: keyof typeof SchemaFormatEnum;

  @Field(() => SchemaVersion, { description: 'The version compared from.' })
  from!: SchemaVersion;

  @Field(() => SchemaVersion, { description: 'The version compared to.' })
  to!: SchemaVersion;

  @Field(() => [SchemaFieldDiff], { description: 'The fields added, removed and changed, in schema order.' })
  fields!: SchemaFieldDiff[];

  @Field(() => [SchemaChange], {
    description: 'The compatibility changes from `from` to `to`, each with whom it breaks (whatever the mode).',
  })
  changes!: SchemaChange[];
}
