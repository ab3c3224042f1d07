import { Module } from '@nestjs/common';
import { AlertOptInsRepository } from './alert-opt-ins.repository';
import { AlertOptInsService } from './alert-opt-ins.service';
import {
  FreshnessObjectiveResolver,
  IncidentFieldsResolver,
  OutputPortFreshnessResolver,
  ProductIncidentsResolver,
  TeamIncidentsResolver,
} from './freshness-fields.resolver';
import { FreshnessLoaders } from './freshness.loaders';
import { FreshnessResolver } from './freshness.resolver';
import { FreshnessSchedules } from './freshness-schedules';
import { HeartbeatController } from './heartbeat.controller';
import { HeartbeatsRepository } from './heartbeats.repository';
import { HeartbeatsService } from './heartbeats.service';
import { HistoryRepository } from './history.repository';
import { IncidentsService } from './incidents.service';
import { ObjectivesRepository } from './objectives.repository';
import { ObjectivesService } from './objectives.service';

/**
 * Freshness in the API: objectives (which also upsert or remove their check schedules),
 * heartbeats (GraphQL and REST), incidents, and the freshness fields of ports, products and
 * teams. The checks themselves run in the worker (FreshnessWorkerModule).
 */
@Module({
  controllers: [HeartbeatController],
  providers: [
    ObjectivesRepository,
    HistoryRepository,
    HeartbeatsRepository,
    FreshnessSchedules,
    ObjectivesService,
    HeartbeatsService,
    IncidentsService,
    AlertOptInsRepository,
    AlertOptInsService,
    FreshnessLoaders,
    FreshnessResolver,
    OutputPortFreshnessResolver,
    FreshnessObjectiveResolver,
    IncidentFieldsResolver,
    ProductIncidentsResolver,
    TeamIncidentsResolver,
  ],
})
export class FreshnessModule {}
