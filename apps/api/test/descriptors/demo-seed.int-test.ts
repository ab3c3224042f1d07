import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, dropDatabase } from '../support/databases';
import { serviceEnvironment } from '../support/environment';
import { Factories } from '../support/factories';
import { API_ROOT, runToExit } from '../support/processes';
import { testConfig } from '../support/test-config';
import { runCli, startListeningApi } from './cli-harness';

const SEED = join(API_ROOT, 'dist', 'cli', 'seed-demo.js');

describe('the demo data', () => {
  let database: { name: string; url: string };
  let factories: Factories;
  const seed = () => {
    if (!existsSync(SEED)) throw new Error(`${SEED} is missing: run \`npm run build\` first`);
    return runToExit(SEED, { DATABASE_URL: database.url, REDIS_URL: serviceEnvironment().redisUrl }, 60_000);
  };
  const state = async () => ({
    audit: await factories.prisma.auditEvent.count(),
    productsUpdatedAt: (await factories.prisma.dataProduct.aggregate({ _max: { updatedAt: true } }))._max.updatedAt,
    usersUpdatedAt: (await factories.prisma.user.aggregate({ _max: { updatedAt: true } }))._max.updatedAt,
  });

  beforeAll(async () => {
    database = await createTestDatabase('demo_seed');
    factories = new Factories(database.url);
  });

  afterAll(async () => {
    await factories.close();
    await dropDatabase(database.name);
  });

  it('builds a mesh of domains, teams and products with lineage through descriptors', async () => {
    const result = await seed();
    expect(result.stderr).not.toContain('seeding failed');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('25 data products (25 created, 0 updated, 0 unchanged)');

    const domains = await factories.prisma.domain.findMany({ select: { slug: true } });
    expect(domains.map((domain) => domain.slug)).toEqual(
      expect.arrayContaining(['orders', 'payments', 'inventory', 'customers', 'shipping']),
    );
    expect(await factories.prisma.team.count()).toBe(8);
    const statuses = await factories.prisma.dataProduct.groupBy({ by: ['status'], _count: true });
    expect(Object.fromEntries(statuses.map((row) => [row.status, row._count]))).toEqual({
      PUBLISHED: 22,
      DRAFT: 2,
      DEPRECATED: 1,
    });
    const deprecated = await factories.prisma.dataProduct.findFirstOrThrow({
      where: { status: 'DEPRECATED' },
      include: { replacement: true },
    });
    expect(deprecated.replacement?.status).toBe('PUBLISHED');
    const kinds = await factories.prisma.outputPort.groupBy({ by: ['kind'], _count: true });
    expect(kinds.map((row) => row.kind).sort()).toEqual(['KAFKA_TOPIC', 'POSTGRES_TABLE']);
    expect(await factories.prisma.inputPort.count()).toBeGreaterThanOrEqual(25);
    // Products came through the descriptor path, applied by the demo's platform admin.
    const created = await factories.prisma.auditEvent.findMany({ where: { action: 'data_product.create' } });
    expect(created).toHaveLength(25);
    const admin = await factories.prisma.user.findUniqueOrThrow({ where: { email: 'admin@tessera.demo' } });
    expect(new Set(created.map((event) => event.actorUserId))).toEqual(new Set([admin.id]));
    expect(admin.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('changes nothing when run again', async () => {
    const before = await state();
    const result = await seed();
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('(0 changes); 25 data products (0 created, 0 updated, 25 unchanged)');
    expect(await state()).toEqual(before);
  });

  it('is what `tessera apply` finds already in place', async () => {
    const { api, url } = await startListeningApi(testConfig(database.url));
    try {
      const admin = await factories.prisma.user.findUniqueOrThrow({ where: { email: 'admin@tessera.demo' } });
      const token = await factories.apiToken({ userId: admin.id }, ['admin']);
      const result = await runCli(
        ['apply', '-f', join(API_ROOT, '..', '..', 'scripts', 'demo', 'descriptors'), '--dry-run'],
        {
          TESSERA_API_URL: url,
          TESSERA_TOKEN: token,
        },
      );
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('[25/25]');
      expect(result.stdout).toContain('dry run: 25 descriptors: 0 to create, 0 to update, 25 unchanged');
    } finally {
      await api.close();
    }
  });
});
