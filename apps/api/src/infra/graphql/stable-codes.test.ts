import { GraphQLError, Kind, type FieldNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DomainError, ErrorCategory } from './domain-error';
import { withStableCodes } from './error-formatter';

const node: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: 'product' } };

describe('withStableCodes', () => {
  it('maps a domain error thrown in a field resolver (no Nest filter there) to its code, keeping its path', () => {
    const located = new GraphQLError('gone', {
      nodes: [node],
      path: ['outputPort', 'product'],
      originalError: new DomainError(ErrorCategory.NOT_FOUND, 'DATA_PRODUCT_NOT_FOUND', 'No such data product'),
    });
    const mapped = withStableCodes(located);
    expect(mapped.message).toBe('No such data product');
    expect(mapped.path).toEqual(['outputPort', 'product']);
    expect(mapped.extensions).toEqual({ code: 'NOT_FOUND', reason: 'DATA_PRODUCT_NOT_FOUND' });
  });

  it('masks an unexpected error from a field resolver as an internal error', () => {
    const mapped = withStableCodes(
      new GraphQLError('boom', { nodes: [node], originalError: new Error('password=hunter2 at 10.0.0.5') }),
    );
    expect(mapped.message).toBe('Internal server error');
    expect(mapped.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('gives validation errors without a code GRAPHQL_VALIDATION_FAILED and keeps coded ones', () => {
    expect(withStableCodes(new GraphQLError('Cannot query field')).extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(
      withStableCodes(new GraphQLError('too costly', { extensions: { code: 'VALIDATION_FAILED' } })).extensions.code,
    ).toBe('VALIDATION_FAILED');
  });
});
