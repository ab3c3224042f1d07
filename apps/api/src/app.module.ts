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
import { AuditModule } from './modules/audit/audit.module';
import { EventsModule } from './modules/events/events.module';
import { AuthorizationModule } from './modules/authorization/authorization.module';
import { DescriptorsModule } from './modules/descriptors/descriptors.module';
import { IdentityModule } from './modules/identity/identity.module';
import { OrganisationModule } from './modules/organisation/organisation.module';
import { PlatformModule } from './modules/platform/platform.module';
import { ProductsModule } from './modules/products/products.module';
import { SearchModule } from './modules/search/search.module';

/** Adapters to outside systems, and the change log (audit + outbox), shared by the API and the worker. */
export function infrastructureModules(config: AppConfig) {
  return [
    ConfigModule.forRoot(config),
    PrismaModule,
    RedisModule,
    KafkaModule,
    SchemaRegistryModule,
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
        SearchModule,
        PlatformModule,
      ],
    };
  }
}
