import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { DomainError, ErrorCategory, defineErrors } from './domain-error';
import { toGraphqlError } from './graphql-error-filter';

describe('toGraphqlError', () => {
  it('maps a domain error to its category code, reason and field issues', () => {
    const productErrors = defineErrors({
      DATA_PRODUCT_SLUG_TAKEN: { category: ErrorCategory.CONFLICT, message: 'That slug is taken' },
    });
    const error = toGraphqlError(
      productErrors('DATA_PRODUCT_SLUG_TAKEN', undefined, [{ path: 'slug', message: 'taken' }]),
      { error: vi.fn() },
    );
    expect(error.message).toBe('That slug is taken');
    expect(error.extensions).toEqual({
      code: 'CONFLICT',
      reason: 'DATA_PRODUCT_SLUG_TAKEN',
      issues: [{ path: 'slug', message: 'taken' }],
    });
  });

  it('hides the message and stack of an unexpected error and logs it instead', () => {
    const logger = { error: vi.fn() };
    const error = toGraphqlError(new Error('connection to 10.0.0.5:5432 refused'), logger);
    expect(error.message).toBe('Internal server error');
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(logger.error).toHaveBeenCalledWith(expect.stringContaining('10.0.0.5'));
  });

  it('passes through GraphQL errors that already carry a code', () => {
    const original = new GraphQLError('Too deep', { extensions: { code: 'VALIDATION_FAILED' } });
    expect(toGraphqlError(original, { error: vi.fn() })).toBe(original);
    expect(
      toGraphqlError(new DomainError(ErrorCategory.NOT_FOUND, 'X', 'gone'), { error: vi.fn() }).extensions.code,
    ).toBe('NOT_FOUND');
  });
});
