import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { CLASSIFICATIONS, PORT_KIND_NAMES, PRODUCT_STATUSES, tagSchema, type PortKind } from '@tessera/contracts';
import { z } from 'zod';
import { ConnectionArgs } from '../../../infra/graphql/pagination';
import { ClassificationEnum, PortKindEnum, ProductStatusEnum } from '../../catalog/catalog-enums';
import { validateInput } from '../../../infra/graphql/validate-input';
import { idSchema } from './validation';

export const DATA_PRODUCT_ORDERS = ['NAME', 'UPDATED_AT'] as const;
export type DataProductOrder = (typeof DATA_PRODUCT_ORDERS)[number];
export const DataProductOrderEnum = { NAME: 'NAME', UPDATED_AT: 'UPDATED_AT' } as const;

registerEnumType(DataProductOrderEnum, {
  name: 'DataProductOrder',
  description: 'How a list of products is ordered.',
  valuesMap: {
    NAME: { description: 'By name, A to Z, ignoring case.' },
    UPDATED_AT: { description: 'Most recently changed first.' },
  },
});

/** Within one field any value matches (OR); different fields must all match (AND). */
@InputType({
  description: 'Narrows a list of data products; within a field any value matches, across fields all must.',
})
export class DataProductFilter {
  @Field(() => [ID], { nullable: true, description: 'Products in any of these domains.' })
  domainIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Products owned by any of these teams.' })
  teamIds?: string[] | null;

  @Field(() => [ProductStatusEnum], { nullable: true, description: 'Products in any of these statuses.' })
  statuses?: (keyof typeof ProductStatusEnum)[] | null;

  @Field(() => [ClassificationEnum], { nullable: true, description: 'Products with any of these classifications.' })
  classifications?: (keyof typeof ClassificationEnum)[] | null;

  @Field(() => [String], { nullable: true, description: 'Products carrying any of these tags.' })
  tags?: string[] | null;

  @Field(() => [PortKindEnum], { nullable: true, description: 'Products with an output port of any of these kinds.' })
  portKinds?: (keyof typeof PortKindEnum)[] | null;
}

@ArgsType()
export class DataProductsArgs extends ConnectionArgs {
  @Field(() => DataProductFilter, { nullable: true, description: 'Which products to list.' })
  filter?: DataProductFilter | null;

  @Field(() => DataProductOrderEnum, {
    nullable: true,
    defaultValue: 'NAME',
    description: 'The order; NAME by default.',
  })
  orderBy?: DataProductOrder | null;
}

function anyOf<Item extends z.ZodType>(item: Item) {
  return z.array(item).max(100, 'at most 100 values').nullish();
}

const filterSchema = z
  .object({
    domainIds: anyOf(idSchema),
    teamIds: anyOf(idSchema),
    statuses: anyOf(z.enum(PRODUCT_STATUSES)),
    classifications: anyOf(z.enum(CLASSIFICATIONS)),
    tags: anyOf(tagSchema),
    portKinds: anyOf(z.enum(PORT_KIND_NAMES as [PortKind, ...PortKind[]])),
  })
  .nullish()
  .transform((filter) => ({
    domainIds: filter?.domainIds ?? undefined,
    teamIds: filter?.teamIds ?? undefined,
    statuses: filter?.statuses ?? undefined,
    classifications: filter?.classifications ?? undefined,
    tags: filter?.tags ?? undefined,
    portKinds: filter?.portKinds ?? undefined,
  }));

export type ProductFilter = z.output<typeof filterSchema>;

const listArgumentsSchema = z.object({
  filter: filterSchema,
  orderBy: z
    .enum(DATA_PRODUCT_ORDERS)
    .nullish()
    .transform((order) => order ?? 'NAME'),
});

/** The filter and order of a list (issues name `filter.tags.0` and so on); paging is checked by `toPageRequest`. */
export function parseListArguments(args: DataProductsArgs): { filter: ProductFilter; order: DataProductOrder } {
  const parsed = validateInput(listArgumentsSchema, { filter: args.filter, orderBy: args.orderBy });
  return { filter: parsed.filter, order: parsed.orderBy };
}
