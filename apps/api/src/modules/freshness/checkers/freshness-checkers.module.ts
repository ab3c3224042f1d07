import { Module, type DynamicModule, type ModuleMetadata, type Type } from '@nestjs/common';
import type { FreshnessChecker } from './freshness-checker';
import { FRESHNESS_CHECKERS, FreshnessCheckerRegistry } from './freshness-checker.registry';
import {
  KAFKA_TOPIC_CHECKER_SETTINGS,
  KafkaTopicChecker,
  type KafkaTopicCheckerSettings,
} from './kafka/kafka-topic.checker';
import {
  POSTGRES_TABLE_CHECKER_SETTINGS,
  PostgresTableChecker,
  type PostgresTableCheckerSettings,
} from './postgres/postgres-table.checker';
import { HEARTBEAT_STORE, type HeartbeatStore } from './push/heartbeat-store';
import { PushChecker } from './push/push.checker';

/** Every kind of check; a new kind is one class here, and no change to the others. */
const CHECKERS: readonly Type<FreshnessChecker>[] = [KafkaTopicChecker, PostgresTableChecker, PushChecker];

export interface FreshnessCheckersModuleOptions {
  /** Where PUSH heartbeats are read from (the heartbeat feature provides it). */
  readonly heartbeatStore: Type<HeartbeatStore>;
  /** Modules the heartbeat store depends on (Prisma, ...). */
  readonly imports?: ModuleMetadata['imports'];
  /** Overrides of the checkers' defaults (timeouts, pool sizes, scan windows). */
  readonly kafkaTopic?: Partial<KafkaTopicCheckerSettings>;
  readonly postgresTable?: Partial<PostgresTableCheckerSettings>;
}

/**
 * The freshness checkers and their registry. Exports FreshnessCheckerRegistry only:
 * callers check a stored target with `registry.check(target, { timeoutMs, signal })`.
 */
@Module({})
export class FreshnessCheckersModule {
  static register(options: FreshnessCheckersModuleOptions): DynamicModule {
    return {
      module: FreshnessCheckersModule,
      imports: options.imports ?? [],
      providers: [
        { provide: HEARTBEAT_STORE, useClass: options.heartbeatStore },
        { provide: KAFKA_TOPIC_CHECKER_SETTINGS, useValue: options.kafkaTopic ?? {} },
        { provide: POSTGRES_TABLE_CHECKER_SETTINGS, useValue: options.postgresTable ?? {} },
        ...CHECKERS,
        {
          provide: FRESHNESS_CHECKERS,
          useFactory: (...checkers: FreshnessChecker[]) => checkers,
          inject: [...CHECKERS],
        },
        FreshnessCheckerRegistry,
      ],
      exports: [FreshnessCheckerRegistry],
    };
  }
}
