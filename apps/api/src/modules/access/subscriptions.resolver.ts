import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../infra/graphql/loader-registry';
import type { ConnectionShape } from '../../infra/graphql/pagination';
import type { RequestContext } from '../identity/actor';
import { CurrentRequest } from '../identity/request-context.decorator';
import { Team } from '../organisation/models/team.model';
import { User } from '../organisation/models/user.model';
import { ZodValidationPipe } from '../products/dto/validation';
import { DataProduct } from '../products/models/data-product.model';
import { OutputPort } from '../products/models/ports.model';
import { ProductLoaders } from '../products/product.loaders';
import { accessError } from './access.errors';
import {
  ApproveSubscriptionInput,
  approveSubscriptionSchema,
  RejectSubscriptionInput,
  rejectSubscriptionSchema,
  RequestAccessInput,
  requestAccessSchema,
  RequestSubscriptionRenewalInput,
  requestSubscriptionRenewalSchema,
  RevokeSubscriptionInput,
  revokeSubscriptionSchema,
  type ApproveSubscriptionCommand,
  type RejectSubscriptionCommand,
  type RequestAccessCommand,
  type RequestSubscriptionRenewalCommand,
  type RevokeSubscriptionCommand,
} from './dto/subscription.inputs';
import { SubscriptionsArgs } from './dto/subscriptions.args';
import {
  ApproveSubscriptionPayload,
  Grant,
  RejectSubscriptionPayload,
  RequestAccessPayload,
  RequestSubscriptionRenewalPayload,
  RevokeSubscriptionPayload,
  AccessSubscription,
  AccessSubscriptionConnection,
} from './models/subscription.model';
import { SubscriptionLoaders } from './subscription.loaders';
import { SubscriptionsService } from './subscriptions.service';

/** Subscriptions: the workflow's mutations, the viewer's lookups, and the fields of a subscription. */
@Resolver(() => AccessSubscription)
export class SubscriptionsResolver {
  constructor(
    private readonly subscriptions: SubscriptionsService,
    private readonly loaders: SubscriptionLoaders,
    private readonly products: ProductLoaders,
  ) {}

  @Query(() => AccessSubscription, {
    description: 'One subscription; NOT_FOUND unless you are in its owning or consumer team, or an admin.',
  })
  subscription(
    @Context() context: GraphqlContext,
    @Args('id', { type: () => ID, description: 'The subscription id.' }) id: string,
  ): Promise<AccessSubscription> {
    return this.loaders.subscription(context, id);
  }

  @Query(() => AccessSubscriptionConnection, {
    description: 'The subscriptions of every team you belong to, as consumer; newest first.',
  })
  mySubscriptions(
    @Context() context: GraphqlContext,
    @Args() args: SubscriptionsArgs,
  ): Promise<ConnectionShape<AccessSubscription>> {
    return this.loaders.mine(context, args);
  }

  @Mutation(() => RequestAccessPayload, {
    description:
      'Requests read access to an output port for one of your teams. Approved at once for OPEN products with PUBLIC or INTERNAL data; otherwise PENDING until the owning team decides.',
  })
  async requestAccess(
    @CurrentRequest() request: RequestContext,
    @Args(
      'input',
      { type: () => RequestAccessInput, description: 'The request.' },
      new ZodValidationPipe(requestAccessSchema),
    )
    input: RequestAccessCommand,
  ): Promise<RequestAccessPayload> {
    return { subscription: await this.subscriptions.requestAccess(request, input) };
  }

  @Mutation(() => ApproveSubscriptionPayload, {
    description: "Approves a pending request, or a pending renewal, for the owning team's product.",
  })
  async approveSubscription(
    @CurrentRequest() request: RequestContext,
    @Args(
      'input',
      { type: () => ApproveSubscriptionInput, description: 'The decision.' },
      new ZodValidationPipe(approveSubscriptionSchema),
    )
    input: ApproveSubscriptionCommand,
  ): Promise<ApproveSubscriptionPayload> {
    return { subscription: await this.subscriptions.approveSubscription(request, input) };
  }

  @Mutation(() => RejectSubscriptionPayload, {
    description: "Rejects a pending request, or declines a pending renewal, for the owning team's product.",
  })
  async rejectSubscription(
    @CurrentRequest() request: RequestContext,
    @Args(
      'input',
      { type: () => RejectSubscriptionInput, description: 'The decision.' },
      new ZodValidationPipe(rejectSubscriptionSchema),
    )
    input: RejectSubscriptionCommand,
  ): Promise<RejectSubscriptionPayload> {
    return { subscription: await this.subscriptions.rejectSubscription(request, input) };
  }

