import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Connection } from '../../../infra/graphql/pagination';
import { Domain } from './domain.model';
import { Team, TeamMember } from './team.model';
import { User } from './user.model';

@ObjectType({ description: 'The created team.' })
export class CreateTeamPayload {
  @Field(() => Team, { description: 'The team.' }) team!: Team;
}

@ObjectType({ description: 'The updated team.' })
export class UpdateTeamPayload {
  @Field(() => Team, { description: 'The team.' }) team!: Team;
}

@ObjectType({ description: 'The team after a membership change.' })
export class TeamMembershipPayload {
  @Field(() => Team, { description: 'The team; its members reflect the change.' }) team!: Team;
}

@ObjectType({ description: 'The created domain.' })
export class CreateDomainPayload {
  @Field(() => Domain, { description: 'The domain.' }) domain!: Domain;
}

@ObjectType({ description: 'The updated domain.' })
export class UpdateDomainPayload {
  @Field(() => Domain, { description: 'The domain.' }) domain!: Domain;
}

@ObjectType({ description: 'The created user.' })
export class CreateUserPayload {
  @Field(() => User, { description: 'The user.' }) user!: User;
}

@ObjectType({ description: 'One change in the append-only audit log.' })
export class AuditEvent {
  @Field(() => ID, { description: 'Position in the log; later events have larger ids.' }) id!: string;
  @Field({ description: 'When it happened.' }) occurredAt!: Date;
  @Field({ description: 'USER, TOKEN or SYSTEM.' }) actorType!: string;
  @Field(() => ID, { nullable: true, description: 'The acting user, if any.' }) actorUserId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The API token used, if any.' }) actorTokenId!: string | null;
  @Field({ description: 'What was done, such as data_product.publish.' }) action!: string;
  @Field({ description: 'The kind of thing changed.' }) entityType!: string;
  @Field({ description: 'Its id.' }) entityId!: string;
  @Field(() => ID, { nullable: true, description: 'The team that owns it.' }) teamId!: string | null;
  @Field(() => GraphQLJSON, { nullable: true, description: 'The state before.' }) before!: unknown;
  @Field(() => GraphQLJSON, { nullable: true, description: 'The state after.' }) after!: unknown;
  @Field(() => String, { nullable: true, description: 'The request that made the change.' }) requestId!: string | null;
}

export const TeamConnection = Connection(Team);
export const DomainConnection = Connection(Domain);
export const UserConnection = Connection(User);
export const AuditEventConnection = Connection(AuditEvent);
export { TeamMember };
