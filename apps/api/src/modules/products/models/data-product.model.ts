import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AccessModeEnum, ClassificationEnum, ProductStatusEnum } from '../../catalog/catalog-enums';

@ObjectType({ description: 'Where to get help with a product: a channel, a tracker, a runbook.' })
export class SupportLink {
  @Field(() => String, { nullable: true, description: 'A channel name, such as #orders-data.' })
  channel?: string | null;

  @Field({ description: 'Where it is.' })
  url!: string;

  @Field(() => String, { nullable: true, description: 'The tool, such as slack or jira.' })
  tool?: string | null;

  @Field(() => String, { nullable: true, description: 'What it is for.' })
  description?: string | null;
}

@ObjectType({ description: 'A data product: owned by one team, in one domain, published for other teams.' })
export class DataProduct {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field({ description: 'Unique, URL-safe name; the descriptor id.' })
  slug!: string;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field({ description: 'Why the product exists and what it contains.' })
  purpose!: string;

  @Field({ description: 'How to use it well.' })
  usage!: string;

  @Field({ description: 'What it is not fit for.' })
  limitations!: string;

  @Field(() => [String], { description: 'Free-form labels for discovery.' })
  tags!: string[];

  @Field(() => ClassificationEnum, { description: 'How sensitive the data is.' })
  classification!: keyof typeof ClassificationEnum;

  @Field(() => AccessModeEnum, { description: 'Whether access needs the owners’ approval.' })
  accessMode!: keyof typeof AccessModeEnum;

  @Field(() => ProductStatusEnum, { description: 'Where the product is in its lifecycle.' })
  status!: keyof typeof ProductStatusEnum;

  @Field(() => [SupportLink], { description: 'Where to get help.' })
  supportLinks!: SupportLink[];

  @Field(() => Date, { nullable: true, description: 'When a deprecated product stops being served.' })
  sunsetAt!: Date | null;

  @Field(() => Int, { description: 'Teams with approved access; the popularity measure.' })
  subscriberCount!: number;

  @Field({ description: 'When the product was registered.' })
  createdAt!: Date;

  @Field({ description: 'When the product last changed.' })
  updatedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was first published.' })
  publishedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was deprecated.' })
  deprecatedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was retired.' })
  retiredAt!: Date | null;

  /** Resolved by field resolvers through DataLoaders. */
  domainId!: string;
  teamId!: string;
  replacementId!: string | null;
}
