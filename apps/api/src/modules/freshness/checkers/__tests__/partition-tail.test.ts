import { describe, expect, it } from 'vitest';
import type { AbortedTransaction, FetchedPartition, FetchedRecord } from '../kafka/kafka-log-client';
import { committedDataRecords, scanTail, type PartitionReader } from '../kafka/partition-tail';

interface Batch {
  readonly first: number;
  readonly last: number;
  /** Offsets still present (compaction removes some); all of first..last by default. */
  readonly present?: readonly number[];
  readonly producerId?: string;
  readonly inTransaction?: boolean;
  readonly control?: 'COMMIT' | 'ABORT';
}

function recordsOf(batch: Batch): FetchedRecord[] {
  const offsets = batch.present ?? Array.from({ length: batch.last - batch.first + 1 }, (_, i) => batch.first + i);
  const batchContext = {
    firstOffset: String(batch.first),
    lastOffsetDelta: batch.last - batch.first,
    producerId: batch.producerId ?? '-1',
    inTransaction: batch.inTransaction ?? false,
    isControlBatch: batch.control !== undefined,
    timestampType: 0,
  };
  const key = batch.control ? Buffer.from([0, 0, 0, batch.control === 'ABORT' ? 0 : 1]) : null;
  return offsets.map((offset) => ({
    offset: String(offset),
    timestamp: String(1_000_000 + offset),
    key,
    value: batch.control ? Buffer.from([0, 0, 0, 0, 0, 0]) : Buffer.from(`v${offset}`),
    isControlRecord: batch.control !== undefined,
    batchContext,
  }));
}

/** A partition log in memory; each Fetch answers at most `batchesPerFetch` batches, like a segment boundary. */
class FakePartition implements PartitionReader {
  readonly fetchedFrom: bigint[] = [];
  constructor(
    private readonly batches: readonly Batch[],
    private readonly aborted: readonly AbortedTransaction[] = [],
    private readonly batchesPerFetch = 100,
  ) {}

  fetch(offset: bigint): Promise<FetchedPartition> {
    this.fetchedFrom.push(offset);
    const index = this.batches.findIndex((batch) => BigInt(batch.last) >= offset);
    const chosen = index < 0 ? [] : this.batches.slice(index, index + this.batchesPerFetch);
    return Promise.resolve({ messages: chosen.flatMap(recordsOf), abortedTransactions: this.aborted });
  }

  earliestOffset(): Promise<bigint> {
    return Promise.resolve(0n);
  }
}

const offsetsOf = (records: readonly FetchedRecord[]) => records.map((record) => Number(record.offset));
const newestOffset = (records: FetchedRecord[]) =>
  Promise.resolve(records.length > 0 ? Math.max(...offsetsOf(records)) : null);

describe('reading the tail of a partition', () => {
  it('drops control records and the records of aborted transactions, per producer', () => {
    const batches: Batch[] = [
      { first: 0, last: 1, producerId: '7', inTransaction: true },
      { first: 2, last: 2, producerId: '8', inTransaction: true },
      { first: 3, last: 3, producerId: '7', control: 'COMMIT' },
      { first: 4, last: 4, producerId: '8', control: 'ABORT' },
      { first: 5, last: 5 },
      { first: 6, last: 7, producerId: '7', inTransaction: true },
      { first: 8, last: 8, producerId: '7', control: 'ABORT' },
      { first: 9, last: 9, producerId: '7', inTransaction: true },
    ];
    const partition = {
      messages: batches.flatMap(recordsOf),
      abortedTransactions: [
        { producerId: '7', firstOffset: '6' },
        { producerId: '8', firstOffset: '2' },
      ],
    };

    expect(offsetsOf(committedDataRecords(partition))).toEqual([0, 1, 5, 9]);
  });

  it('widens the window past a tail of markers and aborted records, and fetches on across segments', async () => {
    const log = new FakePartition(
      [
        { first: 0, last: 4 },
        { first: 5, last: 5, producerId: '3', inTransaction: true },
        { first: 6, last: 6, producerId: '3', control: 'COMMIT' },
        { first: 7, last: 26, producerId: '3', inTransaction: true },
        { first: 27, last: 27, producerId: '3', control: 'ABORT' },
      ],
      [{ producerId: '3', firstOffset: '7' }],
      1,
    );

    const scan = await scanTail(
      log,
      { start: 0n, end: 28n },
      { initialTailRecords: 8, maxScanRecords: 4096 },
      newestOffset,
    );

    expect(scan).toEqual({ found: 5, scannedOffsets: 28, limitReached: false });
    // First window [20, 28), then [0, 20) fetched one batch at a time.
    expect(log.fetchedFrom).toEqual([20n, 27n, 0n, 5n, 6n, 7n]);
  });

  it('reads across offsets removed by compaction', async () => {
    const log = new FakePartition([
      { first: 0, last: 9, present: [3] },
      { first: 10, last: 19, present: [] },
      { first: 20, last: 29, present: [29] },
    ]);

    const scan = await scanTail(
      log,
      { start: 0n, end: 30n },
      { initialTailRecords: 4, maxScanRecords: 4096 },
      newestOffset,
    );

    expect(scan.found).toBe(29);
  });

  it('stops at the scan limit, and at the start of the partition', async () => {
    const markers = Array.from({ length: 100 }, (_, i): Batch => ({
      first: i,
      last: i,
      producerId: '1',
      control: 'COMMIT',
    }));
    const limited = await scanTail(
      new FakePartition(markers),
      { start: 0n, end: 100n },
      { initialTailRecords: 8, maxScanRecords: 30 },
      newestOffset,
    );
    expect(limited).toEqual({ found: null, scannedOffsets: 30, limitReached: true });

    const whole = await scanTail(
      new FakePartition(markers),
      { start: 0n, end: 100n },
      { initialTailRecords: 8, maxScanRecords: 4096 },
      newestOffset,
    );
    expect(whole).toEqual({ found: null, scannedOffsets: 100, limitReached: false });
  });
});
