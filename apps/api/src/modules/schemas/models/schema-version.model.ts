import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SchemaChangeBreaksEnum, SchemaFormatEnum, SchemaVersionSourceEnum } from './schema-enums';

@ObjectType({ description: 'One change from earlier schema versions to a new one, and whom it breaks.' })
export class SchemaChange {
  @Field({ description: 'Where the change is: `$.customer.email` (Avro, JSON Schema), `Order.lines` (Protobuf).' })
  path!: string;

  @Field({ description: 'A stable code such as FIELD_ADDED_WITHOUT_DEFAULT or TYPE_NARROWED.' })
  kind!: string;

  @Field(() => SchemaChangeBreaksEnum, { description: 'Whom the change breaks.' })
  breaks!: keyof typeof SchemaChangeBreaksEnum;

  @Field({ description: 'What changed and what it means, in a sentence or two.' })
  message!: string;

  @Field(() => [Int], { description: 'The earlier version numbers of the port the change was found against.' })
  versions!: number[];
}

@ObjectType({
  description: "A row of a schema version's field table: nested records, objects and messages below their parent.",
})
export class SchemaField {
  @Field({ description: 'The field path, as in changes and diffs.' })
  path!: string;

  @Field({ description: 'The field name.' })
  name!: string;

  @Field({
    description: "The type in the format's own words: `long`, `[null, string]`, `array<string>`, `repeated Line = 3`.",
  })
  type!: string;

  @Field(() => String, { nullable: true, description: 'The documentation the schema gives the field.' })
  doc!: string | null;

  @Field({
    description: 'Avro: not nullable; JSON Schema: listed in `required`; Protobuf: a proto2 `required` field.',
  })
  required!: boolean;

  @Field(() => String, { nullable: true, description: 'The default value as JSON, when the schema gives one.' })
  default!: string | null;

  @Field(() => Int, { description: 'Nesting level: 0 for top-level fields.' })
  depth!: number;
}

@ObjectType({ description: "An immutable version of an output port's schema." })
export class SchemaVersion {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => Int, { description: 'The version number within the port: 1, 2, 3...' })
  version!: number;

  @Field(() => SchemaFormatEnum, { description: 'The schema language.' })
  format!: keyof typeof SchemaFormatEnum;

  @Field({ description: 'The schema text as published.' })
  definition!: string;

  @Field({ description: 'SHA-256 of the canonical form: the same schema, however formatted, has one fingerprint.' })
  fingerprint!: string;

  @Field({ description: "The port's contract version (semver) this schema version belongs to." })
  contractVersion!: string;

  @Field(() => SchemaVersionSourceEnum, { description: 'Where the version came from.' })
  source!: keyof typeof SchemaVersionSourceEnum;

  @Field(() => Int, { nullable: true, description: "The registry's global schema id, when registered." })
  registryId!: number | null;

  @Field(() => Int, { nullable: true, description: 'The version under the registry subject, when registered.' })
  registryVersion!: number | null;

  @Field(() => [SchemaChange], { description: 'The changes against the earlier versions its mode compared it with.' })
  changes!: SchemaChange[];

  @Field({ description: "Whether the version broke the port's compatibility mode (new major or override)." })
  breaking!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Why a team owner published this breaking version without a new major contract version.',
  })
  overrideReason!: string | null;

  @Field({ description: 'When the version was recorded in Tessera.' })
  createdAt!: Date;

  /** For field resolvers. */
  portId!: string;
}