  @Mutation(() => RevokeSubscriptionPayload, {
    description: 'Ends a pending or approved subscription (owning team, consumer team or admin); grants are removed.',
  })
  async revokeSubscription(
    @CurrentRequest() request: RequestContext,
    @Args(
      'input',
      { type: () => RevokeSubscriptionInput, description: 'Which, and why.' },
      new ZodValidationPipe(revokeSubscriptionSchema),
    )
    input: RevokeSubscriptionCommand,
  ): Promise<RevokeSubscriptionPayload> {
    return { subscription: await this.subscriptions.revokeSubscription(request, input) };
  }

  @Mutation(() => RequestSubscriptionRenewalPayload, {
    description:
      'Asks to extend an approved subscription before it expires (consumer team); the owners decide with approveSubscription or rejectSubscription.',
  })
  async requestSubscriptionRenewal(
    @CurrentRequest() request: RequestContext,
    @Args(
      'input',
      { type: () => RequestSubscriptionRenewalInput, description: 'Which, and for how long.' },
      new ZodValidationPipe(requestSubscriptionRenewalSchema),
    )
    input: RequestSubscriptionRenewalCommand,
  ): Promise<RequestSubscriptionRenewalPayload> {
    return { subscription: await this.subscriptions.requestRenewal(request, input) };
  }

  @ResolveField(() => OutputPort, { description: 'The output port the subscription is for.' })
  async port(@Parent() subscription: AccessSubscription, @Context() context: GraphqlContext): Promise<OutputPort> {
    const port = await this.products.visibleOutputPort(context).load(subscription.portId);
    if (!port) throw accessError('OUTPUT_PORT_NOT_FOUND');
    return port;
  }

  @ResolveField(() => DataProduct, { description: 'The data product of the port.' })
  async product(@Parent() subscription: AccessSubscription, @Context() context: GraphqlContext): Promise<DataProduct> {
    const product = await this.products.visibleProduct(context).load(subscription.productId);
    if (!product) throw accessError('OUTPUT_PORT_NOT_FOUND');
    return product;
  }

  @ResolveField(() => Team, { description: 'The team that reads the port.' })
  async consumerTeam(@Parent() subscription: AccessSubscription, @Context() context: GraphqlContext): Promise<Team> {
    const team = await this.loaders.team(context).load(subscription.consumerTeamId);
    if (!team) throw accessError('TEAM_NOT_FOUND');
    return team;
  }

  @ResolveField(() => Team, { description: "The team owning the port's product, which decides." })
  async owningTeam(@Parent() subscription: AccessSubscription, @Context() context: GraphqlContext): Promise<Team> {
    const team = await this.loaders.team(context).load(subscription.ownerTeamId);
    if (!team) throw accessError('TEAM_NOT_FOUND');
    return team;
  }

  @ResolveField(() => User, { nullable: true, description: 'Who requested it; null for a team token.' })
  requestedBy(@Parent() subscription: AccessSubscription, @Context() context: GraphqlContext): Promise<User | null> {
    return this.userOrNull(context, subscription.requestedById);
  }

  @ResolveField(() => User, {
    nullable: true,
    description: 'Who made the last decision; null when no one did (open access) or a team token did.',
  })
  decidedBy(@Parent() subscription: AccessSubscription, @Context() context: GraphqlContext): Promise<User | null> {
    return this.userOrNull(context, subscription.decidedById);
  }

  @ResolveField(() => User, { nullable: true, description: 'Who revoked it; null when it expired or was not revoked.' })
  endedBy(@Parent() subscription: AccessSubscription, @Context() context: GraphqlContext): Promise<User | null> {
    return this.userOrNull(context, subscription.endedById);
  }

  @ResolveField(() => [Grant], {
    description:
      "The grants made for it, with provisioning status; records and error text only to those who may see the port's connection details (the owners, admins, the consumer team while approved).",
  })
  async grants(@Parent() subscription: AccessSubscription, @Context() context: GraphqlContext): Promise<Grant[]> {
    const port = { id: subscription.portId, ownerTeamId: subscription.ownerTeamId };
    // Both asked in the same tick, so a list's grants and subscriber checks are one batch each.
    const [grants, visible] = await Promise.all([
      this.loaders.grantsOf(context).load(subscription.id),
      this.products.seesConnectionDetails(context, port),
    ]);
    if (visible) return grants;
    // Records and errors name the cluster and topic, or the database, schema and table.
    return grants.map((grant) => ({ ...grant, records: [], lastError: null }));
  }

  private async userOrNull(context: GraphqlContext, id: string | null): Promise<User | null> {
    return id === null ? null : this.loaders.user(context).load(id);
  }
}
