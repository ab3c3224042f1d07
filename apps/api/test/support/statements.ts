import type { PrismaService } from '../../src/infra/prisma/prisma.service';

/**
 * The fewest SQL statements `request` costs over three runs, counted with the Prisma client's
 * query events. A DataLoader batches the loads of one tick; on a busy machine a list's loads
 * can straddle two ticks, one statement more by chance. A missing batch costs one statement
 * per item on every run, so the fewest still shows it.
 */
export async function fewestStatements(prisma: PrismaService, request: () => Promise<unknown>): Promise<number> {
  const counts = [];
  for (let run = 0; run < 3; run += 1) {
    const before = prisma.statementCount;
    await request();
    counts.push(prisma.statementCount - before);
  }
  return Math.min(...counts);
}
