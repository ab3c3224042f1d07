import { Field, ID, InputType } from '@nestjs/graphql';
import { ACCESS_MODES, CLASSIFICATIONS, slugSchema } from '@tessera/contracts';
import { z } from 'zod';
import { AccessModeEnum, ClassificationEnum } from '../../catalog/catalog-enums';
import { SupportLinkInput } from './support-link.input';
import { idSchema, longTextSchema, nameSchema, supportLinksSchema, tagsSchema } from './validation';

@InputType({ description: 'A new data product; it starts as a DRAFT visible only to its team.' })
export class CreateDataProductInput {
  @Field(() => ID, { nullable: true, description: 'The domain, by id (or give domainSlug).' })
  domainId?: string | null;

  @Field(() => String, { nullable: true, description: 'The domain, by slug (or give domainId).' })
  domainSlug?: string | null;

  @Field(() => ID, { description: 'The owning team; one of your teams unless you are a platform admin.' })
  teamId!: string;

  @Field({ description: 'Unique, URL-safe name: lowercase letters, digits and dashes.' })
  slug!: string;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Why the product exists and what it contains.' })
  purpose?: string | null;

  @Field(() => String, { nullable: true, description: 'How to use it well.' })
  usage?: string | null;

  @Field(() => String, { nullable: true, description: 'What it is not fit for.' })
  limitations?: string | null;

  @Field(() => [String], { nullable: true, description: 'Free-form labels for discovery.' })
  tags?: string[] | null;

  @Field(() => ClassificationEnum, { nullable: true, description: 'How sensitive the data is; INTERNAL if not given.' })
  classification?: keyof typeof ClassificationEnum | null;

  @Field(() => AccessModeEnum, { nullable: true, description: 'APPROVAL_REQUIRED if not given.' })
  accessMode?: keyof typeof AccessModeEnum | null;

  @Field(() => [SupportLinkInput], { nullable: true, description: 'Where to get help.' })
  supportLinks?: SupportLinkInput[] | null;
}

export const createDataProductSchema = z
  .object({
    domainId: idSchema.optional(),
    domainSlug: slugSchema.optional(),
    teamId: idSchema,
    slug: slugSchema,
    name: nameSchema,
    purpose: longTextSchema.optional(),
    usage: longTextSchema.optional(),
    limitations: longTextSchema.optional(),
    tags: tagsSchema.optional(),
    classification: z.enum(CLASSIFICATIONS).optional(),
    accessMode: z.enum(ACCESS_MODES).optional(),
    supportLinks: supportLinksSchema.optional(),
  })
  .superRefine((input, context) => {
    if ((input.domainId === undefined) === (input.domainSlug === undefined))
      context.addIssue({ code: 'custom', path: ['domainId'], message: 'give exactly one of domainId and domainSlug' });
  });

export type CreateDataProductCommand = z.output<typeof createDataProductSchema>;
