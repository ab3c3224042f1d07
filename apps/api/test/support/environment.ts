/**
 * Where the real services are, as `scripts/services.sh env` prints them. Integration tests
 * never mock these: a missing variable means the services are not running.
 */
export interface ServiceEnvironment {
  readonly databaseAdminUrl: string;
  readonly redisUrl: string;
  readonly kafkaBrokers: string;
  readonly schemaRegistryUrl: string;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(
      `${name} is not set: start the services with \`scripts/services.sh up\` and \`eval "$(scripts/services.sh env)"\`, or run \`npm test\``,
    );
  }
  return value;
}

export function serviceEnvironment(): ServiceEnvironment {
  return {
    databaseAdminUrl: process.env.TEST_DATABASE_ADMIN_URL ?? required('DATABASE_URL'),
    redisUrl: required('REDIS_URL'),
    kafkaBrokers: required('KAFKA_BROKERS'),
    schemaRegistryUrl: required('SCHEMA_REGISTRY_URL'),
  };
}

/** A short random suffix for names a suite owns: databases, queue prefixes, topics, subjects. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}
