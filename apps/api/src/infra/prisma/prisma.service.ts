import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { PrismaClient } from '../../generated/prisma/client';
import { probe, type DependencyCheck, type DependencyStatus } from '../health/dependency-check';

/** The application's Prisma client, over node-postgres through the driver adapter. */
@Injectable()
export class PrismaService extends PrismaClient implements DependencyCheck, OnApplicationShutdown {
  readonly name = 'postgres';

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super({
      adapter: new PrismaPg({
        connectionString: config.database.url,
        max: config.database.poolSize,
        connectionTimeoutMillis: 5_000,
      }),
      // Query events feed `statementCount`, which tests and benchmarks read; nothing is logged.
      log: [{ emit: 'event', level: 'query' }],
    });
    (this as unknown as PrismaClient<'query'>).$on('query', () => {
      this.statements += 1;
    });
  }

  private statements = 0;

  /**
   * How many SQL statements this client has sent since it started, for tests and benchmarks
   * that check statements per request do not grow with list sizes. Not for application logic.
   */
  get statementCount(): number {
    return this.statements;
  }

  check(timeoutMs: number): Promise<DependencyStatus> {
    return probe(true, timeoutMs, () => this.$queryRaw`SELECT 1`);
  }

  // Released last, after the worker has drained its in-flight jobs (in onModuleDestroy).
  async onApplicationShutdown(): Promise<void> {
    await this.$disconnect();
  }
}
