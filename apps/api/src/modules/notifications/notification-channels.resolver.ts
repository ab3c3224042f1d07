import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../infra/graphql/loader-registry';
import type { ConnectionShape } from '../../infra/graphql/pagination';
import type { RequestContext } from '../identity/actor';
import { CurrentRequest } from '../identity/request-context.decorator';
import { Team } from '../organisation/models/team.model';
import { ZodValidationPipe } from '../products/dto/validation';
import { ChannelLoaders } from './channel.loaders';
import { ChannelStateService } from './channel-state.service';
import { ChannelsService } from './channels.service';
import {
  channelIdSchema,
  DeleteNotificationChannelInput,
  DisableNotificationChannelInput,
  disableChannelSchema,
  EnableNotificationChannelInput,
  RotateChannelSecretInput,
  rotateChannelSecretSchema,
  SendTestNotificationInput,
  sendTestNotificationSchema,
  type ChannelIdCommand,
  type DisableChannelCommand,
  type RotateChannelSecretCommand,
  type SendTestNotificationCommand,
} from './dto/channel-actions.inputs';
import {
  CreateNotificationChannelInput,
  createNotificationChannelSchema,
  type CreateNotificationChannelCommand,
} from './dto/create-notification-channel.input';
import { DeliveriesArgs } from './dto/deliveries.args';
import {
  UpdateNotificationChannelInput,
  updateNotificationChannelSchema,
  type UpdateNotificationChannelCommand,
} from './dto/update-notification-channel.input';
import { DeliveryConnection, type Delivery } from './models/delivery.model';
import { NotificationChannel } from './models/notification-channel.model';
import {
  CreateNotificationChannelPayload,
  DeleteNotificationChannelPayload,
  DisableNotificationChannelPayload,
  EnableNotificationChannelPayload,
  RotateChannelSecretPayload,
  SendTestNotificationPayload,
  UpdateNotificationChannelPayload,
} from './models/payloads.model';
import { TestNotificationService } from './test-notification.service';

const WHAT = { description: 'What to change.' };

/** Notification channels: the query, the mutations, and the fields that lead elsewhere. */
@Resolver(() => NotificationChannel)
export class NotificationChannelsResolver {
  constructor(
    private readonly channels: ChannelsService,
    private readonly state: ChannelStateService,
    private readonly tests: TestNotificationService,
    private readonly loaders: ChannelLoaders,
  ) {}

  @Query(() => NotificationChannel, {
    description: 'One notification channel by id; channels of teams you are not in are NOT_FOUND.',
  })
  notificationChannel(
    @CurrentRequest() request: RequestContext,
    @Args('id', { type: () => ID, description: 'The channel id.' }) id: string,
  ): Promise<NotificationChannel> {
    return this.channels.get(request.actor, id);
  }

  @Mutation(() => CreateNotificationChannelPayload, {
    description: 'Adds a channel to a team (its members). A WEBHOOK channel returns its signing secret, once.',
  })
  createNotificationChannel(
    @CurrentRequest() request: RequestContext,
    @Args(
      'input',
      { type: () => CreateNotificationChannelInput, ...WHAT },
      new ZodValidationPipe(createNotificationChannelSchema),
    )
    input: CreateNotificationChannelCommand,
  ): Promise<CreateNotificationChannelPayload> {
    return this.channels.create(request, input);
  }

  @Mutation(() => UpdateNotificationChannelPayload, { description: "Changes a channel's name, URL or recipients." })
  async updateNotificationChannel(
    @CurrentRequest() request: RequestContext,
    @Args(
      'input',
      { type: () => UpdateNotificationChannelInput, ...WHAT },
      new ZodValidationPipe(updateNotificationChannelSchema),
    )
    input: UpdateNotificationChannelCommand,
  ): Promise<UpdateNotificationChannelPayload> {
    return { notificationChannel: await this.channels.update(request, input) };
  }

  @Mutation(() => DeleteNotificationChannelPayload, { description: 'Deletes a channel and its delivery history.' })
  deleteNotificationChannel(
    @CurrentRequest() request: RequestContext,
    @Args('input', { type: () => DeleteNotificationChannelInput, ...WHAT }, new ZodValidationPipe(channelIdSchema))
    input: ChannelIdCommand,
  ): Promise<DeleteNotificationChannelPayload> {
    return this.channels.delete(request, input);
  }

  @Mutation(() => EnableNotificationChannelPayload, {
    description: 'Enables a channel again (after a 410 Gone, once the receiver is fixed).',
  })
  async enableNotificationChannel(
    @CurrentRequest() request: RequestContext,
    @Args('input', { type: () => EnableNotificationChannelInput, ...WHAT }, new ZodValidationPipe(channelIdSchema))
    input: ChannelIdCommand,
  ): Promise<EnableNotificationChannelPayload> {
    return { notificationChannel: await this.state.enable(request, input) };
  }

  @Mutation(() => DisableNotificationChannelPayload, { description: 'Stops sending through a channel.' })
  async disableNotificationChannel(
    @CurrentRequest() request: RequestContext,
    @Args(
      'input',
      { type: () => DisableNotificationChannelInput, ...WHAT },
      new ZodValidationPipe(disableChannelSchema),
    )
    input: DisableChannelCommand,
  ): Promise<DisableNotificationChannelPayload> {
    return { notificationChannel: await this.state.disable(request, input) };
  }

  @Mutation(() => RotateChannelSecretPayload, {
    description: "Replaces a webhook channel's signing secret; the old one keeps signing during the overlap.",
  })
  rotateChannelSecret(
    @CurrentRequest() request: RequestContext,
    @Args('input', { type: () => RotateChannelSecretInput, ...WHAT }, new ZodValidationPipe(rotateChannelSecretSchema))
    input: RotateChannelSecretCommand,
  ): Promise<RotateChannelSecretPayload> {
    return this.state.rotateSecret(request, input);
  }

  @Mutation(() => SendTestNotificationPayload, {
    description: 'Sends a channel.test notification through one channel, with the usual retries.',
  })
  async sendTestNotification(
    @CurrentRequest() request: RequestContext,
    @Args(
      'input',
      { type: () => SendTestNotificationInput, ...WHAT },
      new ZodValidationPipe(sendTestNotificationSchema),
    )
    input: SendTestNotificationCommand,
  ): Promise<SendTestNotificationPayload> {
    return { delivery: await this.tests.send(request, input) };
  }

  @ResolveField(() => Team, { description: 'The team that owns the channel.' })
  team(@Parent() channel: NotificationChannel, @Context() context: GraphqlContext): Promise<Team | null> {
    return this.loaders.team(context, channel.teamId);
  }

  @ResolveField(() => DeliveryConnection, { description: 'What was sent through the channel, newest first.' })
  deliveries(
    @Parent() channel: NotificationChannel,
    @Args() args: DeliveriesArgs,
    @Context() context: GraphqlContext,
  ): Promise<ConnectionShape<Delivery>> {
    return this.loaders.deliveriesOf(context, channel, args);
  }
}

/** `Team.notificationChannels`: owned by this feature, so the visibility rule lives here. */
@Resolver(() => Team)
export class TeamNotificationChannelsResolver {
  constructor(private readonly loaders: ChannelLoaders) {}

  @ResolveField(() => [NotificationChannel], {
    description: "The team's notification channels by name; empty unless you are a member (or a platform admin).",
  })
  notificationChannels(@Parent() team: Team, @Context() context: GraphqlContext): Promise<NotificationChannel[]> {
    return this.loaders.channelsOfTeam(context, team.id);
  }
}
