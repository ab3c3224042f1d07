import { Kafka, logLevel, type Admin, type KafkaConfig, type SASLOptions } from 'kafkajs';
import { resolveConnection, type ConnectionLookup } from '../connection-lookup';
import { groupBy } from '../group-by';
import type { GrantInspection, GrantProvisioner, KafkaAclGrantRecord, KafkaTopicGrantSpec } from '../grant-provisioner';
import {
  containsBinding,
  exactFilter,
  kafkaAclRecordsFor,
  parseKafkaAclGrantRecords,
  parseKafkaTopicGrantSpec,
  readsAnyTopic,
  toAclEntry,
  topicReadFilters,
} from './kafka-acl-bindings';
import { classifyKafkaError } from './kafka-errors';

/** How the platform reaches a Kafka cluster as a principal allowed to manage ACLs. */
export interface KafkaClusterConnection {
  readonly brokers: readonly string[];
  readonly sasl?: {
    readonly mechanism: 'plain' | 'scram-sha-256' | 'scram-sha-512';
    readonly username: string;
    readonly password: string;
  };
  readonly ssl?: boolean;
}

export interface KafkaTopicProvisionerOptions {
  readonly clientId?: string;
  readonly connectionTimeoutMs?: number;
  readonly requestTimeoutMs?: number;
  /** kafkajs's own retries within one call; the provisioning job's backoff comes on top. */
  readonly retries?: number;
}

/**
 * Read access to a topic as Kafka ACLs, managed through the admin API. A fresh admin client
 * per call: provisioning is rare, and a dead broker must fail this call, not a shared client.
 */
export class KafkaTopicProvisioner implements GrantProvisioner<'KAFKA_TOPIC'> {
  readonly portKind = 'KAFKA_TOPIC' as const;
  private readonly options: Required<KafkaTopicProvisionerOptions>;

  constructor(
    private readonly clusters: ConnectionLookup<KafkaClusterConnection>,
    options: KafkaTopicProvisionerOptions = {},
  ) {
    this.options = {
      clientId: options.clientId ?? 'tessera-provisioner',
      connectionTimeoutMs: options.connectionTimeoutMs ?? 3000,
      requestTimeoutMs: options.requestTimeoutMs ?? 10_000,
      retries: options.retries ?? 2,
    };
  }

  async grant(spec: KafkaTopicGrantSpec): Promise<KafkaAclGrantRecord[]> {
    const valid = parseKafkaTopicGrantSpec(spec);
    const records = kafkaAclRecordsFor(valid);
    // createAcls is idempotent: a binding that exists already is simply there once.
    await this.withAdmin(valid.location.cluster, (admin) => admin.createAcls({ acl: records.map(toAclEntry) }));
    return records;
  }

  async restore(records: readonly KafkaAclGrantRecord[]): Promise<void> {
    for (const [cluster, bindings] of groupBy(parseKafkaAclGrantRecords(records), (record) => record.cluster)) {
      await this.withAdmin(cluster, (admin) => admin.createAcls({ acl: bindings.map(toAclEntry) }));
    }
  }

  async revoke(records: readonly KafkaAclGrantRecord[]): Promise<void> {
    for (const [cluster, bindings] of groupBy(parseKafkaAclGrantRecords(records), (record) => record.cluster)) {
      await this.withAdmin(cluster, async (admin) => {
        const own = bindings.filter((record) => !record.shared);
        // Exact filters delete only these bindings; deleting a missing one matches nothing.
        if (own.length > 0) await admin.deleteAcls({ filters: own.map(exactFilter) });
        for (const shared of bindings.filter((record) => record.shared)) {
          if (await this.stillReadsTopics(admin, shared.principal, own)) continue;
          await admin.deleteAcls({ filters: [exactFilter(shared)] });
        }
      });
    }
  }

  async inspect(records: readonly KafkaAclGrantRecord[]): Promise<GrantInspection<KafkaAclGrantRecord>[]> {
    const valid = parseKafkaAclGrantRecords(records);
    const present = valid.map(() => false);
    const indexed = valid.map((record, index) => ({ record, index }));
    for (const [cluster, entries] of groupBy(indexed, (entry) => entry.record.cluster)) {
      await this.withAdmin(cluster, async (admin) => {
        for (const { record, index } of entries) {
          const { resources } = await admin.describeAcls(exactFilter(record));
          present[index] = containsBinding(resources, record);
        }
      });
    }
    return records.map((record, index) => ({ record, present: present[index] ?? false }));
  }

  /**
   * The consumer-group binding serves every topic the team reads on the cluster, so it stays
   * while any topic ACL (from another grant, or made by hand) still lets the principal read.
   */
  private async stillReadsTopics(
    admin: Admin,
    principal: string,
    beingRemoved: readonly KafkaAclGrantRecord[],
  ): Promise<boolean> {
    for (const filter of topicReadFilters(principal)) {
      const { resources } = await admin.describeAcls(filter);
      if (readsAnyTopic(resources, beingRemoved)) return true;
    }
    return false;
  }

  private async withAdmin<T>(cluster: string, run: (admin: Admin) => Promise<T>): Promise<T> {
    const connection = await resolveConnection(this.clusters, cluster, 'Kafka cluster');
    const admin = new Kafka(this.clientConfig(connection)).admin();
    try {
      await admin.connect();
      return await run(admin);
    } catch (error) {
      throw classifyKafkaError(error, cluster);
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }

  private clientConfig(connection: KafkaClusterConnection): KafkaConfig {
    const sasl: SASLOptions | undefined = connection.sasl && { ...connection.sasl };
    return {
      clientId: this.options.clientId,
      brokers: [...connection.brokers],
      ssl: connection.ssl ?? false,
      sasl,
      connectionTimeout: this.options.connectionTimeoutMs,
      requestTimeout: this.options.requestTimeoutMs,
      retry: { retries: this.options.retries, initialRetryTime: 200, maxRetryTime: 2000 },
      // Failures reach the caller as typed errors; kafkajs's own log lines would repeat them.
      logLevel: logLevel.NOTHING,
    };
  }
}
