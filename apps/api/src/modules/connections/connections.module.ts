import { Module } from '@nestjs/common';
import { SecretsModule } from '../../infra/secrets/secrets.module';
import { ConnectionCodec } from './connection-codec';
import { ConnectionDirectory } from './connection-directory';
import { ConnectionsRepository } from './connections.repository';
import { PrincipalDirectory } from './principal-directory';
import { PrincipalsRepository } from './principals.repository';
import { StoredConnectionDirectory } from './stored-connection-directory';
import { StoredPrincipalDirectory } from './stored-principal-directory';

/**
 * Connections as other features use them: `ConnectionDirectory` (settings with secrets
 * decrypted) and `PrincipalDirectory` (a team's identity on a connection). Needs only Prisma
 * and SECRETS_KEY, so the worker imports it too; the GraphQL side is ConnectionsApiModule.
 */
@Module({
  imports: [SecretsModule],
  providers: [
    ConnectionsRepository,
    PrincipalsRepository,
    ConnectionCodec,
    { provide: ConnectionDirectory, useClass: StoredConnectionDirectory },
    { provide: PrincipalDirectory, useClass: StoredPrincipalDirectory },
  ],
  exports: [ConnectionDirectory, PrincipalDirectory, ConnectionsRepository, PrincipalsRepository, ConnectionCodec],
})
export class ConnectionsModule {}
