import type { FetchedPartition, FetchedRecord } from './kafka-log-client';

/** Reads one partition: a Fetch at an offset, and the log start offset when retention moved it. */
export interface PartitionReader {
  fetch(offset: bigint): Promise<FetchedPartition>;
  earliestOffset(): Promise<bigint>;
}

export interface TailScanSettings {
  /** Offsets read in the first window below the end (the "high watermark minus one", widened). */
  readonly initialTailRecords: number;
  /** Offsets read at most per partition before giving up on finding a usable record. */
  readonly maxScanRecords: number;
}

export interface TailScan<T> {
  /** What `select` made of the first window holding usable records; null when none did. */
  readonly found: T | null;
  /** Offsets covered, including control records, aborted records and compaction gaps. */
  readonly scannedOffsets: number;
  /** The scan stopped at maxScanRecords rather than at the start of the partition. */
  readonly limitReached: boolean;
}

const CONTROL_TYPE_ABORT = 0;

/** A control record's key is (version int16, type int16); type 0 is ABORT, 1 is COMMIT. */
function isAbortMarker(record: FetchedRecord): boolean {
  return record.key !== null && record.key.length >= 4 && record.key.readInt16BE(2) === CONTROL_TYPE_ABORT;
}

/**
 * The records a read_committed consumer would see: no control records (transaction markers)
 * and no records of aborted transactions. Follows the Java consumer: an aborted transaction
 * (producer id, first offset) from the Fetch response applies from its first offset until
 * that producer's ABORT marker.
 */
export function committedDataRecords(partition: FetchedPartition): FetchedRecord[] {
  const pending = [...(partition.abortedTransactions ?? [])].sort((a, b) =>
    BigInt(a.firstOffset) < BigInt(b.firstOffset) ? -1 : 1,
  );
  const abortingProducers = new Set<string>();
  const kept: FetchedRecord[] = [];
  for (const record of partition.messages) {
    const batch = record.batchContext;
    const batchLastOffset = BigInt(batch.firstOffset) + BigInt(batch.lastOffsetDelta);
    while (pending.length > 0 && BigInt(pending[0]!.firstOffset) <= batchLastOffset) {
      abortingProducers.add(pending.shift()!.producerId);
    }
    if (record.isControlRecord || batch.isControlBatch) {
      if (isAbortMarker(record)) abortingProducers.delete(batch.producerId);
      continue;
    }
    if (batch.inTransaction && abortingProducers.has(batch.producerId)) continue;
    kept.push(record);
  }
  return kept;
}

/** The offset after the last batch returned; batches keep their last offset through compaction. */
export function offsetAfter(messages: readonly FetchedRecord[]): bigint | null {
  let next: bigint | null = null;
  for (const { batchContext } of messages) {
    const after = BigInt(batchContext.firstOffset) + BigInt(batchContext.lastOffsetDelta) + 1n;
    if (next === null || after > next) next = after;
  }
  return next;
}

function isOffsetOutOfRange(error: unknown): boolean {
  return (error as { type?: unknown } | null)?.type === 'OFFSET_OUT_OF_RANGE';
}

/**
 * Committed data records with offsets in [from, until). A Fetch answers from one log segment
 * at most and up to maxBytes, so this fetches again from where each answer ended.
 */
async function readRange(
  reader: PartitionReader,
  from: bigint,
  until: bigint,
): Promise<{ records: FetchedRecord[]; from: bigint }> {
  const records: FetchedRecord[] = [];
  let offset = from;
  while (offset < until) {
    let fetched: FetchedPartition;
    try {
      fetched = await reader.fetch(offset);
    } catch (error) {
      // Retention deleted the segment between listing offsets and fetching: start where the log starts now.
      if (!isOffsetOutOfRange(error)) throw error;
      const earliest = await reader.earliestOffset();
      if (earliest <= offset) throw error;
      offset = earliest;
      if (from < earliest) from = earliest;
      continue;
    }
    if (fetched.messages.length === 0) break;
    for (const record of committedDataRecords(fetched)) {
      const recordOffset = BigInt(record.offset);
      if (recordOffset >= from && recordOffset < until) records.push(record);
    }
    const next = offsetAfter(fetched.messages);
    if (next === null || next <= offset) break;
    offset = next;
  }
  return { records, from };
}

/**
 * Reads a partition backwards from `end` in growing windows (initialTailRecords, then 8x),
 * until `select` finds usable records in a window, the partition's start is reached, or
 * maxScanRecords offsets were covered. Windows do not overlap: each round reads only the
 * offsets below the previous one. The tail can be all control records (every transaction
 * ends with a marker), aborted records, tombstones, or gaps left by compaction.
 */
export async function scanTail<T>(
  reader: PartitionReader,
  range: { readonly start: bigint; readonly end: bigint },
  settings: TailScanSettings,
  select: (records: FetchedRecord[]) => Promise<T | null>,
): Promise<TailScan<T>> {
  let start = range.start;
  let upTo: bigint = range.end;
  let window = BigInt(Math.max(1, settings.initialTailRecords));
  const limit = BigInt(Math.max(1, settings.maxScanRecords));
  let scanned = 0n;
  while (upTo > start) {
    const from = upTo - window > start ? upTo - window : start;
    const read = await readRange(reader, from, upTo);
    // Retention moved the log start past this window: nothing below it is left to read.
    if (read.from > from) start = read.from;
    if (read.from < upTo) scanned += upTo - read.from;
    const found = await select(read.records);
    if (found !== null) return { found, scannedOffsets: Number(scanned), limitReached: false };
    if (read.from <= start) break;
    if (scanned >= limit) return { found: null, scannedOffsets: Number(scanned), limitReached: true };
    upTo = read.from;
    window = window * 8n < limit - scanned ? window * 8n : limit - scanned;
  }
  return { found: null, scannedOffsets: Number(scanned), limitReached: false };
}
