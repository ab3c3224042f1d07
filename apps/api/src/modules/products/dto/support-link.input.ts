import { Field, InputType } from '@nestjs/graphql';

@InputType({ description: 'Where to get help with a product.' })
export class SupportLinkInput {
  @Field(() => String, { nullable: true, description: 'A channel name, such as #orders-data.' })
  channel?: string | null;

  @Field({ description: 'Where it is: an absolute URL.' })
  url!: string;

  @Field(() => String, { nullable: true, description: 'The tool, such as slack or jira.' })
  tool?: string | null;

  @Field(() => String, { nullable: true, description: 'What it is for.' })
  description?: string | null;
}
