import { ArgsType } from '@nestjs/graphql';
import { ConnectionArgs } from '../../../infra/graphql/pagination';

/** Paging through a port's schema versions, newest first. */
@ArgsType()
export class SchemaVersionsArgs extends ConnectionArgs {}
