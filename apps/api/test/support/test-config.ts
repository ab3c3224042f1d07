import { loadConfig, type AppConfig } from '../../src/config/app-config';
import { serviceEnvironment, uniqueSuffix } from './environment';

/** A configuration pointing at the real services, with a queue prefix of the suite's own. */
/** A fixed key so tests can decrypt what they stored. */
export const TEST_SECRETS_KEY = Buffer.alloc(32, 'tessera-test-key').toString('base64');

export function testConfig(databaseUrl: string, overrides: Record<string, string | undefined> = {}): AppConfig {
  const services = serviceEnvironment();
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: '4',
    REDIS_URL: services.redisUrl,
    QUEUE_PREFIX: `test-${uniqueSuffix()}`,
    KAFKA_BROKERS: services.kafkaBrokers,
    SCHEMA_REGISTRY_URL: services.schemaRegistryUrl,
    WORKER_SHUTDOWN_TIMEOUT_MS: '5000',
    SECRETS_KEY: TEST_SECRETS_KEY,
    // Tests' own receivers (webhooks, SMTP) listen on loopback.
    OUTBOUND_ALLOWED_HOSTS: '127.0.0.1,localhost',
    // Suites call the API hundreds of times a minute from 127.0.0.1 with a few tokens; the
    // rate-limit suite passes small limits of its own.
    RATE_LIMIT_PER_TOKEN: '1000000',
    RATE_LIMIT_PER_ADDRESS: '1000000',
    ...overrides,
  });
}
