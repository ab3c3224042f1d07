import { Field, ID, InputType } from '@nestjs/graphql';
import { PORT_KIND_NAMES, slugSchema, type PortKind } from '@tessera/contracts';
import { GraphQLJSONObject } from 'graphql-scalars';
import { z } from 'zod';
import { PortKindEnum } from '../../catalog/catalog-enums';
import { idSchema, portDescriptionSchema } from './validation';

@InputType({ description: 'A new output port of a product.' })
export class AddOutputPortInput {
  @Field(() => ID, { description: 'The product.' })
  productId!: string;

  @Field({ description: 'Name, unique within the product: lowercase letters, digits and dashes.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the port carries.' })
  description?: string | null;

  @Field(() => PortKindEnum, { description: 'How the port is read.' })
  kind!: keyof typeof PortKindEnum;

  @Field(() => GraphQLJSONObject, {
    description: 'Where it is, in the format of its kind: { cluster, topic } or { database, schema, table }.',
  })
  location!: Record<string, unknown>;
}

/** The location is checked against the kind's own schema by the service (INVALID_PORT_LOCATION). */
export const addOutputPortSchema = z.object({
  productId: idSchema,
  name: slugSchema,
  description: portDescriptionSchema.nullish().transform((value) => value ?? ''),
  kind: z.enum(PORT_KIND_NAMES as [PortKind, ...PortKind[]]),
  location: z.record(z.string(), z.unknown()),
});
export type AddOutputPortCommand = z.output<typeof addOutputPortSchema>;
