/** What a readiness probe reports for one outside system. */
export interface DependencyStatus {
  readonly status: 'up' | 'down' | 'not_configured';
  /** A down dependency makes the process not ready only when it is required. */
  readonly required: boolean;
  readonly latencyMs?: number;
  readonly error?: string;
}

/** Implemented by each adapter module (Postgres, Redis, Kafka, registry). */
export interface DependencyCheck {
  readonly name: string;
  check(timeoutMs: number): Promise<DependencyStatus>;
}

export const DEPENDENCY_CHECKS = Symbol('DEPENDENCY_CHECKS');

/** Runs a probe under a deadline and turns its outcome into a status. */
export async function probe(
  required: boolean,
  timeoutMs: number,
  run: (signal: AbortSignal) => Promise<unknown>,
): Promise<DependencyStatus> {
  const started = performance.now();
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error(`no answer within ${timeoutMs} ms`));
    }, timeoutMs);
  });
  try {
    await Promise.race([run(controller.signal), deadline]);
    return { status: 'up', required, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { status: 'down', required, error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

export const notConfigured: DependencyStatus = { status: 'not_configured', required: false };

/** Extra, informational facts for /readyz (never decide readiness): the outbox backlog, say. */
export interface ReadinessDetail {
  readonly name: string;
  read(): Promise<Record<string, unknown>>;
}

export const READINESS_DETAILS = Symbol('READINESS_DETAILS');
