import { Field, ID, ObjectType } from '@nestjs/graphql';
import { TeamRoleEnum } from '../../catalog/catalog-enums';
import { User } from './user.model';

@ObjectType({ description: 'A group of people that owns domains, data products and notification channels.' })
export class Team {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field({ description: 'Unique, URL-safe name.' })
  slug!: string;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field({ description: 'What the team does.' })
  description!: string;

  @Field({ description: 'When the team was created.' })
  createdAt!: Date;

  @Field({ description: 'When the team last changed.' })
  updatedAt!: Date;
}

@ObjectType({ description: "A user's membership of a team." })
export class TeamMember {
  @Field(() => User, { description: 'The member.' })
  user!: User;

  @Field(() => TeamRoleEnum, { description: 'Their role in the team.' })
  role!: keyof typeof TeamRoleEnum;

  @Field({ description: 'Since when.' })
  createdAt!: Date;
}

@ObjectType({ description: "One of the viewer's teams, with the viewer's role in it." })
export class Membership {
  @Field(() => Team, { description: 'The team.' })
  team!: Team;

  @Field(() => TeamRoleEnum, { description: "The viewer's role." })
  role!: keyof typeof TeamRoleEnum;
}
