import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { ConnectionArgs } from '../../../infra/graphql/pagination';
import { CONNECTION_KINDS, type ConnectionKind } from '../connection-settings';
import { ConnectionKindEnum } from '../models/connection-enums';
import { idSchema, omitted } from './validation';

@ArgsType()
export class ConnectionsArgs extends ConnectionArgs {
  @Field(() => ConnectionKindEnum, { nullable: true, description: 'Only connections of this kind.' })
  kind?: ConnectionKind | null;
}

export const connectionsFilterSchema = z.object({ kind: omitted(z.enum(CONNECTION_KINDS)) });

@InputType({ description: 'A connection to remove; refused while ports or team principals use it.' })
export class RemoveConnectionInput {
  @Field(() => ID, { description: 'The connection.' })
  id!: string;
}

@InputType({ description: 'A connection to test.' })
export class TestConnectionInput {
  @Field(() => ID, { description: 'The connection.' })
  id!: string;
}

export const connectionIdSchema = z.object({ id: idSchema });
export type ConnectionIdCommand = z.output<typeof connectionIdSchema>;
