import { Logger } from '@nestjs/common';
import { Kafka, logLevel, type LogEntry, type SASLOptions } from 'kafkajs';
import type { KafkaClusterConnection } from './kafka-topic.target';

/**
 * Low-level reads through kafkajs's own Cluster and Broker objects: Metadata, ListOffsets
 * and Fetch at chosen offsets, with no consumer group at all. A kafkajs consumer always
 * joins a group (JoinGroup/SyncGroup round trips per check, a group left behind in the
 * coordinator, commits unless disabled); these three requests are what a "read the last
 * record" check needs, and they leave nothing on the broker.
 *
 * kafkajs keeps Cluster behind a private symbol of the client; the dependency is pinned to
 * an exact version (2.2.4) in package.json, and this file is the only place that reaches in.
 */

export const READ_COMMITTED = 1;
const EARLIEST = -2;
const LATEST = -1;

export interface FetchedRecord {
  readonly offset: string;
  readonly timestamp: string;
  readonly key: Buffer | null;
  readonly value: Buffer | null;
  readonly isControlRecord: boolean;
  readonly batchContext: {
    readonly firstOffset: string;
    readonly lastOffsetDelta: number;
    readonly producerId: string;
    readonly inTransaction: boolean;
    readonly isControlBatch: boolean;
    readonly timestampType: number;
  };
}

export interface AbortedTransaction {
  readonly producerId: string;
  readonly firstOffset: string;
}

export interface FetchedPartition {
  readonly messages: readonly FetchedRecord[];
  readonly abortedTransactions?: readonly AbortedTransaction[];
}

interface PartitionMetadata {
  readonly partitionId: number;
  readonly leader: number;
}

interface InternalBroker {
  metadata(topics: string[]): Promise<{
    topicMetadata: { topic: string; partitionMetadata: PartitionMetadata[] }[];
  }>;
  listOffsets(request: {
    isolationLevel: number;
    topics: { topic: string; partitions: { partition: number; timestamp: number }[] }[];
  }): Promise<{ responses: { topic: string; partitions: { partition: number; offset: string }[] }[] }>;
  fetch(request: {
    isolationLevel: number;
    maxWaitTime: number;
    minBytes: number;
    maxBytes: number;
    topics: { topic: string; partitions: { partition: number; fetchOffset: string; maxBytes: number }[] }[];
  }): Promise<{ responses: { partitions: FetchedPartition[] }[] }>;
}

interface InternalCluster {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  isConnected(): boolean;
  findBroker(request: { nodeId: string }): Promise<InternalBroker>;
  brokerPool: {
    findConnectedBroker(): Promise<InternalBroker>;
    refreshMetadata(topics: string[]): Promise<void>;
    brokers: Record<string, unknown>;
  };
}

type ClusterFactory = (options: { allowAutoTopicCreation: boolean; isolationLevel: number }) => InternalCluster;

export interface KafkaClientSettings {
  readonly connectionTimeoutMs: number;
  readonly requestTimeoutMs: number;
}

const kafkaLogger = new Logger('FreshnessKafka');

/** A failed check is reported in its outcome; the client's own chatter is debug output. */
function quietLogCreator() {
  return ({ log }: LogEntry) => {
    const { message, ...extra } = log;
    kafkaLogger.debug(`${message} ${JSON.stringify(extra)}`);
  };
}

function saslOptions(connection: KafkaClusterConnection): SASLOptions | undefined {
  const sasl = connection.sasl;
  if (!sasl) return undefined;
  return { mechanism: sasl.mechanism, username: sasl.username, password: sasl.password };
}

/** Reads one monitored cluster; one per connection, shared by every check on it. */
export class KafkaLogClient {
  private readonly cluster: InternalCluster;

  constructor(connection: KafkaClusterConnection, settings: KafkaClientSettings) {
    const kafka = new Kafka({
      clientId: connection.clientId,
      brokers: [...connection.brokers],
      ssl: connection.ssl,
      sasl: saslOptions(connection),
      connectionTimeout: settings.connectionTimeoutMs,
      requestTimeout: settings.requestTimeoutMs,
      // One quick retry for a blip; a broker that is down is reported now, not after backoff.
      retry: { retries: 1, initialRetryTime: 100, maxRetryTime: 500 },
      logLevel: logLevel.WARN,
      logCreator: quietLogCreator,
    });
    const symbol = Object.getOwnPropertySymbols(kafka).find((s) => s.description === 'private:Kafka:createCluster');
    const createCluster = symbol ? ((kafka as unknown as Record<symbol, unknown>)[symbol] as ClusterFactory) : null;
    if (typeof createCluster !== 'function') {
      throw new Error('kafkajs internals changed: no cluster factory (the checker needs kafkajs 2.2.x)');
    }
    // Never auto-create: asking about a missing topic must answer TOPIC_NOT_FOUND, not make one.
    this.cluster = createCluster({ allowAutoTopicCreation: false, isolationLevel: READ_COMMITTED });
  }

