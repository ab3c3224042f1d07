import { Field, ID, InputType } from '@nestjs/graphql';
import { slugSchema } from '@tessera/contracts';
import { GraphQLJSONObject } from 'graphql-scalars';
import { z } from 'zod';
import { idSchema, portDescriptionSchema } from './validation';

/** A port's kind cannot change: a different kind is a different port, so remove and add instead. */
@InputType({ description: "Changes an output port's name, description or location; fields left out stay." })
export class UpdateOutputPortInput {
  @Field(() => ID, { description: 'The output port.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New name, unique within the product.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'What the port carries.' })
  description?: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: "New location, in the format of the port's kind." })
  location?: Record<string, unknown> | null;
}

export const updateOutputPortSchema = z.object({
  id: idSchema,
  name: slugSchema.optional(),
  description: portDescriptionSchema.optional(),
  location: z.record(z.string(), z.unknown()).optional(),
});
export type UpdateOutputPortCommand = z.output<typeof updateOutputPortSchema>;
