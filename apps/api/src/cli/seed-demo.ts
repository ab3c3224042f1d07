// Loads the quick start's demo organisation into DATABASE_URL; safe to run again.
//   node dist/cli/seed-demo.js [file to write the demo login to]
import { writeFile } from 'node:fs/promises';
import { PrismaPg } from '@prisma/adapter-pg';
import { loadConfigOrExit } from '../config/app-config';
import { environmentSchema } from '../config/config.schema';
import { PrismaClient } from '../generated/prisma/client';

const TEAMS = [
  { slug: 'orders-team', name: 'Orders' },
  { slug: 'payments-team', name: 'Payments' },
  { slug: 'inventory-team', name: 'Inventory' },
  { slug: 'customers-team', name: 'Customer 360' },
  { slug: 'shipping-team', name: 'Shipping & Logistics' },
  { slug: 'marketing-analytics', name: 'Marketing Analytics' },
  { slug: 'finance-reporting', name: 'Finance Reporting' },
  { slug: 'data-platform', name: 'Data Platform' },
];

const USERS = [
  {
    email: 'admin@tessera.demo',
    displayName: 'Platform Admin',
    isPlatformAdmin: true,
    teams: [['data-platform', 'OWNER']],
  },
  {
    email: 'olivia@tessera.demo',
    displayName: 'Olivia Owner',
    isPlatformAdmin: false,
    teams: [
      ['orders-team', 'OWNER'],
      ['payments-team', 'MEMBER'],
    ],
  },
  {
    email: 'max@tessera.demo',
    displayName: 'Max Member',
    isPlatformAdmin: false,
    teams: [['payments-team', 'MEMBER']],
  },
  {
    email: 'casey@tessera.demo',
    displayName: 'Casey Consumer',
    isPlatformAdmin: false,
    teams: [['marketing-analytics', 'OWNER']],
  },
] as const;

async function main(): Promise<void> {
  const { DATABASE_URL } = loadConfigOrExit(environmentSchema.pick({ DATABASE_URL: true }));
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: DATABASE_URL, max: 2 }) });
  try {
    await prisma.$transaction(async (tx) => {
      const teams = new Map<string, string>();
      for (const team of TEAMS) {
        const row = await tx.team.upsert({ where: { slug: team.slug }, create: team, update: { name: team.name } });
        teams.set(team.slug, row.id);
      }
      for (const { teams: memberships, ...user } of USERS) {
        const row = await tx.user.upsert({
          where: { email: user.email },
          create: user,
          update: { displayName: user.displayName, isPlatformAdmin: user.isPlatformAdmin },
        });
        for (const [slug, role] of memberships) {
          const teamId = teams.get(slug) ?? '';
          await tx.teamMembership.upsert({
            where: { teamId_userId: { teamId, userId: row.id } },
            create: { teamId, userId: row.id, role },
            update: { role },
          });
        }
      }
    });
    process.stdout.write(`demo data: ${TEAMS.length} teams, ${USERS.length} users\n`);
    const loginFile = process.argv[2];
    if (loginFile) {
      await writeFile(
        loginFile,
        `  Demo users    ${USERS.map((user) => user.email).join(', ')} (sign-in arrives with the catalog)\n`,
      );
    }
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`seeding failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