  get connected(): boolean {
    return this.cluster.isConnected();
  }

  /** Partition ids and their leader broker ids; throws UNKNOWN_TOPIC_OR_PARTITION for a missing topic. */
  async partitionLeaders(topic: string): Promise<Map<number, string>> {
    await this.cluster.connect();
    const broker = await this.cluster.brokerPool.findConnectedBroker();
    const metadata = await broker.metadata([topic]);
    const partitions = metadata.topicMetadata.find((entry) => entry.topic === topic)?.partitionMetadata ?? [];
    const leaders = new Map(partitions.map((p) => [p.partitionId, String(p.leader)]));
    // The pool learns broker addresses from metadata; refresh once when a leader is new to it.
    const known = this.cluster.brokerPool.brokers;
    if ([...leaders.values()].some((nodeId) => !(nodeId in known))) {
      await this.cluster.brokerPool.refreshMetadata([topic]);
    }
    return leaders;
  }

  /**
   * The readable range of each partition: from the log start offset to the last stable
   * offset (the high watermark, minus any transaction still open), read_committed.
   */
  async offsetRanges(
    topic: string,
    leaders: ReadonlyMap<number, string>,
  ): Promise<Map<number, { start: bigint; end: bigint }>> {
    const byLeader = new Map<string, number[]>();
    for (const [partition, leader] of leaders) byLeader.set(leader, [...(byLeader.get(leader) ?? []), partition]);
    const ranges = new Map<number, { start: bigint; end: bigint }>();
    await Promise.all(
      [...byLeader].map(async ([nodeId, partitions]) => {
        const broker = await this.cluster.findBroker({ nodeId });
        const list = (timestamp: number) =>
          broker.listOffsets({
            isolationLevel: READ_COMMITTED,
            topics: [{ topic, partitions: partitions.map((partition) => ({ partition, timestamp })) }],
          });
        const [earliest, latest] = await Promise.all([list(EARLIEST), list(LATEST)]);
        const offsetsOf = (response: Awaited<ReturnType<typeof list>>) =>
          new Map(response.responses.flatMap((r) => r.partitions).map((p) => [p.partition, BigInt(p.offset)]));
        const starts = offsetsOf(earliest);
        const ends = offsetsOf(latest);
        for (const partition of partitions) {
          ranges.set(partition, { start: starts.get(partition) ?? 0n, end: ends.get(partition) ?? 0n });
        }
      }),
    );
    return ranges;
  }

  /** One Fetch of one partition from `offset`, read_committed; returns at once, never waits for data. */
  async fetch(
    topic: string,
    partition: number,
    leader: string,
    offset: bigint,
    maxBytes: number,
    maxWaitMs: number,
  ): Promise<FetchedPartition> {
    const broker = await this.cluster.findBroker({ nodeId: leader });
    const response = await broker.fetch({
      isolationLevel: READ_COMMITTED,
      // minBytes 0 answers immediately; maxWaitTime also sizes kafkajs's request timeout.
      maxWaitTime: maxWaitMs,
      minBytes: 0,
      maxBytes,
      topics: [{ topic, partitions: [{ partition, fetchOffset: offset.toString(), maxBytes }] }],
    });
    return response.responses[0]?.partitions[0] ?? { messages: [] };
  }

  async earliestOffset(topic: string, partition: number, leader: string): Promise<bigint> {
    const broker = await this.cluster.findBroker({ nodeId: leader });
    const response = await broker.listOffsets({
      isolationLevel: READ_COMMITTED,
      topics: [{ topic, partitions: [{ partition, timestamp: EARLIEST }] }],
    });
    return BigInt(response.responses[0]?.partitions[0]?.offset ?? '0');
  }

  async close(): Promise<void> {
    await this.cluster.disconnect();
  }
}
