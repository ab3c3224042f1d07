import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { DataProduct } from '../../products/models/data-product.model';

export enum DescriptorOutcome {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
}
registerEnumType(DescriptorOutcome, {
  name: 'DescriptorOutcome',
  description: 'What applying a descriptor did (or, on a dry run, would do) to the product.',
});

export enum DescriptorChangeKind {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  CHANGED = 'CHANGED',
}
registerEnumType(DescriptorChangeKind, {
  name: 'DescriptorChangeKind',
  description: 'Whether a field or port was added, removed or changed.',
});

@ObjectType({ description: 'One difference between the stored product and the descriptor.' })
export class DescriptorChange {
  @Field({
    description: 'Where, as a dotted path; ports by name, such as outputPorts[order-events].x-tessera.location.topic.',
  })
  path!: string;

  @Field(() => DescriptorChangeKind, { description: 'Added, removed or changed.' })
  kind!: DescriptorChangeKind;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The stored value; null when added.' })
  before!: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The declared value; null when removed.' })
  after!: unknown;
}

@ObjectType({ description: 'The result of applying a data product descriptor.' })
export class ApplyDataProductDescriptorPayload {
  @Field(() => DescriptorOutcome, { description: 'Created, updated or unchanged (on a dry run: what would happen).' })
  outcome!: DescriptorOutcome;

  @Field(() => [DescriptorChange], {
    description: 'The differences applied (or, on a dry run, found); empty when unchanged.',
  })
  changes!: DescriptorChange[];

  @Field(() => DataProduct, {
    nullable: true,
    description: 'The product after the apply; on a dry run as stored now, null when it does not exist yet.',
  })
  dataProduct!: DataProduct | null;
}
