import { describe, expect, it } from 'vitest';
import { handOverCreated, recordsToRemove } from '../held-bindings';
import type { GrantRecord } from '../provisioners';

const base = { portKind: 'POSTGRES_TABLE', database: 'sales-db', role: 'finance' } as const;
const usage = (newlyGranted: boolean): GrantRecord => ({
  ...base,
  objectType: 'SCHEMA',
  privilege: 'USAGE',
  schema: 'sales',
  newlyGranted,
});
const select = (table: string): GrantRecord => ({
  ...base,
  objectType: 'TABLE',
  privilege: 'SELECT',
  schema: 'sales',
  table,
});

describe('recordsToRemove', () => {
  it('removes what no other grant holds, comparing bindings without their bookkeeping flags', () => {
    const removed = [usage(true), select('orders')];
    expect(recordsToRemove(removed, [])).toEqual(removed);
    expect(recordsToRemove(removed, [{ id: 'b', records: [usage(false), select('refunds')] }])).toEqual([
      select('orders'),
    ]);
  });
});

describe('handOverCreated', () => {
  it('makes the oldest grant holding a created binding its creator, once', () => {
    const others = [
      { id: 'b', records: [usage(false), select('refunds')] },
      { id: 'c', records: [usage(false), select('payouts')] },
    ];
    expect(handOverCreated([usage(true), select('orders')], others)).toEqual([
      { id: 'b', records: [usage(true), select('refunds')] },
    ]);
  });

  it('hands over nothing the removed grant did not create, or that nobody else holds', () => {
    expect(handOverCreated([usage(false)], [{ id: 'b', records: [usage(false)] }])).toEqual([]);
    expect(handOverCreated([usage(true)], [{ id: 'b', records: [select('refunds')] }])).toEqual([]);
  });
});
