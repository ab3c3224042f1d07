import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '../../../infra/graphql/pagination';
import { DataProduct } from '../../products/models/data-product.model';

export const SearchHighlightFieldEnum = { NAME: 'NAME', PURPOSE: 'PURPOSE' } as const;
export type SearchHighlightField = keyof typeof SearchHighlightFieldEnum;

registerEnumType(SearchHighlightFieldEnum, {
  name: 'SearchHighlightField',
  description: 'The product field a highlight was cut from.',
});

@ObjectType({ description: 'Where a search matched inside one field of a product.' })
export class SearchHighlight {
  @Field(() => SearchHighlightFieldEnum, { description: 'The field the snippet comes from.' })
  field!: SearchHighlightField;

  @Field({
    description:
      'HTML-escaped text of the field (or fragments of it, joined by " … ") with each matched word in <mark></mark>.',
  })
  snippet!: string;
}

@ObjectType({ description: 'One data product found by a search, with its cursor, score and highlights.' })
export class DataProductSearchEdge {
  @Field({ description: 'An opaque cursor for this result; pass it as `after` to read on.' })
  cursor!: string;

  @Field(() => DataProduct, { description: 'The data product.' })
  node!: DataProduct;

  @Field(() => Float, {
    nullable: true,
    description: 'How well the product matches the query (higher is better); null when browsing without a query.',
  })
  score!: number | null;

  @Field(() => [SearchHighlight], { description: 'Matched words in the name and purpose; empty when browsing.' })
  highlights!: SearchHighlight[];
}

@ObjectType({ description: 'One value of a facet and how many results have it.' })
export class SearchFacetBucket {
  @Field({ description: 'The value to filter by: an id for domains and teams, else the value itself.' })
  value!: string;

  @Field({ description: 'What to show: the domain or team name, else the value.' })
  label!: string;

  @Field(() => Int, {
    description: "Results with this value, counting every filter except this facet's own (see the facets field).",
  })
  count!: number;
}

@ObjectType({
  description:
    "Counts of the search's results by domain, team, tag, classification, status and port kind. Each facet " +
    'counts with every filter applied except its own, so its counts are what selecting (only) that value ' +
    'would return; values with no result are left out. Hidden products are never counted.',
})
export class DataProductSearchFacets {
  @Field(() => [SearchFacetBucket], { description: 'By domain (at most 50, most results first).' })
  domains!: SearchFacetBucket[];

  @Field(() => [SearchFacetBucket], { description: 'By owning team (at most 50, most results first).' })
  teams!: SearchFacetBucket[];

  @Field(() => [SearchFacetBucket], { description: 'By tag (at most 50, most results first).' })
  tags!: SearchFacetBucket[];

  @Field(() => [SearchFacetBucket], { description: 'By classification.' })
  classifications!: SearchFacetBucket[];

  @Field(() => [SearchFacetBucket], { description: 'By lifecycle status.' })
  statuses!: SearchFacetBucket[];

  @Field(() => [SearchFacetBucket], {
    description: 'By the kinds of the output ports (a product counts once per kind).',
  })
  portKinds!: SearchFacetBucket[];
}

/** totalCount and facets: one SQL statement, run only when either is selected. */
export interface SearchSummary {
  readonly totalCount: number;
  readonly facets: DataProductSearchFacets;
}

@ObjectType({ description: 'A page of data products matching a search, with the total and facet counts.' })
export class DataProductSearchResult {
  @Field(() => [DataProductSearchEdge], { description: 'The results on this page, best first in the chosen order.' })
  edges!: DataProductSearchEdge[];

  @Field(() => PageInfo, { description: 'Paging information (forward paging with first/after).' })
  pageInfo!: PageInfo;

  /** Resolved by the search resolver's field resolvers, from `summary`. */
  summary!: () => Promise<SearchSummary>;
}
