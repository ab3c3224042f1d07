import { describe, expect, it } from 'vitest';
import type { AppConfig } from '../../config/app-config';
import { queueWorkerOptions } from './worker-host';

const config = { worker: { concurrency: 8, freshnessConcurrency: 32 } } as AppConfig;

describe('queueWorkerOptions', () => {
  it('runs freshness checks at their own concurrency and other queues at the general one', () => {
    expect(queueWorkerOptions(config, 'freshness')).toEqual({ concurrency: 32 });
    expect(queueWorkerOptions(config, 'access')).toEqual({ concurrency: 8 });
  });

  it('hands a delivery held by a dead worker to another one sooner than the 30 s default', () => {
    const options = queueWorkerOptions(config, 'notifications');
    expect(options.lockDuration).toBeLessThan(30_000);
    // The lock must outlive a delivery's 10 s timeout, or a live worker would lose its job.
    expect(options.lockDuration).toBeGreaterThan(10_000);
    expect(options.stalledInterval).toBeLessThanOrEqual(options.lockDuration! / 2);
  });
});
