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

describe('database data exceptions', () => {
  const prismaError = (originalCode: string, message: string) =>
    Object.assign(new Error('Invalid `prisma.team.findUnique()` invocation in /srv/src/x.ts:1'), {
      code: 'P2007',
      meta: { driverAdapterError: { cause: { originalCode, message, kind: 'InvalidInputValue' } } },
    });

  it('answers an id that is not a UUID as VALIDATION_FAILED / INVALID_ID, without the database wording', () => {
    const logger = { error: vi.fn() };
    const error = toGraphqlError(prismaError('22P02', 'invalid input syntax for type uuid: "abc"'), logger);
    expect(error.extensions).toEqual({ code: 'VALIDATION_FAILED', reason: 'INVALID_ID' });
    expect(error.message).not.toMatch(/uuid|prisma|syntax/i);
    expect(logger.error).not.toHaveBeenCalled();
  });

  it('answers other data exceptions as INVALID_VALUE and keeps everything else internal', () => {
    expect(toGraphqlError(prismaError('22003', 'value out of range'), { error: vi.fn() }).extensions).toEqual({
      code: 'VALIDATION_FAILED',
      reason: 'INVALID_VALUE',
    });
    expect(toGraphqlError(prismaError('23505', 'duplicate key'), { error: vi.fn() }).extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
    });
  });
});
