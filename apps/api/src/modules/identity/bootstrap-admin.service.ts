import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { AuditService } from '../audit/audit.service';
import { ANONYMOUS } from './actor';
import { IdentityRepository } from './identity.repository';
import { hashPassword } from './secrets';

/**
 * Creates the first platform admin from BOOTSTRAP_ADMIN_EMAIL/PASSWORD when no user has that
 * address. Replicas booting together race on the unique email; the loser simply finds it.
 */
@Injectable()
export class BootstrapAdminService implements OnApplicationBootstrap {
  private readonly logger = new Logger('BootstrapAdmin');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly identity: IdentityRepository,
    private readonly audit: AuditService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const admin = this.config.auth.bootstrapAdmin;
    if (!admin || (await this.identity.countUsersByEmail(admin.email)) > 0) return;
    const passwordHash = await hashPassword(admin.password);
    try {
      await this.identity.transaction(async (tx) => {
        const user = await this.identity.createAdmin(tx, admin.email, passwordHash);
        const { passwordHash: _secret, ...after } = user;
        await this.audit.record(
          tx,
          { actor: { ...ANONYMOUS }, requestId: `bootstrap-${randomUUID()}` },
          { action: 'user.create', entityType: 'user', entityId: user.id, teamId: null, before: null, after },
        );
      });
      this.logger.log(`created the bootstrap platform admin ${admin.email}`);
    } catch (error) {
      if ((await this.identity.countUsersByEmail(admin.email)) === 0) throw error;
    }
  }
}
