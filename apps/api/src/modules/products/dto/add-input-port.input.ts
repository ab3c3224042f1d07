import { Field, ID, InputType } from '@nestjs/graphql';
import { slugSchema } from '@tessera/contracts';
import { z } from 'zod';
import { idSchema, portDescriptionSchema } from './validation';

@InputType({ description: "Records that a product reads another product's output port (a lineage edge)." })
export class AddInputPortInput {
  @Field(() => ID, { description: 'The consuming product.' })
  productId!: string;

  @Field(() => ID, { description: 'The output port it reads, of another product.' })
  sourcePortId!: string;

  @Field({ description: 'Name, unique within the consuming product: lowercase letters, digits and dashes.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the product uses the input for.' })
  description?: string | null;
}

export const addInputPortSchema = z.object({
  productId: idSchema,
  sourcePortId: idSchema,
  name: slugSchema,
  description: portDescriptionSchema.nullish().transform((value) => value ?? ''),
});
export type AddInputPortCommand = z.output<typeof addInputPortSchema>;
