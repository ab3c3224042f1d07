import { Inject, Injectable, Logger } from '@nestjs/common';
import { Kafka, logLevel, type KafkaConfig, type LogEntry } from 'kafkajs';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { probe, notConfigured, type DependencyCheck, type DependencyStatus } from '../health/dependency-check';
import { DomainError, ErrorCategory } from '../graphql/domain-error';

const kafkaLogger = new Logger('Kafka');

function logCreator() {
  return ({ level, log }: LogEntry) => {
    const { message, ...extra } = log;
    const line = `${message} ${JSON.stringify(extra)}`;
    if (level === logLevel.ERROR) kafkaLogger.error(line);
    else if (level === logLevel.WARN) kafkaLogger.warn(line);
    else kafkaLogger.debug(line);
  };
}

/** The one adapter to Kafka. Absent configuration is a state, not an error, until used. */
@Injectable()
export class KafkaService implements DependencyCheck {
  readonly name = 'kafka';
  private readonly settings: AppConfig['kafka'];
  private client: Kafka | undefined;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.settings = config.kafka;
  }

  get configured(): boolean {
    return this.settings !== null;
  }

  /** The shared kafkajs client; refuses with UNAVAILABLE when Kafka is not configured. */
  kafka(): Kafka {
    if (!this.settings) {
      throw new DomainError(
        ErrorCategory.UNAVAILABLE,
        'KAFKA_NOT_CONFIGURED',
        'Kafka is not configured on this installation',
      );
    }
    this.client ??= new Kafka(this.clientConfig(this.settings));
    return this.client;
  }

  async check(timeoutMs: number): Promise<DependencyStatus> {
    const settings = this.settings;
    if (!settings) return notConfigured;
    return probe(true, timeoutMs, async () => {
      // A fresh admin without retries, so a dead broker is reported now, not after backoff.
      const admin = new Kafka({
        ...this.clientConfig(settings),
        connectionTimeout: timeoutMs,
        retry: { retries: 0 },
        // A dead broker is the answer, reported in the probe result, not an error to log.
        logLevel: logLevel.NOTHING,
      }).admin();
      try {
        await admin.connect();
        await admin.describeCluster();
      } finally {
        await admin.disconnect().catch(() => undefined);
      }
    });
  }

  private clientConfig(settings: NonNullable<AppConfig['kafka']>): KafkaConfig {
    return {
      clientId: settings.clientId,
      brokers: [...settings.brokers],
      logLevel: logLevel.WARN,
      logCreator,
    };
  }
}
