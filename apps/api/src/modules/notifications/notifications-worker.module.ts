import { Module } from '@nestjs/common';
import { OutboundModule } from '../../infra/outbound/outbound.module';
import { SecretsModule } from '../../infra/secrets/secrets.module';
import { ChannelSecrets } from './channel-secrets';
import { ChannelsRepository } from './channels.repository';
import { DeliveriesRepository } from './deliveries.repository';
import { ChannelDisabler } from './delivery/channel-disabler';
import { ChannelSender } from './delivery/channel-sender';
import { DeliverProcessor } from './delivery/deliver.processor';
import { DeliveryDispatcher } from './delivery/delivery-dispatcher';
import { DeliveryQueue } from './delivery/delivery-queue';
import { EmailTransport } from './delivery/email-transport';
import { SweepProcessor } from './delivery/sweep.processor';
import { SweepScheduler } from './delivery/sweep.scheduler';
import { NotificationsModule } from './notifications.module';

/** Sending, in the worker: the dispatcher, the delivery and sweep processors, and the senders. */
@Module({
  imports: [NotificationsModule, OutboundModule, SecretsModule],
  providers: [
    ChannelsRepository,
    DeliveriesRepository,
    ChannelSecrets,
    EmailTransport,
    ChannelSender,
    ChannelDisabler,
    DeliveryQueue,
    DeliveryDispatcher,
    DeliverProcessor,
    SweepProcessor,
    SweepScheduler,
  ],
  exports: [DeliverProcessor, SweepProcessor],
})
export class NotificationsWorkerModule {}
