import { describe, expect, it } from 'vitest';
import { formatIssue } from './descriptor-files';
import { formatChange, formatResult, formatSummary } from './format';

describe('output formatting', () => {
  it('shows progress with the outcome and the number of changes', () => {
    expect(formatResult(3, 25, 'orders-placed', 'UPDATED', 2, false)).toBe('[3/25] orders-placed: updated (2 changes)');
    expect(formatResult(1, 1, 'orders-placed', 'CREATED', 1, false)).toBe('[1/1] orders-placed: created (1 change)');
    expect(formatResult(4, 25, 'refunds', 'UNCHANGED', 0, false)).toBe('[4/25] refunds: unchanged');
    expect(formatResult(3, 25, 'orders-placed', 'UPDATED', 2, true)).toBe(
      '[3/25] orders-placed: would update (2 changes)',
    );
  });

  it('prints each change with its path, before and after', () => {
    expect(formatChange({ path: 'name', kind: 'CHANGED', before: 'Orders', after: 'Orders placed' })).toBe(
      '    ~ name: "Orders" -> "Orders placed"',
    );
    expect(formatChange({ path: 'outputPorts[lines]', kind: 'ADDED', before: null, after: { name: 'lines' } })).toBe(
      '    + outputPorts[lines]: {"name":"lines"}',
    );
    expect(formatChange({ path: 'tags', kind: 'REMOVED', before: ['a'], after: null })).toBe('    - tags: ["a"]');
  });

  it('names file, line, column and field of an issue', () => {
    expect(formatIssue('d/orders.yaml', { path: 'domain', message: 'Required', line: 3, column: 1 })).toBe(
      'd/orders.yaml:3:1: domain: Required',
    );
    expect(formatIssue('d/orders.yaml', { path: 'team.name', message: 'no team' })).toBe(
      'd/orders.yaml: team.name: no team',
    );
    expect(formatIssue('x.yaml', { path: '', message: 'bad YAML', line: 2, column: 7 })).toBe('x.yaml:2:7: bad YAML');
  });

  it('sums up, counting failures and skips only when there are some', () => {
    expect(formatSummary({ created: 1, updated: 2, unchanged: 22, failed: 0, skipped: 0 }, false)).toBe(
      '25 descriptors: 1 created, 2 updated, 22 unchanged',
    );
    expect(formatSummary({ created: 0, updated: 1, unchanged: 0, failed: 1, skipped: 1 }, true)).toBe(
      'dry run: 3 descriptors: 0 to create, 1 to update, 0 unchanged, 1 failed, 1 skipped',
    );
  });
});
