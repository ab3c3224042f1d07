import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ApiTokenScopeEnum, TeamRoleEnum } from '../../catalog/catalog-enums';

@InputType({ description: 'Credentials for a browser session.' })
export class SignInInput {
  @Field({ description: 'Sign-in address.' })
  email!: string;

  @Field({ description: 'Password.' })
  password!: string;
}

@InputType({ description: 'A new API token, for the signed-in user or for one of their teams.' })
export class CreateApiTokenInput {
  @Field({ description: 'What the token is for, such as "orders CI".' })
  name!: string;

  @Field(() => [ApiTokenScopeEnum], { description: 'What it may do.' })
  scopes!: string[];

  @Field(() => ID, { nullable: true, description: 'Create a team token for this team (team owners and admins).' })
  teamId?: string | null;

  @Field(() => TeamRoleEnum, {
    nullable: true,
    description: "A team token's role; at most the creator's. Default MEMBER.",
  })
  teamRole?: string | null;

  @Field(() => Int, { nullable: true, description: 'Days until it expires; none means it does not expire.' })
  expiresInDays?: number | null;
}

@InputType({ description: 'The token to revoke.' })
export class RevokeApiTokenInput {
  @Field(() => ID, { description: 'Its id.' })
  id!: string;
}

@InputType({ description: 'The browser session to sign out.' })
export class RevokeSessionInput {
  @Field(() => ID, { description: 'Its id, from mySessions.' })
  id!: string;
}
