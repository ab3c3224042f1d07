import type { Prisma } from '../../generated/prisma/client';
import type { CheckSettingsInput, SetFreshnessObjectiveCommand } from './dto/set-freshness-objective.input';
import { freshnessError } from './freshness.errors';
import type { ObjectiveData, ObjectiveRow } from './objectives.repository';

/** Defaults of a new objective (the database's own defaults, spelled out once). */
export const OBJECTIVE_DEFAULTS = {
  targetPercent: 99,
  windowDays: 28,
  intervalSeconds: 60,
  reminderIntervalSeconds: 3_600,
  recoveryHoldSeconds: 0,
  enabled: true,
} as const;

/** Which check kinds fit a port kind: its own, and PUSH for every port. */
export function checkKindFits(portKind: string, checkKind: string): boolean {
  return checkKind === 'PUSH' || checkKind === portKind;
}

function storedSettings(check: CheckSettingsInput): Prisma.InputJsonObject {
  const settings: Record<string, string> = {};
  if (check.timestampField) settings.timestampField = check.timestampField;
  if (check.column) settings.column = check.column;
  if (check.unit) settings.unit = check.unit;
  return settings;
}

/**
 * The objective a `setFreshnessObjective` asks for: the input over the current objective
 * (or the defaults), validated as a whole. Throws a VALIDATION_FAILED DomainError.
 */
export function mergeObjective(
  current: ObjectiveRow | null,
  input: SetFreshnessObjectiveCommand,
  portKind: string,
): ObjectiveData {
  if (!current && (input.warnAfter === undefined || input.errorAfter === undefined || input.check === undefined)) {
    const missing = (['warnAfter', 'errorAfter', 'check'] as const).filter((field) => input[field] === undefined);
    throw freshnessError(
      'MISSING_OBJECTIVE_FIELD',
      undefined,
      missing.map((path) => ({ path, message: 'is required for a new objective' })),
    );
  }
  const base = current ?? OBJECTIVE_DEFAULTS;
  const warnAfterSeconds = input.warnAfter ?? current!.warnAfterSeconds;
  const errorAfterSeconds = input.errorAfter ?? current!.errorAfterSeconds;
  if (errorAfterSeconds < warnAfterSeconds) {
    throw freshnessError('INVALID_THRESHOLDS', undefined, [
      { path: 'errorAfter', message: `must be at least warnAfter (${warnAfterSeconds} s)` },
    ]);
  }
  const checkKind = input.check?.kind ?? current!.checkKind;
  if (!checkKindFits(portKind, checkKind)) {
    throw freshnessError('CHECK_KIND_MISMATCH', `A ${portKind} port is checked with ${portKind} or PUSH`, [
      { path: 'check.kind', message: `does not fit a ${portKind} port` },
    ]);
  }
  return {
    warnAfterSeconds,
    errorAfterSeconds,
    targetPercent: input.targetPercent ?? base.targetPercent,
    windowDays: input.windowDays ?? base.windowDays,
    checkKind,
    checkSettings: input.check ? storedSettings(input.check) : (current!.checkSettings as Prisma.InputJsonObject),
    intervalSeconds: input.intervalSeconds ?? base.intervalSeconds,
    reminderIntervalSeconds: input.reminderIntervalSeconds ?? base.reminderIntervalSeconds,
    recoveryHoldSeconds: input.recoveryHoldSeconds ?? base.recoveryHoldSeconds,
    enabled: input.enabled ?? base.enabled,
  };
}
