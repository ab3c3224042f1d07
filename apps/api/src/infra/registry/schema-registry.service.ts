import { Inject, Injectable } from '@nestjs/common';
import { SchemaRegistry } from '@kafkajs/confluent-schema-registry';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { DomainError, ErrorCategory } from '../graphql/domain-error';
import { probe, notConfigured, type DependencyCheck, type DependencyStatus } from '../health/dependency-check';

/** The one adapter to the Confluent-compatible schema registry. */
@Injectable()
export class SchemaRegistryService implements DependencyCheck {
  readonly name = 'schemaRegistry';
  private readonly settings: AppConfig['schemaRegistry'];
  private client: SchemaRegistry | undefined;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.settings = config.schemaRegistry;
  }

  get configured(): boolean {
    return this.settings !== null;
  }

  registry(): SchemaRegistry {
    if (!this.settings) {
      throw new DomainError(
        ErrorCategory.UNAVAILABLE,
        'SCHEMA_REGISTRY_NOT_CONFIGURED',
        'The schema registry is not configured on this installation',
      );
    }
    this.client ??= new SchemaRegistry({ host: this.settings.url });
    return this.client;
  }

  async check(timeoutMs: number): Promise<DependencyStatus> {
    const settings = this.settings;
    if (!settings) return notConfigured;
    return probe(true, timeoutMs, async (signal) => {
      const response = await fetch(`${settings.url}/subjects`, { signal });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
    });
  }
}
