import { Module } from '@nestjs/common';
import { EventPublisher } from './event-publisher';
import { OutboxRelayService } from './outbox-relay.service';

/** The relay from the outbox to Kafka; runs in the worker. */
@Module({ providers: [EventPublisher, OutboxRelayService], exports: [OutboxRelayService] })
export class EventsWorkerModule {}
