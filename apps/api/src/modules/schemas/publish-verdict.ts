import type { CompatibilityResult } from './compatibility';
import { isNewMajor } from './contract-version';

/**
 * The outcome of publishing a schema version under breaking-change governance:
 * - COMPATIBLE: the port's compatibility mode accepts it;
 * - BREAKING_ALLOWED_MAJOR: it breaks the mode, and comes with a new major contract version;
 * - BREAKING_OVERRIDDEN: it breaks the mode, and a team owner overrode that with a reason;
 * - REFUSED: it breaks the mode, with neither.
 */
export type PublishVerdict = 'COMPATIBLE' | 'BREAKING_ALLOWED_MAJOR' | 'BREAKING_OVERRIDDEN' | 'REFUSED';

export interface VerdictInput {
  readonly compatibility: CompatibilityResult;
  /** The port's contract version now, and the one the new schema version carries. */
  readonly currentContractVersion: string;
  readonly contractVersion: string;
  readonly overrideReason: string | null;
}

/**
 * A new major contract version wins over an override: the reason is kept only when it is what
 * lets the change through, so the override (an owner's decision) is never recorded needlessly.
 */
export function publishVerdict(input: VerdictInput): PublishVerdict {
  if (input.compatibility.compatible) return 'COMPATIBLE';
  if (isNewMajor(input.currentContractVersion, input.contractVersion)) return 'BREAKING_ALLOWED_MAJOR';
  if (input.overrideReason !== null) return 'BREAKING_OVERRIDDEN';
  return 'REFUSED';
}
