import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { idSchema } from './validation';

@InputType({
  description:
    'Deprecates a published product: when it stops being served, and what to use instead (a replacement, or a reason why there is none).',
})
export class DeprecateDataProductInput {
  @Field(() => ID, { description: 'The product.' })
  id!: string;

  @Field({ description: 'When the product stops being served; in the future.' })
  sunsetAt!: Date;

  @Field(() => ID, { nullable: true, description: 'The published product consumers should move to.' })
  replacementId?: string | null;

  @Field(() => String, { nullable: true, description: 'Why, especially when there is no replacement.' })
  reason?: string | null;
}

export const deprecateDataProductSchema = z.object({
  id: idSchema,
  sunsetAt: z.date('a date and time'),
  replacementId: idSchema.nullish().transform((value) => value ?? undefined),
  reason: z
    .string()
    .trim()
    .max(2_000, 'at most 2,000 characters')
    .nullish()
    .transform((value) => (value ? value : undefined)),
});
export type DeprecateDataProductCommand = z.output<typeof deprecateDataProductSchema>;
