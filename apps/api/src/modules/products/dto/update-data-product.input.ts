import { Field, ID, InputType } from '@nestjs/graphql';
import { ACCESS_MODES, CLASSIFICATIONS } from '@tessera/contracts';
import { z } from 'zod';
import { AccessModeEnum, ClassificationEnum } from '../../catalog/catalog-enums';
import { SupportLinkInput } from './support-link.input';
import { idSchema, longTextSchema, nameSchema, supportLinksSchema, tagsSchema } from './validation';

/**
 * Changes a product's description. Fields left out stay as they are. The owning team and the
 * lifecycle status are not here on purpose: ownership does not move through an edit, and
 * status changes only through publish, deprecate and retire.
 */
@InputType({
  description: "Changes a data product's name, description, tags, classification, access mode or support links.",
})
export class UpdateDataProductInput {
  @Field(() => ID, { description: 'The product.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Display name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the product exists and what it contains.' })
  purpose?: string | null;

  @Field(() => String, { nullable: true, description: 'How to use it well.' })
  usage?: string | null;

  @Field(() => String, { nullable: true, description: 'What it is not fit for.' })
  limitations?: string | null;

  @Field(() => [String], { nullable: true, description: 'The complete new list of tags.' })
  tags?: string[] | null;

  @Field(() => ClassificationEnum, { nullable: true, description: 'How sensitive the data is.' })
  classification?: keyof typeof ClassificationEnum | null;

  @Field(() => AccessModeEnum, { nullable: true, description: 'Whether access needs the owners’ approval.' })
  accessMode?: keyof typeof AccessModeEnum | null;

  @Field(() => [SupportLinkInput], { nullable: true, description: 'The complete new list of support links.' })
  supportLinks?: SupportLinkInput[] | null;
}

/** Omitted means unchanged; an explicit null is refused, since none of these fields can be empty of a value. */
export const updateDataProductSchema = z.object({
  id: idSchema,
  name: nameSchema.optional(),
  purpose: longTextSchema.optional(),
  usage: longTextSchema.optional(),
  limitations: longTextSchema.optional(),
  tags: tagsSchema.optional(),
  classification: z.enum(CLASSIFICATIONS).optional(),
  accessMode: z.enum(ACCESS_MODES).optional(),
  supportLinks: supportLinksSchema.optional(),
});

export type UpdateDataProductCommand = z.output<typeof updateDataProductSchema>;
