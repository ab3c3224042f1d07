/**
 * Every format checks a pair of versions twice: backward (can the candidate read what the
 * previous version wrote?) and forward (can the previous version read what the candidate
 * writes?). Findings from both passes, plus the non-breaking differences, are grouped by place
 * and topic into one change each, whose `breaks` says which passes failed.
 */
import type { Breaks, SchemaChange } from './compatibility.types';

export interface Finding<Detail = unknown> {
  readonly path: string;
  /** Findings about the same thing at the same path share a topic (`type`, `field`, `enum`). */
  readonly topic: string;
  readonly detail: Detail;
}

export interface FindingGroup<Detail> {
  readonly path: string;
  readonly topic: string;
  /** Incompatibilities found reading previous data with the candidate. */
  readonly backward: readonly Detail[];
  /** Incompatibilities found reading candidate data with the previous version. */
  readonly forward: readonly Detail[];
  /** Differences that broke neither pass, at a place where nothing broke. */
  readonly info: readonly Detail[];
}

export interface Described {
  readonly kind: string;
  /** What changed, as a sentence; the consequence is added from `breaks`. */
  readonly message: string;
}

export type UnversionedChange = Omit<SchemaChange, 'versions'>;

const CONSEQUENCES: Record<Breaks, string> = {
  WRITERS: 'Data written with the previous version cannot be read with this one.',
  READERS: 'Consumers still on the previous version cannot read data written with this one.',
  BOTH: 'Neither version can read data written with the other.',
  NONE: '',
};

export function mergeFindings<Detail>(
  findings: { backward: Finding<Detail>[]; forward: Finding<Detail>[]; info: Finding<Detail>[] },
  describe: (group: FindingGroup<Detail>) => Described,
): UnversionedChange[] {
  const groups = new Map<
    string,
    { path: string; topic: string; backward: Detail[]; forward: Detail[]; info: Detail[] }
  >();
  const groupOf = (finding: Finding<Detail>) => {
    const key = `${finding.path}\u0000${finding.topic}`;
    let group = groups.get(key);
    if (!group) {
      group = { path: finding.path, topic: finding.topic, backward: [], forward: [], info: [] };
      groups.set(key, group);
    }
    return group;
  };
  for (const finding of findings.backward) groupOf(finding).backward.push(finding.detail);
  for (const finding of findings.forward) groupOf(finding).forward.push(finding.detail);
  // A breaking change is the headline for its place: notes about the same place would only blur it.
  const breakingPaths = new Set([...findings.backward, ...findings.forward].map((finding) => finding.path));
  for (const finding of findings.info) {
    if (!breakingPaths.has(finding.path)) groupOf(finding).info.push(finding.detail);
  }

  const changes: UnversionedChange[] = [];
  for (const group of groups.values()) {
    const breaks = breaksOf(group.backward.length > 0, group.forward.length > 0);
    const { kind, message } = describe(group);
    const consequence = CONSEQUENCES[breaks];
    changes.push({ path: group.path, kind, breaks, message: consequence ? `${message} ${consequence}` : message });
  }
  return changes;
}

export function breaksOf(backward: boolean, forward: boolean): Breaks {
  if (backward && forward) return 'BOTH';
  if (backward) return 'WRITERS';
  if (forward) return 'READERS';
  return 'NONE';
}

/** `$.customer.email` -> "`customer.email`"; the root reads as "the schema's root". */
export function quotePath(path: string): string {
  const bare = path.replace(/^\$\.?/, '');
  return bare === '' ? "the schema's root" : `\`${bare}\``;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function listOf(items: readonly string[]): string {
  const quoted = items.map((item) => `\`${item}\``);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

const SWAPS: Record<string, string> = {
  ADDED_TO: 'REMOVED_FROM',
  REMOVED_FROM: 'ADDED_TO',
  ADDED: 'REMOVED',
  REMOVED: 'ADDED',
  INCREASED: 'DECREASED',
  DECREASED: 'INCREASED',
  EXTENDED: 'NARROWED',
  NARROWED: 'EXTENDED',
  EXPANDED: 'REDUCED',
  REDUCED: 'EXPANDED',
};

/** A forward-pass difference (candidate -> previous) phrased as previous -> candidate. */
export function invertChangeKind(type: string): string {
  return type.replace(
    /ADDED_TO|REMOVED_FROM|ADDED|REMOVED|INCREASED|DECREASED|EXTENDED|NARROWED|EXPANDED|REDUCED/g,
    (word) => SWAPS[word] ?? word,
  );
}
