import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../infra/graphql/loader-registry';
import type { ConnectionShape } from '../../infra/graphql/pagination';
import { Domain } from '../organisation/models/domain.model';
import { Team } from '../organisation/models/team.model';
import { DataProductsArgs } from './dto/data-products.args';
import { DataProductConnection } from './models/data-product-connection.model';
import type { DataProduct } from './models/data-product.model';
import { ProductLoaders } from './product.loaders';

/** `Team.products`: owned by the products feature, so visibility is applied in one place. */
@Resolver(() => Team)
export class TeamProductsResolver {
  constructor(private readonly loaders: ProductLoaders) {}

  @ResolveField(() => DataProductConnection, {
    description: "The team's data products you can see (other teams' drafts are neither listed nor counted).",
  })
  products(
    @Parent() team: Team,
    @Args() args: DataProductsArgs,
    @Context() context: GraphqlContext,
  ): Promise<ConnectionShape<DataProduct>> {
    return this.loaders.productsOf(context, 'team', team.id, args);
  }
}

/** `Domain.products`, with the same visibility as every other list of products. */
@Resolver(() => Domain)
export class DomainProductsResolver {
  constructor(private readonly loaders: ProductLoaders) {}

  @ResolveField(() => DataProductConnection, {
    description: "The domain's data products you can see (other teams' drafts are neither listed nor counted).",
  })
  products(
    @Parent() domain: Domain,
    @Args() args: DataProductsArgs,
    @Context() context: GraphqlContext,
  ): Promise<ConnectionShape<DataProduct>> {
    return this.loaders.productsOf(context, 'domain', domain.id, args);
  }
}
