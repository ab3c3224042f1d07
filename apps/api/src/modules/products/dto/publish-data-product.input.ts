import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { idSchema } from './validation';

@InputType({ description: 'Publishes a draft, or returns a deprecated product to PUBLISHED.' })
export class PublishDataProductInput {
  @Field(() => ID, { description: 'The product.' })
  id!: string;
}

export const publishDataProductSchema = z.object({ id: idSchema });
export type PublishDataProductCommand = z.output<typeof publishDataProductSchema>;
