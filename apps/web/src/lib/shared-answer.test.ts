import { describe, expect, it } from 'vitest';
import { sharedAnswer } from './shared-answer';

describe('sharedAnswer', () => {
  it('asks once for concurrent callers and again only after the answer expires', async () => {
    let clock = 0;
    let calls = 0;
    const ask = sharedAnswer(
      () => Promise.resolve(++calls),
      10_000,
      () => clock,
    );

    expect(await Promise.all([ask(), ask(), ask()])).toEqual([1, 1, 1]);
    clock = 9_999;
    expect(await ask()).toBe(1);
    clock = 10_000;
    expect(await ask()).toBe(2);
    expect(calls).toBe(2);
  });

  it('never remembers a failure', async () => {
    let calls = 0;
    const ask = sharedAnswer(() => (++calls === 1 ? Promise.reject(new Error('down')) : Promise.resolve('up')), 10_000);

    await expect(ask()).rejects.toThrow('down');
    expect(await ask()).toBe('up');
    expect(await ask()).toBe('up');
    expect(calls).toBe(2);
  });
});
