import { it } from 'vitest';
import { Factories } from '../support/factories';
it('prints', async () => {
  const url = process.env.FUZZ_DB!;
  const f = new Factories(url);
  for (const run of [
    () => f.prisma.team.findUnique({ where: { id: 'abc' } }),
    () => f.prisma.team.findUnique({ where: { slug: 'a\u0000b' } }),
    () => f.prisma.$queryRaw`SELECT ${'abc'}::uuid`,
    () => f.prisma.team.create({ data: { slug: 'x'.repeat(10), name: 'n', description: 'd' } }).then(() => f.prisma.team.create({ data: { slug: 'x'.repeat(10), name: 'n' } })),
  ]) {
    try { await run(); } catch (e: any) { console.log(e.constructor.name, e.code, JSON.stringify(e.meta), Object.keys(e)); }
  }
  await f.close();
});
