import type { CheckOptions } from './check-outcome';

/** The check's budget ran out. */
export class DeadlineExceeded extends Error {
  constructor(timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
    this.name = 'DeadlineExceeded';
  }
}

/** The caller aborted the check. */
export class CheckAborted extends Error {
  constructor() {
    super('the check was aborted');
    this.name = 'CheckAborted';
  }
}

/**
 * One check's time budget: a signal that fires when the budget runs out or the caller
 * aborts, and the time left, so a checker can size its own timeouts (statement_timeout,
 * Kafka fetch wait) to fire before the budget does and report a precise error code.
 */
export class Deadline {
  readonly signal: AbortSignal;
  readonly expiresAt: number;
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  private readonly onCallerAbort = () => this.controller.abort(new CheckAborted());

  constructor(private readonly options: CheckOptions) {
    this.expiresAt = Date.now() + options.timeoutMs;
    this.signal = this.controller.signal;
    this.timer = setTimeout(() => this.controller.abort(new DeadlineExceeded(options.timeoutMs)), options.timeoutMs);
    if (options.signal?.aborted) this.onCallerAbort();
    else options.signal?.addEventListener('abort', this.onCallerAbort, { once: true });
  }

  get timeoutMs(): number {
    return this.options.timeoutMs;
  }

  /** Milliseconds left, never negative. */
  remainingMs(): number {
    return Math.max(0, this.expiresAt - Date.now());
  }

  /** Settles with `work`, or rejects with DeadlineExceeded / CheckAborted when the signal fires first. */
  race<T>(work: Promise<T>): Promise<T> {
    // The losing promise may still reject later (a socket closing); that must not go unhandled.
    work.catch(() => undefined);
    if (this.signal.aborted) return Promise.reject(this.signal.reason as Error);
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(this.signal.reason as Error);
      this.signal.addEventListener('abort', onAbort, { once: true });
      work.then(
        (value) => {
          this.signal.removeEventListener('abort', onAbort);
          resolve(value);
        },
        (error: unknown) => {
          this.signal.removeEventListener('abort', onAbort);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  }

  /** Stops the timer and forgets the caller's signal; call once the check has settled. */
  dispose(): void {
    clearTimeout(this.timer);
    this.options.signal?.removeEventListener('abort', this.onCallerAbort);
  }
}
