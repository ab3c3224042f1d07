import { Module } from '@nestjs/common';
import { ConnectionRegistrationService } from './connection-registration.service';
import { ConnectionTestService } from './connection-test.service';
import { ConnectionTester } from './connection-tester';
import { ConnectionsModule } from './connections.module';
import { ConnectionsService } from './connections.service';
import { ConnectionsResolver, KafkaClusterResolver } from './connections.resolver';
import { PrincipalsService } from './principals.service';
import { TeamPrincipalsResolver } from './principals.resolver';

/** The GraphQL side of connections and team principals; the API process only. */
@Module({
  imports: [ConnectionsModule],
  providers: [
    ConnectionTester,
    ConnectionsService,
    ConnectionRegistrationService,
    ConnectionTestService,
    PrincipalsService,
    ConnectionsResolver,
    KafkaClusterResolver,
    TeamPrincipalsResolver,
  ],
})
export class ConnectionsApiModule {}
