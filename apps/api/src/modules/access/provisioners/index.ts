export * from './connection-lookup';
export * from './grant-provisioner';
export * from './grant-provisioner.registry';
export * from './grant-provisioners.factory';
export * from './provisioning.errors';
export { consumerGroupPrefix } from './kafka/kafka-acl-bindings';
export * from './kafka/kafka-topic.provisioner';
export * from './postgres/postgres-table.provisioner';
