// Loads the quick start's demo mesh into DATABASE_URL; safe to run again (a second run changes nothing).
//   node dist/cli/seed-demo.js [file to write the demo sign-in to]
// The organisation (teams, domains, users) is platform setup, written directly; every data
// product then goes through DescriptorsService, exactly as `tessera apply` would send it.
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { dependencyOrder, parseDescriptorYaml, referencedProducts } from '@tessera/contracts';
import { parse } from 'yaml';
import { loadConfigOrExit, type AppConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { PrismaModule } from '../infra/prisma/prisma.module';
import { PrismaService } from '../infra/prisma/prisma.service';
import { AuditModule } from '../modules/audit/audit.module';
import { AuditService } from '../modules/audit/audit.service';
import { AuthorizationModule } from '../modules/authorization/authorization.module';
import { DescriptorsModule } from '../modules/descriptors/descriptors.module';
import { DescriptorsService, type ApplyOutcome } from '../modules/descriptors/descriptors.service';
import { EventsModule } from '../modules/events/events.module';
import type { RequestContext } from '../modules/identity/actor';
import { demoOrganisationSchema, seedOrganisation, type DemoOrganisation } from './demo-organisation';

/** Only what applying descriptors needs (the outbox too: changes write their events): no GraphQL, no queues, no Kafka. */
@Module({})
class DemoSeedModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: DemoSeedModule,
      imports: [
        ConfigModule.forRoot(config),
        PrismaModule,
        EventsModule,
        AuditModule,
        AuthorizationModule,
        DescriptorsModule,
      ],
    };
  }
}

/** scripts/demo, found from here whether this runs from src (tests) or dist. */
function findDemoDirectory(): string {
  for (let directory = __dirname; directory !== dirname(directory); directory = dirname(directory)) {
    const candidate = join(directory, 'scripts', 'demo');
    if (existsSync(join(candidate, 'organisation.yaml'))) return candidate;
  }
  throw new Error(`scripts/demo/organisation.yaml not found above ${__dirname}`);
}

async function readDescriptors(directory: string) {
  const names = (await readdir(directory)).filter((name) => /\.ya?ml$/.test(name)).sort();
  const descriptors = await Promise.all(
    names.map(async (name) => {
      const result = parseDescriptorYaml(await readFile(join(directory, name), 'utf8'));
      if (!result.ok)
        throw new Error(
          `${name}: ${result.issues.map((issue) => `${issue.line}: ${issue.path}: ${issue.message}`).join('; ')}`,
        );
      return { id: result.descriptor.id, dependsOn: referencedProducts(result.descriptor), document: result.document };
    }),
  );
  return dependencyOrder(descriptors).ordered;
}

function signInText(demo: DemoOrganisation): string {
  const roles = demo.users.map((user) => {
    const parts = Object.entries(user.teams).map(([team, role]) => `${role.toLowerCase()} of ${team}`);
    if (user.platformAdmin) parts.unshift('platform admin');
    return `                ${user.email.padEnd(22)} ${parts.join(', ')}`;
  });
  return [`  Demo sign-in  password "${demo.password}" for every demo user:`, ...roles, ''].join('\n');
}

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const demoDirectory = findDemoDirectory();
  const demo = demoOrganisationSchema.parse(parse(await readFile(join(demoDirectory, 'organisation.yaml'), 'utf8')));
  const descriptors = await readDescriptors(join(demoDirectory, 'descriptors'));

  const app = await NestFactory.createApplicationContext(DemoSeedModule.forRoot(config), { logger: ['error', 'warn'] });
  try {
    const organisation = await seedOrganisation(app.get(PrismaService), app.get(AuditService), demo);
    // The descriptors are applied by the demo's platform admin, so the audit log names a person.
    const request: RequestContext = {
      actor: {
        type: 'user',
        userId: organisation.adminUserId,
        tokenId: null,
        sessionId: null,
        isPlatformAdmin: true,
        teamRoles: new Map(),
        scopes: null,
      },
      requestId: `demo-seed-${randomUUID()}`,
    };
    const service = app.get(DescriptorsService);
    const outcomes: Record<ApplyOutcome, number> = { CREATED: 0, UPDATED: 0, UNCHANGED: 0 };
    for (const { id, document } of descriptors) {
      const result = await service.apply(request, { descriptor: document, dryRun: false }).catch((error: unknown) => {
        const issues = (error as { issues?: unknown }).issues;
        throw new Error(
          `${id}: ${error instanceof Error ? error.message : String(error)} ${JSON.stringify(issues ?? [])}`,
        );
      });
      outcomes[result.outcome] += 1;
    }
    process.stdout.write(
      `demo data: ${demo.teams.length} teams, ${demo.domains.length} domains, ${demo.users.length} users ` +
        `(${organisation.changes} changes); ${descriptors.length} data products ` +
        `(${outcomes.CREATED} created, ${outcomes.UPDATED} updated, ${outcomes.UNCHANGED} unchanged)\n`,
    );
    const loginFile = process.argv[2];
    if (loginFile) await writeFile(loginFile, signInText(demo));
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`seeding failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
