import { randomUUID } from 'node:crypto';
import { slugSchema, TEAM_ROLES, type TeamRole } from '@tessera/contracts';
import { z } from 'zod';
import type { PrismaService } from '../infra/prisma/prisma.service';
import type { AuditService, TransactionClient } from '../modules/audit/audit.service';
import { ANONYMOUS, type RequestContext } from '../modules/identity/actor';
import { hashPassword, verifyPassword } from '../modules/identity/secrets';

/** scripts/demo/organisation.yaml: the teams, domains and users a platform admin sets up. */
export const demoOrganisationSchema = z
  .object({
    password: z.string().min(12),
    teams: z.array(
      z.object({ slug: slugSchema, name: z.string().min(1), description: z.string().default('') }).strict(),
    ),
    domains: z.array(
      z
        .object({ slug: slugSchema, name: z.string().min(1), team: slugSchema, description: z.string().default('') })
        .strict(),
    ),
    users: z.array(
      z
        .object({
          email: z.email(),
          displayName: z.string().min(1),
          platformAdmin: z.boolean().default(false),
          teams: z.record(slugSchema, z.enum(TEAM_ROLES)).default({}),
        })
        .strict(),
    ),
  })
  .strict();
export type DemoOrganisation = z.infer<typeof demoOrganisationSchema>;

export interface SeededOrganisation {
  /** The first platform admin: the demo's descriptors are applied as this user. */
  readonly adminUserId: string;
  /** Rows created or changed by this run; 0 on a second run. */
  readonly changes: number;
}

type Changes = { count: number };

/** Only the fields that differ, so an unchanged row is not written (its updatedAt stays). */
function differing<Row extends Record<string, unknown>>(row: Row, wanted: Partial<Row>): Partial<Row> {
  return Object.fromEntries(Object.entries(wanted).filter(([key, value]) => row[key] !== value)) as Partial<Row>;
}

const isEmpty = (value: object) => Object.keys(value).length === 0;

async function seedTeams(
  tx: TransactionClient,
  audit: AuditService,
  context: RequestContext,
  demo: DemoOrganisation,
  changes: Changes,
) {
  const teamIds = new Map<string, string>();
  for (const team of demo.teams) {
    const row = await tx.team.findUnique({ where: { slug: team.slug } });
    if (!row) {
      const created = await tx.team.create({ data: team });
      await audit.record(tx, context, {
        action: 'team.create',
        entityType: 'team',
        entityId: created.id,
        teamId: created.id,
        before: null,
        after: created,
      });
      teamIds.set(team.slug, created.id);
      changes.count += 1;
      continue;
    }
    const update = differing(row, { name: team.name, description: team.description });
    if (!isEmpty(update)) {
      const updated = await tx.team.update({ where: { id: row.id }, data: update });
      await audit.record(tx, context, {
        action: 'team.update',
        entityType: 'team',
        entityId: row.id,
        teamId: row.id,
        before: row,
        after: updated,
      });
      changes.count += 1;
    }
    teamIds.set(team.slug, row.id);
  }
  return teamIds;
}

async function seedDomains(
  tx: TransactionClient,
  audit: AuditService,
  context: RequestContext,
  demo: DemoOrganisation,
  teamIds: Map<string, string>,
  changes: Changes,
) {
  for (const { team, ...domain } of demo.domains) {
    const teamId = teamIds.get(team);
    if (!teamId) throw new Error(`domain ${domain.slug}: no team "${team}" in the demo organisation`);
    const row = await tx.domain.findUnique({ where: { slug: domain.slug } });
    if (!row) {
      const created = await tx.domain.create({ data: { ...domain, teamId } });
      await audit.record(tx, context, {
        action: 'domain.create',
        entityType: 'domain',
        entityId: created.id,
        teamId,
        before: null,
        after: created,
      });
      changes.count += 1;
      continue;
    }
    const update = differing(row, { name: domain.name, description: domain.description, teamId });
    if (!isEmpty(update)) {
      const updated = await tx.domain.update({ where: { id: row.id }, data: update });
      await audit.record(tx, context, {
        action: 'domain.update',
        entityType: 'domain',
        entityId: row.id,
        teamId,
        before: row,
        after: updated,
      });
      changes.count += 1;
    }
  }
}

