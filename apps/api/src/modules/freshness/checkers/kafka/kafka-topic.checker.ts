import { SchemaRegistry } from '@kafkajs/confluent-schema-registry';
import { Inject, Injectable, Optional } from '@nestjs/common';
import {
  CheckFailure,
  emptyOutcome,
  okOutcome,
  type CheckDetails,
  type CheckOptions,
  type CheckOutcome,
} from '../check-outcome';
import { ConnectionCache } from '../connection-cache';
import type { Deadline } from '../deadline';
import { runCheck, type FreshnessChecker } from '../freshness-checker';
import { timestampFromValue } from '../timestamp-value';
import { KafkaTopicCheckError, mapKafkaError } from './kafka-check-errors';
import { KafkaLogClient, type FetchedRecord } from './kafka-log-client';
import {
  kafkaTopicTargetSchema,
  type KafkaClusterConnection,
  type KafkaTimestampSource,
  type KafkaTopicTarget,
  type SchemaRegistryConnection,
} from './kafka-topic.target';
import { scanTail, type TailScanSettings } from './partition-tail';
import { decodeRecordValue, readFieldPath } from './record-value';

export interface KafkaTopicCheckerSettings extends TailScanSettings {
  readonly connectionTimeoutMs: number;
  readonly requestTimeoutMs: number;
  /** Per Fetch; the broker still returns one whole batch when it is larger. */
  readonly fetchMaxBytes: number;
  /** Partitions of one topic read at the same time. */
  readonly partitionConcurrency: number;
  /** A cluster client unused for this long is disconnected. */
  readonly idleConnectionMs: number;
}

export const KAFKA_TOPIC_CHECKER_SETTINGS = Symbol('KAFKA_TOPIC_CHECKER_SETTINGS');

export const defaultKafkaTopicCheckerSettings: KafkaTopicCheckerSettings = {
  connectionTimeoutMs: 3000,
  requestTimeoutMs: 10_000,
  initialTailRecords: 8,
  maxScanRecords: 4096,
  fetchMaxBytes: 1024 * 1024,
  partitionConcurrency: 16,
  idleConnectionMs: 10 * 60_000,
};

/** The newest data time found in one partition's tail. */
interface PartitionNewest {
  readonly time: number;
  readonly offset: string;
  readonly timestampType: 'CREATE_TIME' | 'LOG_APPEND_TIME';
}

/** The tail held values, but none with the field (VALUE_FIELD only). */
interface FieldMissing {
  readonly fieldMissing: true;
  readonly offset: string;
}

type PartitionFinding = PartitionNewest | FieldMissing;

const LOG_APPEND_TIME = 1;

async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  run: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await run(items[index]!);
    }
  });
  await Promise.all(lanes);
  return results;
}

/**
 * KAFKA_TOPIC: the newest data time across a topic's partitions. Per partition, lists the
 * readable range (log start to last stable offset, read_committed) and reads backwards from
 * its end until it finds committed data records; observedAt is the newest record time (or
 * value field) among them, then the newest across partitions. See docs/freshness-checks.md.
 */
@Injectable()
export class KafkaTopicChecker implements FreshnessChecker<KafkaTopicTarget> {
  readonly kind = 'KAFKA_TOPIC';
  readonly targetSchema = kafkaTopicTargetSchema;
  private readonly settings: KafkaTopicCheckerSettings;
  private readonly clients: ConnectionCache<KafkaClusterConnection, KafkaLogClient>;
  private readonly registries: ConnectionCache<SchemaRegistryConnection, SchemaRegistry>;

  constructor(@Optional() @Inject(KAFKA_TOPIC_CHECKER_SETTINGS) settings?: Partial<KafkaTopicCheckerSettings>) {
    this.settings = { ...defaultKafkaTopicCheckerSettings, ...settings };
    this.clients = new ConnectionCache({
      open: (connection) => new KafkaLogClient(connection, this.settings),
      close: (client) => client.close(),
      idleMs: this.settings.idleConnectionMs,
    });
    this.registries = new ConnectionCache({
      open: (connection) =>
        new SchemaRegistry({
          host: connection.url,
          clientId: 'tessera-freshness',
          auth: connection.username
            ? { username: connection.username, password: connection.password ?? '' }
            : undefined,
        }),
      close: () => Promise.resolve(),
      idleMs: this.settings.idleConnectionMs,
    });
  }

  check(target: KafkaTopicTarget, options: CheckOptions): Promise<CheckOutcome> {
    let client: KafkaLogClient | undefined;
    return runCheck(
      options,
      (deadline) => {
        client = this.clients.acquire(target.cluster);
        return this.observe(client, target, deadline);
      },
      (error) => mapKafkaError(error, client?.connected ?? false),
    );
  }

  async close(): Promise<void> {
    await Promise.all([this.clients.closeAll(), this.registries.closeAll()]);
  }

