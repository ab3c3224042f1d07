/** One change as the API reports it. */
export interface Change {
  readonly path: string;
  readonly kind: 'ADDED' | 'REMOVED' | 'CHANGED';
  readonly before: unknown;
  readonly after: unknown;
}

export type Outcome = 'CREATED' | 'UPDATED' | 'UNCHANGED';

const MARK: Record<Change['kind'], string> = { ADDED: '+', REMOVED: '-', CHANGED: '~' };

export function formatValue(value: unknown): string {
  return value === undefined ? 'null' : JSON.stringify(value);
}

/** `~ path: before -> after`, `+ path: value`, `- path: value`; indented under the progress line. */
export function formatChange(change: Change): string {
  const value =
    change.kind === 'CHANGED'
      ? `${formatValue(change.before)} -> ${formatValue(change.after)}`
      : formatValue(change.kind === 'ADDED' ? change.after : change.before);
  return `    ${MARK[change.kind]} ${change.path}: ${value}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

const PAST: Record<Outcome, string> = { CREATED: 'created', UPDATED: 'updated', UNCHANGED: 'unchanged' };
const CONDITIONAL: Record<Outcome, string> = {
  CREATED: 'would create',
  UPDATED: 'would update',
  UNCHANGED: 'unchanged',
};

export function progressPrefix(index: number, total: number): string {
  return `[${index}/${total}]`;
}

/** `[3/25] orders-placed: updated (2 changes)`; on a dry run `would update`. */
export function formatResult(
  index: number,
  total: number,
  id: string,
  outcome: Outcome,
  changeCount: number,
  dryRun: boolean,
): string {
  const verb = (dryRun ? CONDITIONAL : PAST)[outcome];
  const count = outcome === 'UNCHANGED' ? '' : ` (${plural(changeCount, 'change')})`;
  return `${progressPrefix(index, total)} ${id}: ${verb}${count}`;
}

export interface Tally {
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  skipped: number;
}

/** The closing line: what happened to how many descriptors. */
export function formatSummary(tally: Tally, dryRun: boolean): string {
  const parts = [
    `${tally.created} ${dryRun ? 'to create' : 'created'}`,
    `${tally.updated} ${dryRun ? 'to update' : 'updated'}`,
    `${tally.unchanged} unchanged`,
  ];
  if (tally.failed > 0) parts.push(`${tally.failed} failed`);
  if (tally.skipped > 0) parts.push(`${tally.skipped} skipped`);
  const total = tally.created + tally.updated + tally.unchanged + tally.failed + tally.skipped;
  return `${dryRun ? 'dry run: ' : ''}${plural(total, 'descriptor')}: ${parts.join(', ')}`;
}
