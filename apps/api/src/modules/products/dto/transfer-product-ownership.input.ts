import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { idSchema } from './validation';

/**
 * The only way a product changes teams: create and update inputs carry no owner to change,
 * and descriptors refuse to move a product (see docs/api-hardening.md).
 */
@InputType({ description: 'Moves a data product to another team; platform admins only.' })
export class TransferProductOwnershipInput {
  @Field(() => ID, { description: 'The product.' })
  productId!: string;

  @Field(() => ID, { description: 'The team that owns the product from now on.' })
  teamId!: string;

  @Field({ description: 'Why, for the audit log and both teams.' })
  reason!: string;
}

export const transferProductOwnershipSchema = z.object({
  productId: idSchema,
  teamId: idSchema,
  reason: z.string().trim().min(1, 'must not be empty').max(2_000, 'at most 2,000 characters'),
});
export type TransferProductOwnershipCommand = z.output<typeof transferProductOwnershipSchema>;
