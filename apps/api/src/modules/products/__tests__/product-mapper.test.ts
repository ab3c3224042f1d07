import { describe, expect, it } from 'vitest';
import { changedFields, sameJson } from '../product.mapper';

describe('change detection for updates and audit events', () => {
  it('compares JSON regardless of key order, as jsonb stores it', () => {
    expect(sameJson({ url: 'u', channel: 'c' }, { channel: 'c', url: 'u' })).toBe(true);
    expect(sameJson(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameJson(new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z'))).toBe(true);
  });

  it('keeps only fields whose value changes, with before and after', () => {
    const current = { name: 'Orders', tags: ['a'], purpose: 'same', supportLinks: [{ url: 'u', channel: 'c' }] };
    expect(
      changedFields(current, {
        name: 'Orders',
        tags: ['a', 'b'],
        purpose: undefined,
        supportLinks: [{ channel: 'c', url: 'u' }],
      }),
    ).toEqual({ before: { tags: ['a'] }, after: { tags: ['a', 'b'] } });
    expect(changedFields(current, { name: 'Orders' })).toEqual({ before: {}, after: {} });
  });
});
