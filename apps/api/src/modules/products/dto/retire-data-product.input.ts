import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { idSchema } from './validation';

@InputType({ description: 'Retires a deprecated product: it stays in the catalog, read-only, for lineage.' })
export class RetireDataProductInput {
  @Field(() => ID, { description: 'The product.' })
  id!: string;
}

export const retireDataProductSchema = z.object({ id: idSchema });
export type RetireDataProductCommand = z.output<typeof retireDataProductSchema>;
