import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../infra/graphql/loader-registry';
import type { ConnectionShape } from '../../infra/graphql/pagination';
import { Team } from '../organisation/models/team.model';
import { OutputPort } from '../products/models/ports.model';
import { ProductLoaders } from '../products/product.loaders';
import { SubscriptionsArgs } from './dto/subscriptions.args';
import { AccessSubscriptionConnection, type AccessSubscription } from './models/subscription.model';
import { SubscriptionLoaders } from './subscription.loaders';

/** `Team.subscriptions` (consumer side) and `Team.accessRequests` (the owners' inbox). */
@Resolver(() => Team)
export class TeamSubscriptionsResolver {
  constructor(private readonly loaders: SubscriptionLoaders) {}

  @ResolveField(() => AccessSubscriptionConnection, {
    nullable: true,
    description:
      "The team's subscriptions to other teams' ports, newest first; null unless you are a member or an admin.",
  })
  subscriptions(
    @Parent() team: Team,
    @Args() args: SubscriptionsArgs,
    @Context() context: GraphqlContext,
  ): Promise<ConnectionShape<AccessSubscription> | null> {
    return this.loaders.listOf(context, 'consumerTeam', team.id, { consumerTeamId: team.id }, args);
  }

  @ResolveField(() => AccessSubscriptionConnection, {
    nullable: true,
    description:
      "Requests waiting for the team's decision: pending requests for its products and pending renewals. Null unless you are a member or an admin.",
  })
  accessRequests(
    @Parent() team: Team,
    @Args() args: SubscriptionsArgs,
    @Context() context: GraphqlContext,
  ): Promise<ConnectionShape<AccessSubscription> | null> {
    return this.loaders.listOf(context, 'ownerInbox', team.id, { teamId: team.id }, args);
  }
}

/** `OutputPort.subscriptions`: who reads the port, for its owning team. */
@Resolver(() => OutputPort)
export class OutputPortSubscriptionsResolver {
  constructor(
    private readonly loaders: SubscriptionLoaders,
    private readonly products: ProductLoaders,
  ) {}

  @ResolveField(() => AccessSubscriptionConnection, {
    nullable: true,
    description: "The port's subscriptions, newest first; null unless you are in the owning team or an admin.",
  })
  async subscriptions(
    @Parent() port: OutputPort,
    @Args() args: SubscriptionsArgs,
    @Context() context: GraphqlContext,
  ): Promise<ConnectionShape<AccessSubscription> | null> {
    const product = await this.products.visibleProduct(context).load(port.productId);
    if (!product) return null;
    return this.loaders.listOf(context, 'port', port.id, { teamId: product.teamId }, args);
  }
}
