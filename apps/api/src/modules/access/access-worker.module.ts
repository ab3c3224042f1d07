import { Module } from '@nestjs/common';
import { ConnectionDirectory } from '../connections/connection-directory';
import { ConnectionsModule } from '../connections/connections.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { AccessScheduler } from './access.scheduler';
import { directoryConnections } from './directory-connections';
import { ExpireSubscriptionsProcessor } from './expire-subscriptions.processor';
import { GrantJobs } from './grant-jobs';
import { GrantProvisioning } from './grant-provisioning.service';
import { GrantsRepository } from './grants.repository';
import { ProvisionGrantProcessor } from './provision-grant.processor';
import { createGrantProvisionerRegistry, GrantProvisionerRegistry } from './provisioners';
import { ProvisioningLock } from './provisioning-lock';
import { ReconcileGrantsProcessor } from './reconcile-grants.processor';
import { SubscriptionExpiry } from './subscription-expiry.service';
import { SubscriptionTransitions } from './subscription-transitions';
import { SubscriptionsRepository } from './subscriptions.repository';

/** The worker side of access: provisioning, reconciliation and expiry jobs, and their schedules. */
@Module({
  imports: [ConnectionsModule, NotificationsModule],
  providers: [
    {
      provide: GrantProvisionerRegistry,
      inject: [ConnectionDirectory],
      useFactory: (directory: ConnectionDirectory) => createGrantProvisionerRegistry(directoryConnections(directory)),
    },
    GrantsRepository,
    SubscriptionsRepository,
    SubscriptionTransitions,
    SubscriptionExpiry,
    ProvisioningLock,
    GrantProvisioning,
    GrantJobs,
    ProvisionGrantProcessor,
    ReconcileGrantsProcessor,
    ExpireSubscriptionsProcessor,
    AccessScheduler,
  ],
  exports: [ProvisionGrantProcessor, ReconcileGrantsProcessor, ExpireSubscriptionsProcessor],
})
export class AccessWorkerModule {}
