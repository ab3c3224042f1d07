import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from './app-config';
import { environmentSchema } from './config.schema';

const root = join(__dirname, '..', '..', '..', '..');
const schemaKeys = Object.keys(environmentSchema.shape).sort();
const requiredKeys = Object.entries(environmentSchema.shape)
  .filter(([, schema]) => !schema.safeParse(undefined).success)
  .map(([key]) => key);

interface ComposeService {
  environment?: Record<string, string>;
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: unknown;
}
const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
};
const services = compose.services;

function containerPort(service: ComposeService, published?: string): number[] {
  return (service.ports ?? [])
    .filter((mapping) => !published || mapping.startsWith(`${published}:`))
    .map((mapping) => Number(mapping.split(':').at(-1)));
}

describe('.env.example', () => {
  it('documents exactly the variables of the config schema, with values that parse', () => {
    const entries = readFileSync(join(root, '.env.example'), 'utf8')
      .split('\n')
      .filter((line) => /^[A-Z_]+=/.test(line))
      .map((line) => line.split('=', 2) as [string, string]);
    expect(entries.map(([key]) => key).sort()).toEqual(schemaKeys);
    expect(() => loadConfig(Object.fromEntries(entries))).not.toThrow();
  });
});

describe('docker-compose.yml', () => {
  it('gives api and worker exactly the config schema variables, with values that parse', () => {
    for (const name of ['api', 'worker']) {
      const environment = services[name]?.environment ?? {};
      expect(Object.keys(environment).sort(), name).toEqual(schemaKeys);
      expect(() => loadConfig(environment), name).not.toThrow();
    }
    expect(requiredKeys).toEqual(['DATABASE_URL', 'REDIS_URL']);
    expect(Object.keys(services.migrate?.environment ?? {})).toEqual(['DATABASE_URL']);
  });

  it('points every URL at a service of the file, on the port that service listens on', () => {
    const config = loadConfig(services.api?.environment ?? {});
    const database = new URL(config.database.url);
    expect([database.hostname, database.port]).toEqual(['postgres', '5432']);
    expect(services.postgres?.environment).toMatchObject({
      POSTGRES_USER: database.username,
      POSTGRES_PASSWORD: database.password,
      POSTGRES_DB: database.pathname.slice(1),
    });
    const redis = new URL(config.redis.url);
    expect(containerPort(services.redis!)).toContain(Number(redis.port));
    expect(redis.hostname).toBe('redis');
    expect(config.kafka?.brokers).toEqual(['kafka:9092']);
    expect(services.kafka?.environment?.KAFKA_ADVERTISED_LISTENERS).toContain('//kafka:9092');
    const registry = new URL(config.schemaRegistry?.url ?? '');
    expect(registry.hostname).toBe('registry');
    expect(config.notifications.smtp?.url).toBe('smtp://mail:25');
    expect(services.mail?.environment?.MP_SMTP_BIND_ADDR).toBe('0.0.0.0:25');
    expect(containerPort(services.registry!)).toContain(Number(registry.port));
    expect(containerPort(services.api!)).toContain(config.http.port);
    expect(config.http.host).toBe('0.0.0.0');
    expect(services.web?.environment?.TESSERA_API_URL).toBe(`http://api:${config.http.port}`);
  });

  it('starts each service after what it depends on is healthy, and checks every long-running service', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const [dependency, { condition }] of Object.entries(service.depends_on ?? {})) {
        expect(services[dependency], `${name} depends on ${dependency}`).toBeDefined();
        if (condition === 'service_healthy')
          expect(services[dependency]?.healthcheck, `${dependency} needs a healthcheck`).toBeDefined();
        if (condition === 'service_completed_successfully') expect(dependency).toBe('migrate');
      }
      if (name !== 'migrate') expect(service.healthcheck, `${name} has a healthcheck`).toBeDefined();
    }
    expect(Object.keys(services).sort()).toEqual([
      'api',
      'kafka',
      'mail',
      'migrate',
      'postgres',
      'redis',
      'registry',
      'web',
      'worker',
    ]);
  });
});
