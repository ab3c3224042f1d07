import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { TestApi } from '../support/api-client';
import { createTestDatabase } from '../support/databases';
import { serviceEnvironment } from '../support/environment';
import { Factories } from '../support/factories';
import { API_ROOT, runToExit } from '../support/processes';
import { testConfig } from '../support/test-config';

it('serves for manual fuzzing', async () => {
  const database = await createTestDatabase('fuzzdev');
  await runToExit(join(API_ROOT, 'dist', 'cli', 'seed-demo.js'), { DATABASE_URL: database.url, REDIS_URL: serviceEnvironment().redisUrl }, 60_000);
  const factories = new Factories(database.url);
  const admin = await factories.user({ isPlatformAdmin: true });
  const token = await factories.apiToken({ userId: admin.id }, ['admin']);
  const api = await TestApi.start(testConfig(database.url, { NODE_ENV: 'production', LOG_LEVEL: 'error' }));
  await api.app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}/graphql`;
  writeFileSync('/tmp/fuzz-server.txt', `${url} ${token} ${database.url}\n`);
  await new Promise((resolve) => setTimeout(resolve, 3_000_000));
}, 4_000_000);
