import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An outside system Tessera can use, and whether this installation has it.' })
export class Integration {
  @Field({ description: 'The integration: postgres, redis, kafka or schemaRegistry.' })
  name!: string;

  @Field({
    description: 'Whether it is configured here; features that need an unconfigured one say so instead of failing.',
  })
  configured!: boolean;
}

@ObjectType({ description: 'What this API is and which integrations it has.' })
export class ApiInfo {
  @Field({ description: 'The Tessera release serving this API.' })
  version!: string;

  @Field({ description: 'The environment the API runs in: development, test or production.' })
  environment!: string;

  @Field(() => [Integration], { description: 'Outside systems and whether each is configured.' })
  integrations!: Integration[];

  @Field(() => Date, { nullable: true, description: 'When a worker last processed a job, if within the last minute.' })
  workerHeartbeatAt!: Date | null;
}
