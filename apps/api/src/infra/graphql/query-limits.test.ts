import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { assertQueryCost, queryCost } from './query-limits';

const schema = buildSchema(`
  type Query { products(first: Int, last: Int): ProductConnection! }
  type ProductConnection { nodes: [Product!]! }
  type Product { name: String! ports(first: Int): PortConnection! }
  type PortConnection { nodes: [Port!]! }
  type Port { name: String! }
`);

describe('query cost', () => {
  it('multiplies nested lists by the page sizes asked for, variables included', () => {
    const document = parse(
      'query($n: Int) { products(first: $n) { nodes { name ports(first: 10) { nodes { name } } } } }',
    );
    expect(queryCost(schema, document, { n: 5 })).toBe(1 + 5 * (1 + 1 + (1 + 10 * (1 + 1))));
    expect(queryCost(schema, document, { n: 50 })).toBeGreaterThan(queryCost(schema, document, { n: 5 }) * 9);
  });

  it('refuses an operation over the limit with a stable code', () => {
    const document = parse('{ products(first: 100) { nodes { ports(first: 100) { nodes { name } } } } }');
    try {
      assertQueryCost(schema, document, {}, 5000);
      expect.unreachable('the query should have been refused');
    } catch (error) {
      expect(error).toMatchObject({
        extensions: { code: 'VALIDATION_FAILED', reason: 'QUERY_TOO_COSTLY', maxCost: 5000 },
      });
    }
    expect(() => assertQueryCost(schema, parse('{ products(first: 2) { nodes { name } } }'), {}, 5000)).not.toThrow();
  });
});
