import { describe, expect, it } from 'vitest';
import type { SchemaField } from '../compatibility';
import { MAX_SEARCH_TEXT, schemaSearchText } from '../schema-search-text';

const field = (name: string, doc?: string): SchemaField => ({
  path: `$.${name}`,
  name,
  type: 'string',
  required: true,
  depth: 0,
  ...(doc ? { doc } : {}),
});

describe('schemaSearchText', () => {
  it('holds field names, their words split at camelCase and snake_case, and docs once each', () => {
    expect(
      schemaSearchText([
        field('customerEmail', 'Where  receipts go'),
        field('order_total'),
        field('id', 'Where  receipts go'),
      ]),
    ).toBe('customerEmail customer Email order_total order total id Where receipts go');
  });

  it('stays within its bound, cut at a word', () => {
    const fields = Array.from({ length: 3_000 }, (_, index) => field(`field${index}`, `documentation ${index}`));
    const text = schemaSearchText(fields);
    expect(text.length).toBeLessThanOrEqual(MAX_SEARCH_TEXT);
    expect(text.endsWith(' ')).toBe(false);
    expect(text.split(' ').every((word) => word.length > 0)).toBe(true);
  });
});
