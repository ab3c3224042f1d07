import { Controller, Get, Header } from '@nestjs/common';
import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import { OutboxRepository } from './outbox.repository';

/** Prometheus metrics: the outbox backlog and its oldest event's age, plus process metrics. */
@Controller()
export class MetricsController {
  private readonly registry = new Registry();

  constructor(outbox: OutboxRepository) {
    collectDefaultMetrics({ register: this.registry });
    // Read on each scrape, so every API replica reports the shared table's state.
    new Gauge({
      name: 'tessera_outbox_backlog',
      help: 'Catalog events not yet acknowledged by Kafka',
      registers: [this.registry],
      async collect() {
        this.set((await outbox.backlog()).backlog);
      },
    });
    new Gauge({
      name: 'tessera_outbox_oldest_unpublished_age_seconds',
      help: 'Age of the oldest event not yet acknowledged by Kafka (0 when none)',
      registers: [this.registry],
      async collect() {
        this.set((await outbox.backlog()).oldestAgeSeconds ?? 0);
      },
    });
  }

  @Get('metrics')
  @Header('content-type', 'text/plain; version=0.0.4')
  metrics(): Promise<string> {
    return this.registry.metrics();
  }
}
