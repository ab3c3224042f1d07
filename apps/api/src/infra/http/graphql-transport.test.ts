import { describe, expect, it } from 'vitest';
import { checkGraphqlBody, checkGraphqlTransport, MAX_QUERY_LENGTH, pathOf } from './graphql-transport';

const post = (contentType: string | undefined) => checkGraphqlTransport({ method: 'POST', contentType, query: {} });
const get = (query: unknown) => checkGraphqlTransport({ method: 'GET', contentType: undefined, query });

describe('checkGraphqlTransport', () => {
  it('accepts a JSON POST, with or without a charset', () => {
    expect(post('application/json')).toBeNull();
    expect(post('Application/JSON; charset=utf-8')).toBeNull();
  });

  it.each(['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/plain', undefined])(
    'refuses a POST of %s as UNSUPPORTED_MEDIA_TYPE',
    (contentType) => {
      expect(post(contentType)).toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
    },
  );

  it('answers queries over GET and refuses mutations there', () => {
    expect(get({ query: '{ apiInfo { version } }' })).toBeNull();
    expect(get({})).toBeNull();
    expect(get({ query: 'mutation { signOut { signedOut } }' })).toMatchObject({
      status: 405,
      code: 'METHOD_NOT_ALLOWED',
      headers: { allow: 'POST' },
    });
    // A mutation hidden behind a query in the same document is refused too.
    expect(get({ query: 'query A { apiInfo { version } } mutation B { signOut { signedOut } }' })).toMatchObject({
      status: 405,
    });
  });

  it('leaves a GET query that does not parse to GraphQL, which reports where', () => {
    expect(get({ query: '{ apiInfo {' })).toBeNull();
  });

  it('refuses repeated query parameters and other methods', () => {
    expect(get({ query: ['{ a }', '{ b }'] })).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
    expect(checkGraphqlTransport({ method: 'PUT', contentType: 'application/json', query: {} })).toMatchObject({
      status: 405,
      headers: { allow: 'GET, POST' },
    });
  });

  it('strips the query string from a path', () => {
    expect(pathOf('/graphql?query=x')).toBe('/graphql');
    expect(pathOf('/healthz')).toBe('/healthz');
  });
});

describe('checkGraphqlBody', () => {
  it('accepts one operation with variables and an operation name', () => {
    expect(checkGraphqlBody({ query: 'query A { a }', variables: { x: 1 }, operationName: 'A' })).toBeNull();
    expect(checkGraphqlBody({ query: '{ a }', variables: null, operationName: null })).toBeNull();
  });

  it('refuses a batch of operations', () => {
    expect(checkGraphqlBody([{ query: '{ a }' }, { query: '{ b }' }])).toMatchObject({
      status: 400,
      code: 'BATCHING_NOT_SUPPORTED',
    });
  });

  it('refuses a query text longer than the limit before anything parses it', () => {
    expect(checkGraphqlBody({ query: `{ a }${' '.repeat(MAX_QUERY_LENGTH)}` })).toMatchObject({
      status: 413,
      code: 'QUERY_TOO_LARGE',
    });
  });

  it.each([
    ['no query', {}],
    ['a number for a query', { query: 5 }],
    ['a blank query', { query: '  ' }],
    ['a list of variables', { query: '{ a }', variables: [1] }],
    ['a numeric operation name', { query: '{ a }', operationName: 1 }],
    ['a string body', 'query'],
  ])('refuses %s as BAD_REQUEST', (_name, body) => {
    expect(checkGraphqlBody(body)).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });
});
