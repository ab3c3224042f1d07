import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { z } from 'zod';
import { idSchema } from '../../products/dto/validation';

@ArgsType()
export class CompareSchemaVersionsArgs {
  @Field(() => ID, { description: 'The output port.' })
  portId!: string;

  @Field(() => Int, { description: 'The version number to compare from (usually the older).' })
  from!: number;

  @Field(() => Int, { description: 'The version number to compare to.' })
  to!: number;
}

export const compareSchemaVersionsSchema = z.object({
  portId: idSchema,
  from: z.number().int().min(1, 'version numbers start at 1'),
  to: z.number().int().min(1, 'version numbers start at 1'),
});
export type CompareSchemaVersionsQuery = z.output<typeof compareSchemaVersionsSchema>;
