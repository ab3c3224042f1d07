import { Field, InputType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';

@InputType({ description: 'A data product descriptor to apply: an idempotent upsert of the whole product.' })
export class ApplyDataProductDescriptorInput {
  @Field(() => GraphQLJSONObject, {
    description:
      'The ODPS v1 document (apiVersion, kind DataProduct, id, name, status, domain, team, ports, x-tessera), as JSON.',
  })
  descriptor!: Record<string, unknown>;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Check and compute the changes, write nothing.',
  })
  dryRun?: boolean | null;
}
