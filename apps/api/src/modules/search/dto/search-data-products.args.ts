import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { CLASSIFICATIONS, PORT_KIND_NAMES, PRODUCT_STATUSES, tagSchema, type PortKind } from '@tessera/contracts';
import { z } from 'zod';
import { validateInput } from '../../../infra/graphql/validate-input';
import { ClassificationEnum, PortKindEnum, ProductStatusEnum } from '../../catalog/catalog-enums';
import { MAX_QUERY_LENGTH } from '../search-query';

export const SEARCH_SORTS = ['RELEVANCE', 'NAME', 'UPDATED_AT', 'POPULARITY'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];
export const SearchSortEnum = Object.fromEntries(SEARCH_SORTS.map((sort) => [sort, sort])) as {
  [Sort in SearchSort]: Sort;
};

registerEnumType(SearchSortEnum, {
  name: 'SearchSort',
  description:
    'The order of search results: RELEVANCE (best match first; without a query, as NAME), NAME (A to Z), ' +
    'UPDATED_AT (most recently changed first), POPULARITY (most subscribers first). Ties go by id.',
});

/** Within one field any value matches (OR); different fields must all match (AND). */
@InputType({
  description:
    'Narrows a search; within a field any value matches, across fields all must. An empty list narrows nothing.',
})
export class SearchFilterInput {
  @Field(() => [ID], { nullable: true, description: 'Products in any of these domains.' })
  domainIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Products owned by any of these teams.' })
  teamIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Products carrying any of these tags.' })
  tags?: string[] | null;

  @Field(() => [ClassificationEnum], { nullable: true, description: 'Products with any of these classifications.' })
  classifications?: (keyof typeof ClassificationEnum)[] | null;

  @Field(() => [ProductStatusEnum], { nullable: true, description: 'Products in any of these statuses.' })
  statuses?: (keyof typeof ProductStatusEnum)[] | null;

  @Field(() => [PortKindEnum], { nullable: true, description: 'Products with an output port of any of these kinds.' })
  portKinds?: (keyof typeof PortKindEnum)[] | null;
}

@ArgsType()
export class SearchDataProductsArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Words to look for in names, slugs, tags, descriptions and port names; typos are corrected and the last ' +
      'word also matches as a prefix. Quotes, `or` and `-word` work as in web search (then taken literally). ' +
      'Empty or absent: browse everything the filter allows.',
  })
  query?: string | null;

  @Field(() => SearchFilterInput, { nullable: true, description: 'Which products to consider.' })
  filter?: SearchFilterInput | null;

  @Field(() => SearchSortEnum, { nullable: true, defaultValue: 'RELEVANCE', description: 'The order of results.' })
  sort?: SearchSort | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Returns the first n results after `after` (default 20, at most 100).',
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'A cursor from this same search: results after that one.' })
  after?: string | null;
}

/** An empty list filters nothing, exactly like an absent one. */
function anyOf<Item extends z.ZodType>(item: Item) {
  return z
    .array(item)
    .max(100, 'at most 100 values')
    .nullish()
    .transform((values) => (values && values.length > 0 ? [...new Set(values)] : undefined));
}

const searchArgumentsSchema = z.object({
  query: z.string().max(MAX_QUERY_LENGTH, `at most ${MAX_QUERY_LENGTH} characters`).nullish(),
  filter: z
    .object({
      domainIds: anyOf(z.guid('not a valid id')),
      teamIds: anyOf(z.guid('not a valid id')),
      tags: anyOf(tagSchema),
      classifications: anyOf(z.enum(CLASSIFICATIONS)),
      statuses: anyOf(z.enum(PRODUCT_STATUSES)),
      portKinds: anyOf(z.enum(PORT_KIND_NAMES as [PortKind, ...PortKind[]])),
    })
    .nullish()
    .transform((filter) => ({
      domainIds: filter?.domainIds,
      teamIds: filter?.teamIds,
      tags: filter?.tags,
      classifications: filter?.classifications,
      statuses: filter?.statuses,
      portKinds: filter?.portKinds,
    })),
  sort: z
    .enum(SEARCH_SORTS)
    .nullish()
    .transform((sort) => sort ?? 'RELEVANCE'),
});

export type SearchArguments = z.output<typeof searchArgumentsSchema>;
export type SearchFilter = SearchArguments['filter'];

/** Checks query, filter and sort (issues name `filter.domainIds.0` and so on); paging is checked by `toPageRequest`. */
export function parseSearchArguments(args: SearchDataProductsArgs): SearchArguments {
  return validateInput(
    searchArgumentsSchema,
    { query: args.query, filter: args.filter, sort: args.sort },
    'INVALID_SEARCH',
  );
}
