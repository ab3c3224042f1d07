import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { GraphqlApiModule } from './infra/graphql/graphql-api.module';
import { HealthModule } from './infra/health/health.module';
import { KafkaModule } from './infra/kafka/kafka.module';
import { PrismaModule } from './infra/prisma/prisma.module';
import { QueueModule } from './infra/queue/queue.module';
import { RedisModule } from './infra/redis/redis.module';
import { SchemaRegistryModule } from './infra/registry/schema-registry.module';
import { SecretsModule } from './infra/secrets/secrets.module';
import { AccessModule } from './modules/access/access.module';
import { AuditModule } from './modules/audit/audit.module';
import { EventsModule } from './modules/events/events.module';
import { AuthorizationModule } from './modules/authorization/authorization.module';
import { ConnectionsApiModule } from './modules/connections/connections-api.module';
import { ContractsModule } from './modules/contracts/contracts.module';
import { DescriptorsModule } from './modules/descriptors/descriptors.module';
import { FreshnessModule } from './modules/freshness/freshness.module';
import { IdentityModule } from './modules/identity/identity.module';
import { NotificationChannelsModule } from './modules/notifications/notification-channels.module';
import { OrganisationModule } from './modules/organisation/organisation.module';
import { PlatformModule } from './modules/platform/platform.module';
import { ProductsModule } from './modules/products/products.module';
import { SchemasModule } from './modules/schemas/schemas.module';
import { SearchModule } from './modules/search/search.module';

/** Adapters to outside systems, and the change log (audit + outbox), shared by the API and the worker. */
export function infrastructureModules(config: AppConfig) {
  return [
    ConfigModule.forRoot(config),
    PrismaModule,
    RedisModule,
    KafkaModule,
    SchemaRegistryModule,
    SecretsModule,
    QueueModule,
    EventsModule,
    AuditModule,
  ];
}

/** The GraphQL API process. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...infrastructureModules(config),
        GraphqlApiModule,
        HealthModule,
        AuthorizationModule,
        IdentityModule,
        OrganisationModule,
        DescriptorsModule,
        ProductsModule,
        ContractsModule,
        NotificationChannelsModule,
        FreshnessModule,
        ConnectionsApiModule,
        AccessModule,
        SchemasModule,
        SearchModule,
        PlatformModule,
      ],
    };
  }
}
