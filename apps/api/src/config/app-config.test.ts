import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './app-config';

const minimal = { DATABASE_URL: 'postgresql://tessera@localhost:5432/tessera', REDIS_URL: 'redis://localhost:6379' };

function issuesOf(source: Record<string, string | undefined>): readonly string[] {
  try {
    loadConfig(source);
  } catch (error) {
    if (error instanceof ConfigError) return error.issues;
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

describe('loadConfig', () => {
  it('derives a typed configuration with defaults from the minimal environment', () => {
    const config = loadConfig(minimal);
    expect(config).toMatchObject({
      env: 'development',
      http: { host: '127.0.0.1', port: 4000, trustedProxies: [] },
      database: { url: minimal.DATABASE_URL, poolSize: 10 },
      redis: { url: minimal.REDIS_URL, queuePrefix: 'tessera' },
      kafka: null,
      schemaRegistry: null,
      graphql: { ide: true },
    });
  });

  it('names each missing required variable', () => {
    expect(issuesOf({})).toEqual(['DATABASE_URL is required but not set', 'REDIS_URL is required but not set']);
  });

  it('names a malformed variable and says what is wrong with it', () => {
    expect(issuesOf({ ...minimal, API_PORT: 'eighty', KAFKA_BROKERS: 'localhost' })).toEqual([
      expect.stringMatching(/^API_PORT is invalid: /),
      'KAFKA_BROKERS is invalid: a comma-separated list of host:port',
    ]);
  });

  it('refuses a database URL of another scheme', () => {
    expect(issuesOf({ ...minimal, DATABASE_URL: 'mysql://localhost/tessera' })).toEqual([
      'DATABASE_URL is invalid: must be a URL starting with postgresql: or postgres:',
    ]);
  });

  it('splits Kafka brokers and turns the GraphQL IDE off in production unless asked', () => {
    const production = { ...minimal, NODE_ENV: 'production', SECRETS_KEY: Buffer.alloc(32, 7).toString('base64') };
    const config = loadConfig({ ...production, KAFKA_BROKERS: 'a:9092,b:9093' });
    expect(config.kafka?.brokers).toEqual(['a:9092', 'b:9093']);
    expect(config.graphql.ide).toBe(false);
    expect(loadConfig({ ...production, GRAPHQL_IDE: 'true' }).graphql.ide).toBe(true);
  });

  it('requires a 32-byte secrets key in production and decodes it', () => {
    expect(issuesOf({ ...minimal, NODE_ENV: 'production' })).toEqual([
      'SECRETS_KEY is required in production: 32 random bytes, base64-encoded',
    ]);
    expect(issuesOf({ ...minimal, SECRETS_KEY: Buffer.alloc(16).toString('base64') })).toEqual([
      'SECRETS_KEY is invalid: must be 32 random bytes, base64-encoded',
    ]);
    const key = Buffer.alloc(32, 9);
    expect(loadConfig({ ...minimal, SECRETS_KEY: key.toString('base64') }).secretsKey.equals(key)).toBe(true);
  });

  it('reads trusted proxies as addresses, CIDR blocks and named ranges, and refuses anything else', () => {
    const trusted = '10.0.0.7,172.16.0.0/12,fd00::/8,::1,loopback,uniquelocal';
    expect(loadConfig({ ...minimal, TRUST_PROXY: trusted }).http.trustedProxies).toEqual(trusted.split(','));
    expect(loadConfig({ ...minimal, TRUST_PROXY: '' }).http.trustedProxies).toEqual([]);
    const message =
      'TRUST_PROXY is invalid: a comma-separated list of addresses, CIDR blocks or loopback, linklocal, uniquelocal';
    for (const wrong of [
      'true',
      '2',
      'proxy.internal',
      '10.0.0.0/33',
      'fd00::/129',
      '10.0.0.1/8/8',
      '10.0.0.1,,10.0.0.2',
      ' 10.0.0.1',
    ])
      expect(issuesOf({ ...minimal, TRUST_PROXY: wrong }), wrong).toEqual([message]);
  });
});
