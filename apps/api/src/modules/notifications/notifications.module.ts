import { Module } from '@nestjs/common';
import { DeliveriesRepository } from './deliveries.repository';
import { PostgresTeamNotifier } from './postgres-team-notifier';
import { TeamNotifier } from './team-notifier';

/**
 * What other features import to notify teams: `TeamNotifier`, in the API and in the worker
 * alike (it needs only Postgres). Channels' GraphQL lives in NotificationChannelsModule,
 * sending in NotificationsWorkerModule.
 */
@Module({
  providers: [DeliveriesRepository, { provide: TeamNotifier, useClass: PostgresTeamNotifier }],
  exports: [TeamNotifier, DeliveriesRepository],
})
export class NotificationsModule {}
