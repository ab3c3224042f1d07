import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { PortKindEnum } from '../../catalog/catalog-enums';

@ObjectType({
  description: 'Where and how to read a port; visible to the owning team, admins and approved subscribers.',
})
export class PortConnectionDetails {
  @Field(() => PortKindEnum, { description: 'The port kind these details are for.' })
  kind!: keyof typeof PortKindEnum;

  @Field(() => GraphQLJSONObject, {
    description: 'The location: { cluster, topic } for Kafka, { database, schema, table } for Postgres.',
  })
  location!: Record<string, unknown>;
}

@ObjectType({ description: 'How consumers read a product: a Kafka topic, a Postgres table.' })
export class OutputPort {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field({ description: 'Name, unique within the product.' })
  name!: string;

  @Field({ description: 'What the port carries.' })
  description!: string;

  @Field(() => PortKindEnum, { description: 'How the port is read.' })
  kind!: keyof typeof PortKindEnum;

  @Field({ description: 'When the port was added.' })
  createdAt!: Date;

  /** Resolved by field resolvers; location only through connectionDetails, when permitted. */
  productId!: string;
  location!: Record<string, unknown>;
}

@ObjectType({ description: "A product reading another product's output port: an edge of the lineage graph." })
export class InputPort {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field({ description: 'Name, unique within the consuming product.' })
  name!: string;

  @Field({ description: 'What the product uses the input for.' })
  description!: string;

  @Field({ description: 'When the edge was added.' })
  createdAt!: Date;

  /** Resolved by field resolvers; sourcePort is null when its product is hidden from the viewer. */
  productId!: string;
  sourcePortId!: string;
}
