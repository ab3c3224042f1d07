import { Module } from '@nestjs/common';
import { OutboundModule } from '../../infra/outbound/outbound.module';
import { SecretsModule } from '../../infra/secrets/secrets.module';
import { ChannelAccess } from './channel-access';
import { ChannelSecrets } from './channel-secrets';
import { ChannelStateService } from './channel-state.service';
import { ChannelLoaders } from './channel.loaders';
import { ChannelsRepository } from './channels.repository';
import { ChannelsService } from './channels.service';
import { DeliveriesRepository } from './deliveries.repository';
import { NotificationChannelsResolver, TeamNotificationChannelsResolver } from './notification-channels.resolver';
import { NotificationsModule } from './notifications.module';
import { TestNotificationService } from './test-notification.service';

/** The GraphQL side of notifications, in the API: channels, secrets, test sends, delivery history. */
@Module({
  imports: [NotificationsModule, OutboundModule, SecretsModule],
  providers: [
    ChannelsRepository,
    DeliveriesRepository,
    ChannelSecrets,
    ChannelAccess,
    ChannelsService,
    ChannelStateService,
    TestNotificationService,
    ChannelLoaders,
    NotificationChannelsResolver,
    TeamNotificationChannelsResolver,
  ],
})
export class NotificationChannelsModule {}
