import { Injectable } from '@nestjs/common';
import type { TeamRole } from '@tessera/contracts';
import type { ApiTokenScope as PrismaScope } from '../../generated/prisma/enums';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { TransactionClient } from '../audit/audit.service';

/** Never read back: the cookie's hash and the CSRF token stay in the sessions table. */
const SESSION_SECRETS = { tokenHash: true, csrfToken: true } as const;

const userWithMemberships = { include: { memberships: { select: { teamId: true, role: true } } } } as const;

/** Sessions, API tokens and the users behind them. */
@Injectable()
export class IdentityRepository {
  constructor(private readonly prisma: PrismaService) {}

  findUserByEmailForSignIn(email: string) {
    return this.prisma.user.findUnique({ where: { email: email.toLowerCase() }, ...userWithMemberships });
  }

  findLiveSessionByTokenHash(tokenHash: string, now: Date) {
    return this.prisma.session.findFirst({
      where: { tokenHash, revokedAt: null, expiresAt: { gt: now } },
      include: { user: userWithMemberships },
    });
  }

  findLiveApiTokenByHash(tokenHash: string, now: Date) {
    return this.prisma.apiToken.findFirst({
      where: { tokenHash, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
      include: { user: userWithMemberships },
    });
  }

  createSession(
    tx: TransactionClient,
    data: {
      tokenHash: string;
      csrfToken: string;
      userId: string;
      expiresAt: Date;
      userAgent: string | null;
      ipAddress: string | null;
    },
  ) {
    return tx.session.create({ data });
  }

  revokeSessionByTokenHash(tx: TransactionClient, tokenHash: string, now: Date) {
    return tx.session.updateManyAndReturn({ where: { tokenHash, revokedAt: null }, data: { revokedAt: now } });
  }

  /** A user's sessions that still open the door: not revoked, not expired; newest first. */
  listLiveSessions(userId: string, now: Date) {
    return this.prisma.session.findMany({
      where: { userId, revokedAt: null, expiresAt: { gt: now } },
      orderBy: [{ lastSeenAt: 'desc' }, { id: 'asc' }],
      omit: SESSION_SECRETS,
    });
  }

  findSessionById(id: string) {
    return this.prisma.session.findUnique({ where: { id }, omit: SESSION_SECRETS });
  }

  /** Revokes the user's live sessions: the one `id`, or all but `keepId`; returns those revoked. */
  revokeLiveSessions(tx: TransactionClient, userId: string, only: { id?: string; keepId?: string }, now: Date) {
    return tx.session.updateManyAndReturn({
      // Prisma ignores a filter whose value is undefined.
      where: {
        userId,
        revokedAt: null,
        expiresAt: { gt: now },
        id: only.id,
        NOT: only.keepId ? { id: only.keepId } : undefined,
      },
      data: { revokedAt: now },
      omit: SESSION_SECRETS,
    });
  }

  /** Touches at most once a minute per row, so reads stay reads. */
  async touchSession(id: string, now: Date): Promise<void> {
    await this.prisma.session.updateMany({
      where: { id, lastSeenAt: { lt: new Date(now.getTime() - 60_000) } },
      data: { lastSeenAt: now },
    });
  }

  async touchApiToken(id: string, now: Date): Promise<void> {
    await this.prisma.apiToken.updateMany({
      where: { id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - 60_000) } }] },
      data: { lastUsedAt: now },
    });
  }

  createApiToken(
    tx: TransactionClient,
    data: {
      name: string;
      prefix: string;
      tokenHash: string;
      scopes: PrismaScope[];
      userId: string | null;
      teamId: string | null;
      teamRole: TeamRole | null;
      createdById: string | null;
      expiresAt: Date | null;
    },
  ) {
    return tx.apiToken.create({ data });
  }

  findApiTokenById(id: string) {
    return this.prisma.apiToken.findUnique({ where: { id } });
  }

  listApiTokens(owner: { userId: string } | { teamId: string }) {
    return this.prisma.apiToken.findMany({ where: owner, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }] });
  }

  revokeApiToken(tx: TransactionClient, id: string, now: Date) {
    return tx.apiToken.update({ where: { id }, data: { revokedAt: now } });
  }

  findUserForDisplay(id: string) {
    return this.prisma.user.findUniqueOrThrow({
      where: { id },
      select: { id: true, email: true, displayName: true, isPlatformAdmin: true },
    });
  }

  findTeamsByIds(ids: readonly string[]) {
    return this.prisma.team.findMany({ where: { id: { in: [...ids] } }, orderBy: { name: 'asc' } });
  }

  teamExists(teamId: string) {
    return this.prisma.team.count({ where: { id: teamId } }).then((count) => count > 0);
  }

  countUsersByEmail(email: string) {
    return this.prisma.user.count({ where: { email: email.toLowerCase() } });
  }

  createAdmin(tx: TransactionClient, email: string, passwordHash: string) {
    return tx.user.create({
      data: { email: email.toLowerCase(), displayName: 'Platform admin', passwordHash, isPlatformAdmin: true },
    });
  }

  transaction<T>(run: (tx: TransactionClient) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(run);
  }
}
