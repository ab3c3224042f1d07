import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApi } from '../support/api-client';
import { createTestDatabase, dropDatabase } from '../support/databases';
import { DedicatedServices } from '../support/dedicated-services';
import { eventually } from '../support/eventually';
import { testConfig } from '../support/test-config';

interface Readiness {
  status: string;
  checks: Record<string, { status: string; required: boolean; error?: string }>;
}

describe('readiness while a dependency is stopped and restarted', () => {
  let database: { name: string; url: string };
  let services: DedicatedServices;
  let api: TestApi;

  const readiness = async () => {
    const response = await api.get('/readyz');
    return { httpStatus: response.status, ...(response.body as Readiness) };
  };
  const graphqlStillAnswers = async () => {
    const response = await api.graphql<{ apiInfo: { version: string } }>('{ apiInfo { version workerHeartbeatAt } }');
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.apiInfo.version).toBeTruthy();
  };

  beforeAll(async () => {
    database = await createTestDatabase('readiness');
    services = await DedicatedServices.create();
    await services.up('redis', 'kafka');
    api = await TestApi.start(
      testConfig(database.url, { REDIS_URL: services.redisUrl, KAFKA_BROKERS: services.kafkaBrokers }),
    );
  }, 300_000);

  afterAll(async () => {
    await api?.close();
    await services?.destroy();
    await dropDatabase(database.name);
  });

  it('is ready with every dependency up, and reports each one', async () => {
    const report = await eventually(readiness, (value) => value.httpStatus === 200);
    expect(report.status).toBe('ready');
    expect(Object.fromEntries(Object.entries(report.checks).map(([name, check]) => [name, check.status]))).toEqual({
      postgres: 'up',
      redis: 'up',
      kafka: 'up',
      schemaRegistry: 'up',
    });
  });

  it('reports Redis down while it is stopped, keeps answering GraphQL, and recovers without a restart', async () => {
    await services.down('redis');
    const down = await readiness();
    expect(down.httpStatus).toBe(503);
    expect(down.status).toBe('not_ready');
    expect(down.checks.redis).toMatchObject({ status: 'down', required: true });
    expect(down.checks.postgres?.status).toBe('up');
    await graphqlStillAnswers();

    await services.up('redis');
    const recovered = await eventually(readiness, (value) => value.httpStatus === 200, { timeoutMs: 30_000 });
    expect(recovered.checks.redis?.status).toBe('up');
  }, 120_000);

  it('reports Kafka down while it is stopped, keeps answering GraphQL, and recovers without a restart', async () => {
    await services.down('kafka');
    const down = await readiness();
    expect(down.httpStatus).toBe(503);
    expect(down.checks.kafka).toMatchObject({ status: 'down', required: true });
    expect(down.checks.redis?.status).toBe('up');
    await graphqlStillAnswers();

    await services.up('kafka');
    const recovered = await eventually(readiness, (value) => value.httpStatus === 200, { timeoutMs: 60_000 });
    expect(recovered.checks.kafka?.status).toBe('up');
  }, 240_000);
});
