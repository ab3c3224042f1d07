import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A business area, such as orders or payments, owned by a team.' })
export class Domain {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field({ description: 'Unique, URL-safe name.' })
  slug!: string;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field({ description: 'What the domain covers.' })
  description!: string;

  /** Resolved to the owning Team by the organisation resolvers. */
  teamId!: string;

  @Field({ description: 'When the domain was created.' })
  createdAt!: Date;

  @Field({ description: 'When the domain last changed.' })
  updatedAt!: Date;
}
