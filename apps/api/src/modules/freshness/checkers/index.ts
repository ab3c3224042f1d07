export * from './check-outcome';
export type { CheckTarget, FreshnessChecker } from './freshness-checker';
export { FreshnessCheckerRegistry, FRESHNESS_CHECKERS } from './freshness-checker.registry';
export { FreshnessCheckersModule, type FreshnessCheckersModuleOptions } from './freshness-checkers.module';
export { epochUnitSchema, type EpochUnit } from './timestamp-value';
export { KafkaTopicCheckError } from './kafka/kafka-check-errors';
export {
  KafkaTopicChecker,
  KAFKA_TOPIC_CHECKER_SETTINGS,
  type KafkaTopicCheckerSettings,
} from './kafka/kafka-topic.checker';
export * from './kafka/kafka-topic.target';
export { PostgresTableCheckError } from './postgres/postgres-check-errors';
export {
  PostgresTableChecker,
  POSTGRES_TABLE_CHECKER_SETTINGS,
  type PostgresTableCheckerSettings,
} from './postgres/postgres-table.checker';
export * from './postgres/postgres-table.target';
export { HEARTBEAT_STORE, type Heartbeat, type HeartbeatStore } from './push/heartbeat-store';
export { PushChecker, PushCheckError, pushTargetSchema, type PushTarget } from './push/push.checker';
