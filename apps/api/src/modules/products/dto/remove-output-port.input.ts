import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { idSchema } from './validation';

@InputType({ description: 'Removes an output port that no product reads.' })
export class RemoveOutputPortInput {
  @Field(() => ID, { description: 'The output port.' })
  id!: string;
}

export const removeOutputPortSchema = z.object({ id: idSchema });
export type RemoveOutputPortCommand = z.output<typeof removeOutputPortSchema>;
