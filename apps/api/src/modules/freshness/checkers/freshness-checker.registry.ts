import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { CommonCheckError, errorOutcome, type CheckOptions, type CheckOutcome } from './check-outcome';
import { describeError, type CheckTarget, type FreshnessChecker } from './freshness-checker';

/** The multi-provider token listing every registered checker (see FreshnessCheckersModule). */
export const FRESHNESS_CHECKERS = Symbol('FRESHNESS_CHECKERS');

/** A checker gets this long past its budget to settle before the registry answers for it. */
const BACKSTOP_GRACE_MS = 1000;
const MAX_TIMEOUT_MS = 10 * 60_000;

/**
 * Dispatches a stored target to the checker of its kind. Callers (the scheduled check job)
 * hand over the target as stored, with connection secrets already decrypted; the registry
 * validates it against the kind's schema and guarantees the outcome contract: it never
 * throws for a bad target or a failing source, and settles shortly after the budget even
 * if a checker misbehaves.
 */
@Injectable()
export class FreshnessCheckerRegistry implements OnApplicationShutdown {
  private readonly byKind = new Map<string, FreshnessChecker>();
  private closing: Promise<void> | undefined;

  constructor(@Inject(FRESHNESS_CHECKERS) checkers: readonly FreshnessChecker[]) {
    for (const checker of checkers) {
      if (this.byKind.has(checker.kind)) throw new Error(`two freshness checkers for kind ${checker.kind}`);
      this.byKind.set(checker.kind, checker);
    }
  }

  /** The kinds that can be checked, for validating objectives at creation. */
  get kinds(): string[] {
    return [...this.byKind.keys()].sort();
  }

  async check(target: unknown, options: CheckOptions): Promise<CheckOutcome> {
    if (!Number.isFinite(options.timeoutMs) || options.timeoutMs <= 0 || options.timeoutMs > MAX_TIMEOUT_MS) {
      throw new RangeError(`timeoutMs must be between 1 and ${MAX_TIMEOUT_MS}, got ${options.timeoutMs}`);
    }
    const kind = (target as { kind?: unknown } | null)?.kind;
    const checker = typeof kind === 'string' ? this.byKind.get(kind) : undefined;
    if (!checker) {
      return errorOutcome(CommonCheckError.UNKNOWN_KIND, `no freshness checker for kind ${JSON.stringify(kind)}`);
    }
    const parsed = checker.targetSchema.safeParse(target);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'target'}: ${issue.message}`);
      return errorOutcome(CommonCheckError.INVALID_TARGET, issues.join('; '));
    }
    return this.withBackstop(checker, parsed.data, options);
  }

  /** Closes every checker's connections; safe to call more than once. */
  close(): Promise<void> {
    this.closing ??= Promise.all([...this.byKind.values()].map((checker) => checker.close())).then(() => undefined);
    return this.closing;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }

  private async withBackstop(
    checker: FreshnessChecker,
    target: CheckTarget,
    options: CheckOptions,
  ): Promise<CheckOutcome> {
    let timer: NodeJS.Timeout | undefined;
    const backstop = new Promise<CheckOutcome>((resolve) => {
      timer = setTimeout(
        () =>
          resolve(
            errorOutcome(
              CommonCheckError.CHECK_TIMEOUT,
              `the ${checker.kind} checker did not settle within ${options.timeoutMs} ms`,
            ),
          ),
        options.timeoutMs + BACKSTOP_GRACE_MS,
      );
    });
    const work = checker
      .check(target, options)
      .catch((error: unknown) => errorOutcome(CommonCheckError.CHECKER_FAILED, describeError(error)));
    try {
      return await Promise.race([work, backstop]);
    } finally {
      clearTimeout(timer);
    }
  }
}
