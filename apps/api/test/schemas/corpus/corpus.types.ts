import type { CompatibilityMode, SchemaFormat } from '../../../src/modules/schemas/compatibility';

export type Verdict = 'compatible' | 'incompatible';

/**
 * Where Apicurio's Confluent-compatible API answers differently from the Confluent registry's
 * documented semantics, which the engine follows. `error` means Apicurio could not check the pair.
 */
export interface ApicurioDeviation {
  readonly registryVerdict: Verdict | 'error';
  readonly engineFollows: 'confluent';
  readonly note: string;
}

export interface CorpusEntry {
  readonly name: string;
  readonly format: SchemaFormat;
  readonly mode: CompatibilityMode;
  /** Versions already registered, oldest first. */
  readonly previous: readonly string[];
  readonly candidate: string;
  /** The Confluent registry's verdict, which the engine must give. */
  readonly expected: Verdict;
  readonly apicurioDeviation?: ApicurioDeviation;
}

export interface Evolution {
  readonly name: string;
  readonly format: SchemaFormat;
  readonly previous: readonly string[];
  readonly candidate: string;
}

/** One evolution checked under several modes: one corpus entry per mode. */
export function underModes(
  evolution: Evolution,
  verdicts: Partial<Record<CompatibilityMode, Verdict>>,
  deviations: Partial<Record<CompatibilityMode, Omit<ApicurioDeviation, 'engineFollows'>>> = {},
): CorpusEntry[] {
  return Object.entries(verdicts).map(([mode, expected]) => {
    const deviation = deviations[mode as CompatibilityMode];
    return {
      ...evolution,
      name: `${evolution.name} [${mode}]`,
      mode: mode as CompatibilityMode,
      expected,
      ...(deviation ? { apicurioDeviation: { ...deviation, engineFollows: 'confluent' as const } } : {}),
    };
  });
}

/** The verdicts of a change that breaks only old data (new readers cannot read it). */
export const BREAKS_WRITERS = { BACKWARD: 'incompatible', FORWARD: 'compatible', FULL: 'incompatible' } as const;
/** The verdicts of a change that breaks only old readers (they cannot read new data). */
export const BREAKS_READERS = { BACKWARD: 'compatible', FORWARD: 'incompatible', FULL: 'incompatible' } as const;
export const BREAKS_BOTH = { BACKWARD: 'incompatible', FORWARD: 'incompatible', FULL: 'incompatible' } as const;
export const BREAKS_NOTHING = { BACKWARD: 'compatible', FORWARD: 'compatible', FULL: 'compatible' } as const;
