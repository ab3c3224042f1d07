import type { FreshnessStatus } from '@/generated/graphql/graphql';
import type { BadgeTone } from '../catalog/badges';

export const STATUS_LABELS: Record<FreshnessStatus, string> = {
  HEALTHY: 'fresh',
  WARNING: 'late',
  BREACHED: 'stale',
  ERROR: 'check failing',
  UNKNOWN: 'not checked yet',
};

export const STATUS_TONES: Record<FreshnessStatus, BadgeTone> = {
  HEALTHY: 'good',
  WARNING: 'warn',
  BREACHED: 'bad',
  ERROR: 'bad',
  UNKNOWN: 'neutral',
};

/** Fill colours of the status band (Tailwind's emerald, amber, rose, violet and slate 400/500). */
export const STATUS_COLOURS: Record<FreshnessStatus, string> = {
  HEALTHY: '#10b981',
  WARNING: '#f59e0b',
  BREACHED: '#e11d48',
  ERROR: '#8b5cf6',
  UNKNOWN: '#cbd5e1',
};

/** "45 s", "12 min", "3 h 5 min", "2 d 4 h": durations as people say them. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`;
}

/** "99.2 %", or "—" when nothing was measured. */
export function formatPercent(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined ? '—' : `${value.toFixed(digits)} %`;
}
