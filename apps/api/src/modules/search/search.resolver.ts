import { Args, Info, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { RequestContext } from '../identity/actor';
import { CurrentRequest } from '../identity/request-context.decorator';
import { SearchDataProductsArgs } from './dto/search-data-products.args';
import { DataProductSearchFacets, DataProductSearchResult } from './models/data-product-search.model';
import { SearchService } from './search.service';

/** Whether the operation selects any of `fields` directly on this field's result (fragments included). */
function selectsAny(info: GraphQLResolveInfo, fields: readonly string[]): boolean {
  const visit = (selectionSet: SelectionSetNode | undefined): boolean =>
    (selectionSet?.selections ?? []).some((selection) => {
      if (selection.kind === Kind.FIELD) return fields.includes(selection.name.value);
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet);
      return visit(info.fragments[selection.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}

@Resolver(() => DataProductSearchResult)
export class SearchResolver {
  constructor(private readonly search: SearchService) {}

  @Query(() => DataProductSearchResult, {
    description:
      'Searches the data products you may see: full text over names, slugs, tags, descriptions and port names, ' +
      'tolerant of typos and unfinished words, with filters, facet counts, highlights and cursor paging.',
  })
  searchDataProducts(
    @Args() args: SearchDataProductsArgs,
    @CurrentRequest() request: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<DataProductSearchResult> {
    return this.search.searchDataProducts(request, args, { withSummary: selectsAny(info, ['totalCount', 'facets']) });
  }

  @ResolveField(() => Int, { description: 'How many products match the query and filter, across all pages.' })
  async totalCount(@Parent() result: DataProductSearchResult): Promise<number> {
    return (await result.summary()).totalCount;
  }

  @ResolveField(() => DataProductSearchFacets, {
    description: 'Result counts by domain, team, tag, classification, status and port kind.',
  })
  async facets(@Parent() result: DataProductSearchResult): Promise<DataProductSearchFacets> {
    return (await result.summary()).facets;
  }
}
