import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { TransactionClient } from '../../audit/audit.service';
import { ConnectionDirectory, type SchemaRegistrySettings } from '../../connections/connection-directory';
import type { PortWithProduct } from '../schemas.repository';
import { RegistryClient } from './registry-client';

/** A port's place in a registry: the client for its cluster's registry and its subject. */
export interface PortRegistry {
  readonly client: RegistryClient;
  readonly subject: string;
}

/**
 * Finds the schema registry of a Kafka port: the port's `location.cluster` names a Kafka
 * cluster connection, and that connection may name a registry. Ports of other kinds, clusters
 * Tessera does not know and clusters without a registry have none: their schemas live in
 * Tessera only.
 */
@Injectable()
export class PortRegistries implements OnApplicationShutdown {
  private readonly logger = new Logger('PortRegistries');
  private readonly clients = new Map<string, { key: string; client: RegistryClient }>();

  constructor(private readonly directory: ConnectionDirectory) {}

  /** `tx`: the caller's transaction, when it holds one (see ConnectionDirectory.kafkaCluster). */
  async forPort(
    port: Pick<PortWithProduct, 'kind' | 'location' | 'registrySubject'>,
    tx?: TransactionClient,
  ): Promise<PortRegistry | null> {
    if (port.kind !== 'KAFKA_TOPIC') return null;
    const cluster = typeof port.location.cluster === 'string' ? port.location.cluster : null;
    const topic = typeof port.location.topic === 'string' ? port.location.topic : null;
    if (!cluster || !topic) return null;
    const settings = await this.directory.kafkaCluster(cluster, tx);
    if (!settings) {
      this.logger.warn(`port location names Kafka cluster ${cluster}, which is not registered`);
      return null;
    }
    if (!settings.registry) return null;
    return { client: this.clientFor(settings.registry), subject: port.registrySubject ?? defaultSubject(topic) };
  }

  /** One client per registry connection, replaced when its settings change (a rotated password). */
  private clientFor(settings: SchemaRegistrySettings): RegistryClient {
    const key = JSON.stringify(settings);
    const cached = this.clients.get(settings.id);
    if (cached?.key === key) return cached.client;
    const client = new RegistryClient(settings);
    this.clients.set(settings.id, { key, client });
    return client;
  }

  onApplicationShutdown(): void {
    this.clients.clear();
  }
}

/** Confluent's TopicNameStrategy for record values. */
export function defaultSubject(topic: string): string {
  return `${topic}-value`;
}
