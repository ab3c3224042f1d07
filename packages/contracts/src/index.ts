export * from './catalog';
export * from './descriptor';
export * from './descriptor-order';
export * from './events';
export * from './jobs';

/** The Tessera release; the API reports it and the CLI sends it. */
export const TESSERA_VERSION = '0.1.0';
