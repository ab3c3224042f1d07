export * from './catalog';
export * from './descriptor';
export * from './descriptor-order';
export * from './events';
export * from './jobs';
export * from './access-jobs';
export * from './schemas-jobs';
export * from './notifications-jobs';
export * from './freshness-jobs';
export * from './odcs';
export * from './odcs-parse';
export * from './subscriptions';

/** The Tessera release; the API reports it and the CLI sends it. */
export const TESSERA_VERSION = '0.1.0';
