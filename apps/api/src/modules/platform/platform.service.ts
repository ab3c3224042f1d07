import { Inject, Injectable } from '@nestjs/common';
import { TESSERA_VERSION } from '@tessera/contracts';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { RedisService } from '../../infra/redis/redis.service';
import type { ApiInfo } from './models/api-info.model';
import { heartbeatKey } from './worker-heartbeat';

@Injectable()
export class PlatformService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly redis: RedisService,
  ) {}

  /** Public on purpose: tells a client which features to offer, nothing secret. */
  async apiInfo(): Promise<ApiInfo> {
    return {
      version: TESSERA_VERSION,
      environment: this.config.env,
      integrations: [
        { name: 'postgres', configured: true },
        { name: 'redis', configured: true },
        { name: 'kafka', configured: this.config.kafka !== null },
        { name: 'schemaRegistry', configured: this.config.schemaRegistry !== null },
      ],
      workerHeartbeatAt: await this.lastHeartbeat(),
    };
  }

  private async lastHeartbeat(): Promise<Date | null> {
    // Redis being down must not fail this query: the heartbeat is a hint, not a fact.
    const value = await this.redis.tryGet(heartbeatKey(this.config.redis.queuePrefix), this.config.readinessTimeoutMs);
    return value ? new Date(value) : null;
  }
}
