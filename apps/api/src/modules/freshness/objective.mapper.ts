import { formatDuration } from './duration';
import type { FreshnessCheck, FreshnessObjective } from './models/freshness-objective.model';
import type { Incident } from './models/incident.model';
import type { ObjectiveRow } from './objectives.repository';
import type { Incident as IncidentRow } from '../../generated/prisma/client';

/** The check settings as stored in `check_settings` (kind-specific; absent keys are defaults). */
export interface StoredCheckSettings {
  readonly timestampField?: string;
  readonly unit?: 'SECONDS' | 'MILLISECONDS' | 'MICROSECONDS' | 'NANOSECONDS';
  readonly column?: string;
}

export function checkSettingsOf(row: Pick<ObjectiveRow, 'checkSettings'>): StoredCheckSettings {
  const value = row.checkSettings;
  return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
}

export function toCheck(row: Pick<ObjectiveRow, 'checkKind' | 'checkSettings'>): FreshnessCheck {
  const settings = checkSettingsOf(row);
  return {
    kind: row.checkKind,
    timestampField: settings.timestampField ?? null,
    unit: settings.unit ?? null,
    column: settings.column ?? null,
  };
}

export function toObjective(row: ObjectiveRow, productId: string, now = new Date()): FreshnessObjective {
  return {
    id: row.id,
    portId: row.portId,
    productId,
    warnAfterSeconds: row.warnAfterSeconds,
    warnAfter: formatDuration(row.warnAfterSeconds),
    errorAfterSeconds: row.errorAfterSeconds,
    errorAfter: formatDuration(row.errorAfterSeconds),
    targetPercent: row.targetPercent,
    windowDays: row.windowDays,
    check: toCheck(row),
    intervalSeconds: row.intervalSeconds,
    reminderIntervalSeconds: row.reminderIntervalSeconds,
    recoveryHoldSeconds: row.recoveryHoldSeconds,
    enabled: row.enabled,
    status: row.status,
    statusSince: row.statusSince,
    lastCheckedAt: row.lastCheckedAt,
    lastDataAt: row.lastDataAt,
    stalenessSeconds: row.lastDataAt
      ? Math.max(0, Math.floor((now.getTime() - row.lastDataAt.getTime()) / 1000))
      : null,
    lastErrorCode: row.status === 'ERROR' ? row.lastErrorCode : null,
    lastErrorMessage: row.status === 'ERROR' ? row.lastErrorMessage : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toIncident(row: IncidentRow, where: { portId: string; productId: string }): Incident {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    openedAt: row.openedAt,
    acknowledgedAt: row.acknowledgedAt,
    acknowledgeNote: row.acknowledgeNote,
    recoveringSince: row.recoveringSince,
    resolvedAt: row.resolvedAt,
    lastNotifiedAt: row.lastNotifiedAt,
    reminderCount: row.reminderCount,
    objectiveId: row.objectiveId,
    acknowledgedById: row.acknowledgedById,
    portId: where.portId,
    productId: where.productId,
  };
}

/** What the audit log keeps of an objective: its configuration, not its moving state. */
export function objectiveSnapshot(row: ObjectiveRow): Record<string, unknown> {
  return {
    portId: row.portId,
    warnAfterSeconds: row.warnAfterSeconds,
    errorAfterSeconds: row.errorAfterSeconds,
    targetPercent: row.targetPercent,
    windowDays: row.windowDays,
    checkKind: row.checkKind,
    checkSettings: row.checkSettings,
    intervalSeconds: row.intervalSeconds,
    reminderIntervalSeconds: row.reminderIntervalSeconds,
    recoveryHoldSeconds: row.recoveryHoldSeconds,
    enabled: row.enabled,
  };
}
