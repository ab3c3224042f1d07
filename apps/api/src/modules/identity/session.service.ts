import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { AuditService, type TransactionClient } from '../audit/audit.service';
import { AuthorizationService } from '../authorization/authorization.service';
import type { RequestContext } from './actor';
import { identityError } from './identity.errors';
import { IdentityRepository } from './identity.repository';
import { hashPassword, hashToken, randomSecret, verifyPassword } from './secrets';

export interface SignInMeta {
  readonly userAgent: string | null;
  readonly ipAddress: string | null;
  /** The session cookie the browser already had, revoked on sign-in (rotation). */
  readonly previousSessionToken: string | null;
}

export interface NewSession {
  readonly token: string;
  readonly csrfToken: string;
  readonly expiresAt: Date;
  readonly userId: string;
}

/** Compared against when the address is unknown, so timing does not reveal which addresses exist. */
const DUMMY_HASH = hashPassword(randomSecret());

@Injectable()
export class SessionService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly identity: IdentityRepository,
    private readonly audit: AuditService,
    private readonly authorization: AuthorizationService,
  ) {}

  /** Public by nature: verifies the password, rotates any previous session, opens a new one. */
  async signIn(request: RequestContext, email: string, password: string, meta: SignInMeta): Promise<NewSession> {
    const user = await this.identity.findUserByEmailForSignIn(email);
    const valid = user?.passwordHash
      ? await verifyPassword(user.passwordHash, password)
      : await verifyPassword(await DUMMY_HASH, password).then(() => false);
    if (!user || !valid) throw identityError('INVALID_CREDENTIALS');

    const now = new Date();
    const token = randomSecret();
    const csrfToken = randomSecret(24);
    const expiresAt = new Date(now.getTime() + this.config.auth.sessionTtlHours * 3_600_000);
    const actor = { ...request.actor, type: 'user' as const, userId: user.id, isPlatformAdmin: user.isPlatformAdmin };
    await this.identity.transaction(async (tx) => {
      if (meta.previousSessionToken)
        await this.identity.revokeSessionByTokenHash(tx, hashToken(meta.previousSessionToken), now);
      const session = await this.identity.createSession(tx, {
        tokenHash: hashToken(token),
        csrfToken,
        userId: user.id,
        expiresAt,
        userAgent: meta.userAgent,
        ipAddress: meta.ipAddress,
      });
      await this.audit.record(
        tx,
        { ...request, actor: { ...actor, sessionId: session.id } },
        {
          action: 'session.create',
          entityType: 'session',
          entityId: session.id,
          teamId: null,
          before: null,
          after: { userId: user.id, expiresAt, userAgent: meta.userAgent },
        },
      );
    });
    return { token, csrfToken, expiresAt, userId: user.id };
  }

  /** Revokes the session server-side, so a copied cookie stops working too. */
  async signOut(request: RequestContext, sessionToken: string | null): Promise<boolean> {
    if (!sessionToken || request.actor.type !== 'user') return false;
    const now = new Date();
    return this.identity.transaction(async (tx) => {
      const revoked = await this.identity.revokeSessionByTokenHash(tx, hashToken(sessionToken), now);
      await this.auditRevocations(tx, request, revoked, now);
      return revoked.length > 0;
    });
  }

  /** The signed-in user's live browser sessions, the one asking among them. */
  listOwn(request: RequestContext) {
    this.authorization.assert(request.actor, 'session.manageOwn');
    return this.identity.listLiveSessions(request.actor.userId ?? '', new Date());
  }

  /**
   * Signs one of the user's own sessions out (a browser left signed in elsewhere). Another
   * user's session answers SESSION_NOT_FOUND, for admins too; an ended one is returned as is.
   */
  async revokeOwn(request: RequestContext, id: string) {
    this.authorization.assert(request.actor, 'session.manageOwn');
    const [revoked] = await this.revokeLive(request, { id });
    if (revoked) return revoked;
    // Nothing live matched: an ended session of the user's, or nothing the user may see.
    const session = await this.identity.findSessionById(id);
    if (!session || session.userId !== request.actor.userId) throw identityError('SESSION_NOT_FOUND');
    return session;
  }

  /** "Sign out everywhere else": every live session of the user but the one asking. */
  async revokeOthers(request: RequestContext): Promise<number> {
    this.authorization.assert(request.actor, 'session.manageOwn');
    return (await this.revokeLive(request, { keepId: request.actor.sessionId ?? undefined })).length;
  }

  /** Revokes the asking user's live sessions that `only` selects, auditing each, in one transaction. */
  private revokeLive(request: RequestContext, only: { id?: string; keepId?: string }) {
    const now = new Date();
    return this.identity.transaction(async (tx) => {
      const rows = await this.identity.revokeLiveSessions(tx, request.actor.userId ?? '', only, now);
      await this.auditRevocations(tx, request, rows, now);
      return rows;
    });
  }

  private async auditRevocations(
    tx: TransactionClient,
    request: RequestContext,
    sessions: readonly { id: string }[],
    now: Date,
  ): Promise<void> {
    for (const session of sessions) {
      await this.audit.record(tx, request, {
        action: 'session.revoke',
        entityType: 'session',
        entityId: session.id,
        teamId: null,
        before: { revokedAt: null },
        after: { revokedAt: now },
      });
    }
  }
}
