import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DomainError, ErrorCategory } from './domain-error';
import { formatErrors } from './error-formatter';

function fastifyError(code: string, statusCode: number, message: string): Error {
  return Object.assign(new Error(message), { code, statusCode });
}

/** How mercurius hands over a failure raised before execution: one error wrapping the list. */
function wrapped(...errors: Error[]): GraphQLError {
  const outer = Object.assign(new Error('Graphql validation error'), { code: 'MER_ERR_GQL_VALIDATION', errors });
  return new GraphQLError(outer.message, { originalError: outer });
}

describe('formatErrors', () => {
  it('answers a request that never executed with 400', () => {
    const { statusCode, response } = formatErrors(
      { errors: [wrapped(new GraphQLError('Cannot query field "nope" on type "Query".'))] },
      false,
    );
    expect(statusCode).toBe(400);
    expect(response.errors).toEqual([expect.objectContaining({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })]);
  });

  it('keeps 200 for an executed operation whose fields failed, with their paths', () => {
    const located = new GraphQLError('No such data product', {
      path: ['dataProduct'],
      originalError: new DomainError(ErrorCategory.NOT_FOUND, 'DATA_PRODUCT_NOT_FOUND', 'No such data product'),
    });
    const { statusCode, response } = formatErrors({ data: { dataProduct: null }, errors: [located] }, true);
    expect(statusCode).toBe(200);
    expect(response.data).toEqual({ dataProduct: null });
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', reason: 'DATA_PRODUCT_NOT_FOUND' });
  });

  it.each([
    ['FST_ERR_CTP_BODY_TOO_LARGE', 413, 413, 'PAYLOAD_TOO_LARGE'],
    ['FST_ERR_CTP_INVALID_MEDIA_TYPE', 415, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['FST_ERR_CTP_INVALID_JSON_BODY', 400, 400, 'BAD_REQUEST'],
    ['FST_ERR_SOMETHING_NEW', 400, 400, 'BAD_REQUEST'],
  ])('maps Fastify’s %s to HTTP %i and %s, without its wording', (code, raised, status, stable) => {
    const error = new GraphQLError('x', {
      originalError: fastifyError(code, raised, 'at /srv/node_modules/fastify/lib/x.js:1'),
    });
    const { statusCode, response } = formatErrors({ errors: [error] }, true);
    expect(statusCode).toBe(status);
    expect(response.errors?.[0]?.extensions).toEqual({ code: stable });
    expect(JSON.stringify(response)).not.toContain('node_modules');
  });

  it('gives the depth limit its own reason', () => {
    const depth = Object.assign(new Error('unnamedQuery query depth (50) exceeds the query depth limit of 12'), {
      code: 'MER_ERR_GQL_QUERY_DEPTH',
    });
    const { statusCode, response } = formatErrors({ errors: [wrapped(depth)] }, true);
    expect(statusCode).toBe(400);
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', reason: 'QUERY_TOO_DEEP' });
  });

  it('drops field suggestions in production only', () => {
    const typo = () => ({ errors: [new GraphQLError('Cannot query field "versio". Did you mean "version"?')] });
    expect(formatErrors(typo(), true).response.errors?.[0]?.message).toBe('Cannot query field "versio".');
    expect(formatErrors(typo(), false).response.errors?.[0]?.message).toContain('Did you mean');
  });

  it('masks an unexpected resolver error and keeps 200 with its path', () => {
    const error = new GraphQLError('boom', {
      path: ['dataProducts'],
      originalError: new Error('relation "data_products" does not exist'),
    });
    const { statusCode, response } = formatErrors({ data: null, errors: [error] }, true);
    expect(statusCode).toBe(200);
    expect(response.errors?.[0]).toMatchObject({ message: 'Internal server error' });
    expect(JSON.stringify(response)).not.toContain('relation');
  });
});
