import { Field, ID, InputType } from '@nestjs/graphql';
import { slugSchema, TEAM_ROLES } from '@tessera/contracts';
import { z } from 'zod';
import { TeamRoleEnum } from '../catalog/catalog-enums';

const name = z.string().trim().min(1).max(200);
const description = z.string().max(5_000);

// GraphQL lets a client send null for an optional field; null means "not given" here.
const omitted = <Schema extends z.ZodType>(schema: Schema) => schema.nullish().transform((value) => value ?? undefined);

export const createTeamSchema = z.object({
  slug: slugSchema,
  name,
  description: omitted(description).transform((value) => value ?? ''),
  ownerUserIds: omitted(z.array(z.uuid()).max(50)).transform((value) => value ?? []),
});
export const updateTeamSchema = z.object({ id: z.uuid(), name: omitted(name), description: omitted(description) });
export const membershipSchema = z.object({
  teamId: z.uuid(),
  userId: z.uuid(),
  role: z.enum(TEAM_ROLES).default('MEMBER'),
});
export const removeMemberSchema = z.object({ teamId: z.uuid(), userId: z.uuid() });
export const createDomainSchema = z.object({
  slug: slugSchema,
  name,
  description: omitted(description).transform((value) => value ?? ''),
  teamId: z.uuid(),
});
export const updateDomainSchema = z.object({
  id: z.uuid(),
  name: omitted(name),
  description: omitted(description),
  teamId: omitted(z.uuid()),
});
export const createUserSchema = z.object({
  email: z.email().transform((email) => email.toLowerCase()),
  displayName: name,
  password: omitted(z.string().min(12, 'at least 12 characters').max(200)),
  isPlatformAdmin: omitted(z.boolean()).transform((value) => value ?? false),
});

@InputType({ description: 'A new team (platform admins).' })
export class CreateTeamInput {
  @Field({ description: 'Unique, URL-safe name.' }) slug!: string;
  @Field({ description: 'Display name.' }) name!: string;
  @Field({ nullable: true, description: 'What the team does.' }) description?: string;
  @Field(() => [ID], { nullable: true, description: 'Users who become its owners.' }) ownerUserIds?: string[];
}

@InputType({ description: "Changes to a team's name or description." })
export class UpdateTeamInput {
  @Field(() => ID, { description: 'The team.' }) id!: string;
  @Field({ nullable: true, description: 'New display name.' }) name?: string;
  @Field({ nullable: true, description: 'New description.' }) description?: string;
}

@InputType({ description: 'Adds a user to a team.' })
export class AddTeamMemberInput {
  @Field(() => ID, { description: 'The team.' }) teamId!: string;
  @Field(() => ID, { description: 'The user.' }) userId!: string;
  @Field(() => TeamRoleEnum, { nullable: true, description: 'Their role; MEMBER by default.' }) role?: string;
}

@InputType({ description: "Changes a member's role." })
export class ChangeTeamMemberRoleInput {
  @Field(() => ID, { description: 'The team.' }) teamId!: string;
  @Field(() => ID, { description: 'The member.' }) userId!: string;
  @Field(() => TeamRoleEnum, { description: 'The new role.' }) role!: string;
}

@InputType({ description: 'Removes a member from a team.' })
export class RemoveTeamMemberInput {
  @Field(() => ID, { description: 'The team.' }) teamId!: string;
  @Field(() => ID, { description: 'The member.' }) userId!: string;
}

@InputType({ description: 'A new business domain (platform admins).' })
export class CreateDomainInput {
  @Field({ description: 'Unique, URL-safe name.' }) slug!: string;
  @Field({ description: 'Display name.' }) name!: string;
  @Field({ nullable: true, description: 'What it covers.' }) description?: string;
  @Field(() => ID, { description: 'The owning team.' }) teamId!: string;
}

@InputType({ description: 'Changes to a domain (platform admins); teamId transfers ownership.' })
export class UpdateDomainInput {
  @Field(() => ID, { description: 'The domain.' }) id!: string;
  @Field({ nullable: true, description: 'New display name.' }) name?: string;
  @Field({ nullable: true, description: 'New description.' }) description?: string;
  @Field(() => ID, { nullable: true, description: 'A new owning team.' }) teamId?: string;
}

@InputType({ description: 'A new local user (platform admins).' })
export class CreateUserInput {
  @Field({ description: 'Sign-in address.' }) email!: string;
  @Field({ description: 'Display name.' }) displayName!: string;
  @Field({ nullable: true, description: 'An initial password; without one the user cannot sign in yet.' })
  password?: string;
  @Field({ nullable: true, description: 'Make the user a platform admin.' }) isPlatformAdmin?: boolean;
}
