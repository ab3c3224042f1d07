import { Module } from '@nestjs/common';
import { ConnectionsModule } from '../connections/connections.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { CheckRecorder } from './check-recorder';
import { CheckStateRepository } from './check-state.repository';
import { CheckTargets } from './check-targets';
import { FreshnessCheckersModule } from './checkers';
import { FreshnessCheckProcessor } from './freshness-check.processor';
import { FreshnessRetentionProcessor } from './freshness-retention.processor';
import { FreshnessScheduleKeeper } from './freshness-schedule-keeper';
import { FreshnessSchedules } from './freshness-schedules';
import { HeartbeatsRepository } from './heartbeats.repository';
import { ObjectivesRepository } from './objectives.repository';

/**
 * The worker side of freshness: the scheduled check and retention processors, and the keeper
 * that reconciles the job schedulers with Postgres. PUSH checks read heartbeats from
 * port_heartbeats (HeartbeatsRepository is the checkers' HeartbeatStore).
 */
@Module({
  imports: [
    ConnectionsModule,
    NotificationsModule,
    FreshnessCheckersModule.register({ heartbeatStore: HeartbeatsRepository }),
  ],
  providers: [
    ObjectivesRepository,
    CheckStateRepository,
    FreshnessSchedules,
    CheckTargets,
    CheckRecorder,
    FreshnessCheckProcessor,
    FreshnessRetentionProcessor,
    FreshnessScheduleKeeper,
  ],
  exports: [FreshnessCheckProcessor, FreshnessRetentionProcessor],
})
export class FreshnessWorkerModule {}
