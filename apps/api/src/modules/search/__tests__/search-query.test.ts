import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../infra/graphql/domain-error';
import { decodeSearchCursor, encodeSearchCursor } from '../search-cursor';
import {
  correctableTerms,
  decodeExpansion,
  encodeExpansion,
  expansionOf,
  MAX_COMPLETIONS,
  NO_EXPANSION,
  parseSearchQuery,
  termsTsquery,
} from '../search-query';

describe('parseSearchQuery', () => {
  it('treats an empty, blank or punctuation-only query as browsing', () => {
    expect(parseSearchQuery(undefined)).toEqual({ kind: 'browse' });
    expect(parseSearchQuery('   ')).toEqual({ kind: 'browse' });
    expect(parseSearchQuery('!? --')).toEqual({ kind: 'browse' });
  });

  it('splits plain text into lowercase words of letters and digits', () => {
    expect(parseSearchQuery('  Card-Payments  v2 émission ')).toEqual({
      kind: 'terms',
      text: 'card payments v2 émission',
      terms: ['card', 'payments', 'v2', 'émission'],
    });
  });

  it('keeps web-search syntax (quotes, or, -word) literal', () => {
    expect(parseSearchQuery('"daily snapshot" payments')).toMatchObject({ kind: 'websearch' });
    expect(parseSearchQuery('payments -refunds')).toMatchObject({ kind: 'websearch' });
    expect(parseSearchQuery('payments OR refunds')).toMatchObject({ kind: 'websearch' });
    expect(parseSearchQuery('orders co-op')).toMatchObject({ kind: 'terms' });
  });
});

describe('correctableTerms', () => {
  it('corrects words of four or more letters, not numbers, once each', () => {
    expect(correctableTerms(parseSearchQuery('paymnts eu 2024 paymnts refnds'))).toEqual(['paymnts', 'refnds']);
  });
});

describe('termsTsquery', () => {
  it('requires every word, offering corrections as alternatives', () => {
    const expansion = expansionOf(parseSearchQuery('paymnts refnds'), new Map([['paymnts', ['payments']]]), []);
    expect(termsTsquery(['paymnts', 'refnds'], expansion)).toBe("('paymnts' | 'payments') & 'refnds'");
  });

  it('completes the last word from the lexicon, or matches a bare prefix when there are too many', () => {
    const parsed = parseSearchQuery('card paym');
    expect(termsTsquery(['card', 'paym'], expansionOf(parsed, new Map(), ['payment', 'payments']))).toBe(
      "'card' & ('paym' | 'payment' | 'payments')",
    );
    const many = Array.from({ length: MAX_COMPLETIONS + 1 }, (_, index) => `paym${index}`);
    expect(termsTsquery(['card', 'paym'], expansionOf(parsed, new Map(), many))).toBe("'card' & 'paym':*");
    expect(termsTsquery(['card', 'pa'], expansionOf(parseSearchQuery('card pa'), new Map(), []))).toBe(
      "'card' & 'pa':*",
    );
  });

  it('drops alternatives that are not plain words, so they cannot change the query', () => {
    const expansion = { alternatives: new Map([['orders', ["x' | 'y", 'order']]]), wildcardLast: false };
    expect(termsTsquery(['orders'], expansion)).toBe("('orders' | 'order')");
  });
});

describe('expansion in cursors', () => {
  it('round-trips and refuses malformed text', () => {
    const expansion = { alternatives: new Map([['paymnts', ['payments', 'payment']]]), wildcardLast: true };
    expect(decodeExpansion(encodeExpansion(expansion))).toEqual(expansion);
    expect(decodeExpansion(encodeExpansion(NO_EXPANSION))).toEqual(NO_EXPANSION);
    expect(decodeExpansion("paymnts:pay'ments")).toBeNull();
    expect(decodeExpansion('a:b:c')).toBeNull();
  });
});

describe('search cursors', () => {
  const parsed = parseSearchQuery('paymnts');
  const cursor = {
    sort: 'RELEVANCE' as const,
    key: '0.512345',
    id: '7f0c8a52-8f44-4d2b-9b1e-1c2d3e4f5a6b',
    expansion: { alternatives: new Map([['paymnts', ['payments']]]), wildcardLast: false },
  };

  it('decodes what it encodes', () => {
    expect(decodeSearchCursor(encodeSearchCursor(parsed, cursor), 'RELEVANCE', parsed)).toEqual(cursor);
  });

  it('refuses a cursor of another order, another query, or a forged key', () => {
    const encoded = encodeSearchCursor(parsed, cursor);
    const reasonOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof DomainError ? error.reason : 'other';
      }
      return 'none';
    };
    expect(reasonOf(() => decodeSearchCursor(encoded, 'NAME', parsed))).toBe('INVALID_CURSOR');
    expect(reasonOf(() => decodeSearchCursor(encoded, 'RELEVANCE', parseSearchQuery('orders')))).toBe('INVALID_CURSOR');
    expect(reasonOf(() => decodeSearchCursor('not-a-cursor', 'RELEVANCE', parsed))).toBe('INVALID_CURSOR');
    const forged = encodeSearchCursor(parsed, { ...cursor, key: '1; DROP TABLE x' });
    expect(reasonOf(() => decodeSearchCursor(forged, 'RELEVANCE', parsed))).toBe('INVALID_CURSOR');
  });
});
