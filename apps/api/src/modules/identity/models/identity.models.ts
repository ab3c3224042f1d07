import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ApiTokenScopeEnum, TeamRoleEnum } from '../../catalog/catalog-enums';
import { Membership } from '../../organisation/models/team.model';
import { User } from '../../organisation/models/user.model';

@ObjectType({ description: 'An API token as listed: never the secret, which is shown once at creation.' })
export class ApiToken {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field({ description: 'What the token is for.' })
  name!: string;

  @Field({ description: 'The visible start of the token (tsr_xxxxxxxx), to recognise it.' })
  prefix!: string;

  @Field(() => [ApiTokenScopeEnum], { description: 'What the token may do.' })
  scopes!: string[];

  @Field(() => ID, { nullable: true, description: 'The team a team token acts for.' })
  teamId!: string | null;

  @Field(() => TeamRoleEnum, { nullable: true, description: "A team token's role in its team." })
  teamRole!: string | null;

  @Field({ description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it stops working.' })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was last used (to the minute).' })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was revoked.' })
  revokedAt!: Date | null;
}

@ObjectType({ description: 'Who the caller is.' })
export class Viewer {
  @Field(() => User, { nullable: true, description: 'The user; null for a team token.' })
  user!: User | null;

  @Field(() => [Membership], { description: 'The teams the caller acts for.' })
  memberships!: Membership[];

  @Field({ description: 'SESSION (a browser) or TOKEN (automation).' })
  authenticatedWith!: 'SESSION' | 'TOKEN';

  @Field(() => [ApiTokenScopeEnum], { description: "The token's scopes; every scope for a session." })
  scopes!: string[];
}

@ObjectType({ description: 'The result of signing in.' })
export class SignInPayload {
  @Field(() => User, { description: 'Who signed in.' })
  user!: User;

  @Field({ description: 'Send this in the X-CSRF-Token header with cookie-authenticated mutations.' })
  csrfToken!: string;

  @Field({ description: 'When the session expires.' })
  expiresAt!: Date;
}

@ObjectType({ description: 'The result of signing out.' })
export class SignOutPayload {
  @Field({ description: 'Whether a live session was revoked.' })
  signedOut!: boolean;
}

@ObjectType({ description: 'A new API token. The token is shown here once and never again.' })
export class CreateApiTokenPayload {
  @Field({ description: 'The secret: store it now.' })
  token!: string;

  @Field(() => ApiToken, { description: 'The token as it will be listed.' })
  apiToken!: ApiToken;
}

@ObjectType({ description: 'The result of revoking a token.' })
export class RevokeApiTokenPayload {
  @Field(() => ApiToken, { description: 'The revoked token.' })
  apiToken!: ApiToken;
}

@ObjectType({ description: 'A signed-in browser: where and when, never its cookie.' })
export class BrowserSession {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field({ description: 'When the browser signed in.' })
  createdAt!: Date;

  @Field({ description: 'When it was last used (to the minute).' })
  lastSeenAt!: Date;

  @Field({ description: 'When it stops working unless signed in again.' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was signed out; null while it works.' })
  revokedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: "The address it signed in from (the browser's, where the API trusts the portal; see TRUST_PROXY).",
  })
  ipAddress!: string | null;

  @Field(() => String, { nullable: true, description: 'The User-Agent it signed in with.' })
  userAgent!: string | null;

  @Field({ description: 'Whether this is the session making the request.' })
  current!: boolean;
}

@ObjectType({ description: 'The result of signing a session out.' })
export class RevokeSessionPayload {
  @Field(() => BrowserSession, { description: 'The session, now signed out.' })
  session!: BrowserSession;
}

@ObjectType({ description: 'The result of signing out every other browser.' })
export class RevokeOtherSessionsPayload {
  @Field(() => Int, { description: 'How many sessions were signed out.' })
  revokedCount!: number;
}
