import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { ProductsModule } from '../products/products.module';
import { GrantJobs } from './grant-jobs';
import { OutputPortSubscriptionsResolver, TeamSubscriptionsResolver } from './subscription-lists.resolver';
import { SubscriptionLoaders } from './subscription.loaders';
import { SubscriptionTransitions } from './subscription-transitions';
import { SubscriptionsRepository } from './subscriptions.repository';
import { SubscriptionsResolver } from './subscriptions.resolver';
import { SubscriptionsService } from './subscriptions.service';

/** Subscriptions over GraphQL: requests, decisions, renewals, revocations and their lists. */
@Module({
  imports: [ProductsModule, NotificationsModule],
  providers: [
    SubscriptionsRepository,
    SubscriptionTransitions,
    GrantJobs,
    SubscriptionsService,
    SubscriptionLoaders,
    SubscriptionsResolver,
    TeamSubscriptionsResolver,
    OutputPortSubscriptionsResolver,
  ],
})
export class AccessModule {}
