import { Controller, Get, Inject, Optional, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { KafkaService } from '../kafka/kafka.service';
import { PrismaService } from '../prisma/prisma.service';
import { RedisService } from '../redis/redis.service';
import { SchemaRegistryService } from '../registry/schema-registry.service';
import {
  READINESS_DETAILS,
  type DependencyCheck,
  type DependencyStatus,
  type ReadinessDetail,
} from './dependency-check';

export interface ReadinessReport {
  readonly status: 'ready' | 'not_ready';
  readonly checks: Record<string, DependencyStatus>;
  readonly details: Record<string, Record<string, unknown>>;
}

/** Liveness and readiness probes for orchestrators and load balancers. */
@Controller()
export class HealthController {
  private readonly checks: readonly DependencyCheck[];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    prisma: PrismaService,
    redis: RedisService,
    kafka: KafkaService,
    registry: SchemaRegistryService,
    @Optional() @Inject(READINESS_DETAILS) private readonly details: ReadinessDetail[] = [],
  ) {
    this.checks = [prisma, redis, kafka, registry];
  }

  /** Alive: the process answers. Never touches a dependency, so a restart cannot cascade. */
  @Get('healthz')
  healthz(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Ready: every required dependency answers; each one is reported either way. */
  @Get('readyz')
  async readyz(@Res({ passthrough: true }) reply: FastifyReply): Promise<ReadinessReport> {
    const results = await Promise.all(
      this.checks.map(async (check) => [check.name, await check.check(this.config.readinessTimeoutMs)] as const),
    );
    const ready = results.every(([, result]) => !result.required || result.status === 'up');
    void reply.status(ready ? 200 : 503);
    const details = await Promise.all(
      this.details.map(
        async (detail) =>
          [detail.name, await detail.read().catch((error: unknown) => ({ error: String(error) }))] as const,
      ),
    );
    return {
      status: ready ? 'ready' : 'not_ready',
      checks: Object.fromEntries(results),
      details: Object.fromEntries(details),
    };
  }
}
