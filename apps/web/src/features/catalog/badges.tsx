import type { ReactNode } from 'react';
import type { AccessMode, Classification, ProductStatus } from '@/generated/graphql/graphql';

const BADGE =
  'inline-flex shrink-0 items-center rounded-full px-2.5 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset';

const STATUS_TONES: Record<ProductStatus, string> = {
  PUBLISHED: 'bg-emerald-50 text-emerald-800 ring-emerald-600/20',
  DRAFT: 'bg-slate-100 text-slate-700 ring-slate-500/20',
  DEPRECATED: 'bg-amber-50 text-amber-900 ring-amber-600/30',
  RETIRED: 'bg-rose-50 text-rose-800 ring-rose-600/20',
};

export const STATUS_LABELS: Record<ProductStatus, string> = {
  PUBLISHED: 'Published',
  DRAFT: 'Draft',
  DEPRECATED: 'Deprecated',
  RETIRED: 'Retired',
};

export const CLASSIFICATION_LABELS: Record<Classification, string> = {
  PUBLIC: 'Public',
  INTERNAL: 'Internal',
  CONFIDENTIAL: 'Confidential',
  RESTRICTED: 'Restricted',
};

export const ACCESS_MODE_LABELS: Record<AccessMode, string> = {
  OPEN: 'Open access',
  APPROVAL_REQUIRED: 'Approval required',
};

const TONES = {
  neutral: 'bg-slate-100 text-slate-700 ring-slate-500/20',
  good: 'bg-emerald-50 text-emerald-800 ring-emerald-600/20',
  warn: 'bg-amber-50 text-amber-900 ring-amber-600/30',
  bad: 'bg-rose-50 text-rose-800 ring-rose-600/20',
  info: 'bg-sky-50 text-sky-800 ring-sky-600/20',
} as const;

export type BadgeTone = keyof typeof TONES;

/** A word in a pill; the word carries the meaning, the tone only repeats it. */
export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`${BADGE} ${TONES[tone]}`}>{children}</span>;
}

/** The lifecycle status; the word carries the meaning, the colour only repeats it. */
export function StatusBadge({ status }: { status: ProductStatus }) {
  return <span className={`${BADGE} ${STATUS_TONES[status]}`}>{STATUS_LABELS[status]}</span>;
}

export function ClassificationBadge({ classification }: { classification: Classification }) {
  const tone =
    classification === 'CONFIDENTIAL' || classification === 'RESTRICTED'
      ? 'bg-violet-50 text-violet-800 ring-violet-600/20'
      : 'bg-sky-50 text-sky-800 ring-sky-600/20';
  return <span className={`${BADGE} ${tone}`}>{CLASSIFICATION_LABELS[classification]}</span>;
}

const FRESHNESS = {
  HEALTHY: ['fresh', 'good'],
  WARNING: ['late', 'warn'],
  BREACHED: ['stale', 'bad'],
  ERROR: ['check failing', 'bad'],
  UNKNOWN: ['not checked yet', 'neutral'],
} as const satisfies Record<string, readonly [string, keyof typeof TONES]>;

/**
 * The product's freshness: the worst status of its monitored ports, or "not monitored" when
 * no port has an objective (rather than a state nobody measured).
 */
export function FreshnessBadge({
  ports,
}: {
  ports: readonly { freshnessObjective?: { status: keyof typeof FRESHNESS } | null }[];
}) {
  const statuses = ports.flatMap((port) => (port.freshnessObjective ? [port.freshnessObjective.status] : []));
  const worst = (['BREACHED', 'ERROR', 'WARNING', 'HEALTHY', 'UNKNOWN'] as const).find((status) =>
    statuses.includes(status),
  );
  if (!worst) {
    return (
      <span className={`${BADGE} border-dashed bg-white text-slate-600 ring-slate-300`}>Freshness: not monitored</span>
    );
  }
  const [label, tone] = FRESHNESS[worst];
  return <span className={`${BADGE} ${TONES[tone]}`}>Freshness: {label}</span>;
}

export function TagList({ tags, label = 'Tags' }: { tags: readonly string[]; label?: string }) {
  if (tags.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-1.5">
      {tags.map((tag) => (
        <li key={tag} className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-700">
          {tag}
        </li>
      ))}
    </ul>
  );
}
