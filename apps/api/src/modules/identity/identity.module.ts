import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ActorResolverService } from './actor-resolver.service';
import { ApiTokenService } from './api-token.service';
import { AuthGuard } from './auth.guard';
import { BootstrapAdminService } from './bootstrap-admin.service';
import { IdentityRepository } from './identity.repository';
import { IdentityResolver } from './identity.resolver';
import { SessionService } from './session.service';
import { SessionsResolver } from './sessions.resolver';
import { TeamApiTokensResolver } from './team-api-tokens.resolver';
import { ViewerService } from './viewer.service';

@Global()
@Module({
  providers: [
    IdentityRepository,
    ActorResolverService,
    SessionService,
    ApiTokenService,
    ViewerService,
    IdentityResolver,
    SessionsResolver,
    TeamApiTokensResolver,
    BootstrapAdminService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [ActorResolverService, ApiTokenService],
})
export class IdentityModule {}
