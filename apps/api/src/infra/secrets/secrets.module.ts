import { Global, Module } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { SecretBox } from './secret-box';

/**
 * Encryption of secrets at rest under SECRETS_KEY (`config.secretsKey`). Global, so every
 * feature (connections, notification channels) injects the same `SecretBox`.
 */
@Global()
@Module({
  providers: [
    {
      provide: SecretBox,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new SecretBox({ current: config.secretsKey }),
    },
  ],
  exports: [SecretBox],
})
export class SecretsModule {}
