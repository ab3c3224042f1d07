import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { idSchema } from '../../products/dto/validation';
import { SCHEMA_FORMATS } from '../compatibility';
import { parseContractVersion } from '../contract-version';
import { SchemaFormatEnum } from '../models/schema-enums';

@InputType({ description: 'A new schema version for an output port, or a dry run of one.' })
export class PublishSchemaVersionInput {
  @Field(() => ID, { description: 'The output port.' })
  portId!: string;

  @Field(() => SchemaFormatEnum, { description: "The schema language; must match the port's earlier versions." })
  format!: keyof typeof SchemaFormatEnum;

  @Field({ description: 'The schema text: Avro JSON, a JSON Schema, or a .proto file (256 KiB at most).' })
  definition!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The port's contract version this schema belongs to (semver, never lower than the current one); a new major lets a breaking change through. Default: the current one.",
  })
  contractVersion?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only report the verdict, the changes and the impact; write and register nothing.',
  })
  dryRun?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Publishes a breaking change without a new major contract version; team owners only, with the reason.',
  })
  overrideReason?: string | null;
}

export const publishSchemaVersionSchema = z.object({
  portId: idSchema,
  format: z.enum(SCHEMA_FORMATS),
  definition: z.string(),
  contractVersion: z
    .string()
    .refine((value) => parseContractVersion(value) !== null, 'must be a semantic version such as 1.4.0')
    .nullish()
    .transform((value) => value ?? null),
  dryRun: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
  overrideReason: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(2_000, 'at most 2,000 characters')
    .nullish()
    .transform((value) => value ?? null),
});
export type PublishSchemaVersionCommand = z.output<typeof publishSchemaVersionSchema>;
