import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { idSchema } from './validation';

@InputType({ description: 'Removes a lineage edge of a product.' })
export class RemoveInputPortInput {
  @Field(() => ID, { description: 'The input port.' })
  id!: string;
}

export const removeInputPortSchema = z.object({ id: idSchema });
export type RemoveInputPortCommand = z.output<typeof removeInputPortSchema>;