async function seedMembership(
  tx: TransactionClient,
  audit: AuditService,
  context: RequestContext,
  membership: { teamId: string; userId: string; role: TeamRole },
  changes: Changes,
) {
  const { teamId, userId, role } = membership;
  const row = await tx.teamMembership.findUnique({ where: { teamId_userId: { teamId, userId } } });
  if (row?.role === role) return;
  const saved = row
    ? await tx.teamMembership.update({ where: { teamId_userId: { teamId, userId } }, data: { role } })
    : await tx.teamMembership.create({ data: membership });
  await audit.record(tx, context, {
    action: row ? 'team.member_role_changed' : 'team.member_added',
    entityType: 'team_membership',
    entityId: `${teamId}:${userId}`,
    teamId,
    before: row,
    after: saved,
  });
  changes.count += 1;
}

async function seedUsers(
  tx: TransactionClient,
  audit: AuditService,
  context: RequestContext,
  demo: DemoOrganisation,
  teamIds: Map<string, string>,
  changes: Changes,
): Promise<string | null> {
  let adminUserId: string | null = null;
  for (const user of demo.users) {
    const wanted = { displayName: user.displayName, isPlatformAdmin: user.platformAdmin };
    let row = await tx.user.findUnique({ where: { email: user.email } });
    // A fresh hash differs every time (salt), so only hash when the password does not already match.
    const passwordOk = row?.passwordHash ? await verifyPassword(row.passwordHash, demo.password) : false;
    const update = {
      ...(row ? differing(row, wanted) : wanted),
      ...(passwordOk ? {} : { passwordHash: await hashPassword(demo.password) }),
    };
    if (!row || !isEmpty(update)) {
      const before = row;
      row = row
        ? await tx.user.update({ where: { id: row.id }, data: update })
        : await tx.user.create({ data: { email: user.email, ...wanted, ...update } });
      const { passwordHash: _after, ...after } = row;
      await audit.record(tx, context, {
        action: before ? 'user.update' : 'user.create',
        entityType: 'user',
        entityId: row.id,
        teamId: null,
        before: before && { ...before, passwordHash: undefined },
        after,
      });
      changes.count += 1;
    }
    if (user.platformAdmin) adminUserId ??= row.id;
    for (const [slug, role] of Object.entries(user.teams)) {
      const teamId = teamIds.get(slug);
      if (!teamId) throw new Error(`user ${user.email}: no team "${slug}" in the demo organisation`);
      await seedMembership(tx, audit, context, { teamId, userId: row.id, role }, changes);
    }
  }
  return adminUserId;
}

/**
 * The platform setup before teams describe their products: teams, domains, users (with the
 * demo password, argon2id) and memberships, created or brought in line, in one transaction,
 * audited as the system. A second run finds everything in place and writes nothing.
 */
export async function seedOrganisation(
  prisma: PrismaService,
  audit: AuditService,
  demo: DemoOrganisation,
): Promise<SeededOrganisation> {
  const context: RequestContext = { actor: { ...ANONYMOUS }, requestId: `demo-seed-${randomUUID()}` };
  const changes: Changes = { count: 0 };
  const adminUserId = await prisma.$transaction(
    async (tx) => {
      const teamIds = await seedTeams(tx, audit, context, demo, changes);
      await seedDomains(tx, audit, context, demo, teamIds, changes);
      return seedUsers(tx, audit, context, demo, teamIds, changes);
    },
    { timeout: 60_000 },
  );
  if (!adminUserId) throw new Error('the demo organisation has no platform admin');
  return { adminUserId, changes: changes.count };
}
