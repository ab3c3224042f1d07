import { describe, expect, it } from 'vitest';
import { builtEntry, runToExit } from '../support/processes';

describe('process boot', () => {
  it('stops the API with a message naming a missing required variable', async () => {
    const exited = await runToExit(builtEntry('main'), { DATABASE_URL: 'postgresql://tessera@127.0.0.1:1/tessera' });
    expect(exited.code).toBe(78);
    expect(exited.stderr).toContain('REDIS_URL is required but not set');
    expect(exited.stderr).not.toContain('DATABASE_URL');
  });

  it('stops the worker with a message naming a malformed variable', async () => {
    const exited = await runToExit(builtEntry('worker'), {
      DATABASE_URL: 'postgresql://tessera@127.0.0.1:1/tessera',
      REDIS_URL: 'redis://127.0.0.1:1',
      WORKER_CONCURRENCY: 'lots',
    });
    expect(exited.code).toBe(78);
    expect(exited.stderr).toMatch(/WORKER_CONCURRENCY is invalid/);
  });
});