  private async observe(client: KafkaLogClient, target: KafkaTopicTarget, deadline: Deadline): Promise<CheckOutcome> {
    const { topic } = target;
    const leaders = await client.partitionLeaders(topic);
    if (leaders.size === 0) throw new CheckFailure(KafkaTopicCheckError.TOPIC_NOT_FOUND, `no topic ${topic}`);
    const ranges = await client.offsetRanges(topic, leaders);
    const nonEmpty = [...ranges].filter(([, range]) => range.end > range.start);
    const base = { timestampSource: target.timestamp.source, partitionCount: leaders.size };
    if (nonEmpty.length === 0) return emptyOutcome({ ...base, reason: 'every partition is empty' });

    const select = this.selector(target.timestamp, topic);
    const scans = await mapWithConcurrency(nonEmpty, this.settings.partitionConcurrency, async ([partition, range]) => {
      const leader = leaders.get(partition)!;
      const reader = {
        fetch: (offset: bigint) => {
          deadline.signal.throwIfAborted();
          const maxWaitMs = Math.max(100, Math.min(deadline.remainingMs(), this.settings.requestTimeoutMs));
          return client.fetch(topic, partition, leader, offset, this.settings.fetchMaxBytes, maxWaitMs);
        },
        earliestOffset: () => client.earliestOffset(topic, partition, leader),
      };
      const scan = await scanTail(reader, range, this.settings, (records) => select(records, partition));
      return { partition, ...scan };
    });
    return this.summarize(target, base, scans);
  }

  /** What counts as usable in a window of committed records, per timestamp source. */
  private selector(
    source: KafkaTimestampSource,
    topic: string,
  ): (records: FetchedRecord[], partition: number) => Promise<PartitionFinding | null> {
    const newer = (current: PartitionNewest | null, time: number, record: FetchedRecord): PartitionNewest =>
      current && current.time >= time
        ? current
        : {
            time,
            offset: record.offset,
            timestampType: record.batchContext.timestampType === LOG_APPEND_TIME ? 'LOG_APPEND_TIME' : 'CREATE_TIME',
          };

    if (source.source === 'RECORD_TIMESTAMP') {
      // Every committed record counts, tombstones too: a deletion is a change to the data.
      return (records) => {
        let newest: PartitionNewest | null = null;
        for (const record of records) {
          const time = Number(record.timestamp);
          if (time >= 0) newest = newer(newest, time, record);
        }
        return Promise.resolve(newest);
      };
    }

    const { path, unit } = source;
    const registryConnection = source.schemaRegistry;
    const registry = registryConnection ? () => this.registries.acquire(registryConnection) : undefined;
    // Tombstones have no value to read a field from; a window of only tombstones reads further back.
    return async (records, partition) => {
      let newest: PartitionNewest | null = null;
      let lastWithValue: FetchedRecord | null = null;
      for (const record of records) {
        if (!record.value) continue;
        lastWithValue = record;
        const where = `${topic} partition ${partition} offset ${record.offset}`;
        const decoded = await decodeRecordValue(record.value, registry, where);
        const raw = readFieldPath(decoded, path);
        if (raw === undefined) continue;
        newest = newer(newest, timestampFromValue(raw, unit, `${path} at ${where}`).getTime(), record);
      }
      if (newest) return newest;
      return lastWithValue ? { fieldMissing: true, offset: lastWithValue.offset } : null;
    };
  }

  private summarize(
    target: KafkaTopicTarget,
    base: { timestampSource: string; partitionCount: number },
    scans: readonly {
      partition: number;
      found: PartitionFinding | null;
      scannedOffsets: number;
      limitReached: boolean;
    }[],
  ): CheckOutcome {
    const newest = scans
      .filter((scan): scan is typeof scan & { found: PartitionNewest } => scan.found !== null && 'time' in scan.found)
      .map(({ partition, found }) => ({ partition, ...found }));
    const scannedOffsets = scans.reduce((sum, scan) => sum + scan.scannedOffsets, 0);
    if (newest.length > 0) {
      const top = newest.reduce((a, b) => (b.time > a.time ? b : a));
      const details: CheckDetails = {
        ...base,
        newestPartition: top.partition,
        newestOffset: top.offset,
        timestampType: top.timestampType,
        scannedOffsets,
        partitions: newest.map(({ partition, offset, time }) => ({
          partition,
          offset,
          observedAt: new Date(time).toISOString(),
        })),
      };
      return okOutcome(new Date(top.time), details);
    }
    const missing = scans.find((scan) => scan.found !== null && 'fieldMissing' in scan.found);
    if (missing && target.timestamp.source === 'VALUE_FIELD') {
      throw new CheckFailure(
        KafkaTopicCheckError.FIELD_NOT_FOUND,
        `no value in the tail of ${target.topic} has the field ${target.timestamp.path} ` +
          `(last looked at partition ${missing.partition} offset ${missing.found!.offset})`,
      );
    }
    if (scans.some((scan) => scan.limitReached)) {
      throw new CheckFailure(
        KafkaTopicCheckError.SCAN_LIMIT_REACHED,
        `the last ${this.settings.maxScanRecords} offsets of every partition of ${target.topic} hold no usable record`,
      );
    }
    return emptyOutcome({ ...base, scannedOffsets, reason: 'no committed data records in any partition' });
  }
}
