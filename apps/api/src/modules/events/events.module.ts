import { Global, Module } from '@nestjs/common';
import { READINESS_DETAILS, type ReadinessDetail } from '../../infra/health/dependency-check';
import { MetricsController } from './metrics.controller';
import { OutboxRepository } from './outbox.repository';
import { OutboxService } from './outbox.service';

/** The outbox, written by every process that changes the catalog, and its metrics. */
@Global()
@Module({
  controllers: [MetricsController],
  providers: [
    OutboxRepository,
    OutboxService,
    {
      provide: READINESS_DETAILS,
      inject: [OutboxRepository],
      useFactory: (outbox: OutboxRepository): ReadinessDetail[] => [
        { name: 'outbox', read: async () => ({ ...(await outbox.backlog()) }) },
      ],
    },
  ],
  exports: [OutboxRepository, OutboxService, READINESS_DETAILS],
})
export class EventsModule {}
