import { Logger } from '@nestjs/common';
import { GraphQLError, type FormattedExecutionResult } from 'graphql';
import { withoutSuggestions } from './abuse-limits';
import { toGraphqlError } from './graphql-error-filter';

const logger = new Logger('GraphQL');

/**
 * Errors Fastify or mercurius raise around GraphQL (reading the body, routing), as the HTTP
 * status and stable code a client sees. Their own messages are replaced: a parser's wording
 * is not an interface, and some of it names internals.
 */
const TRANSPORT_ERRORS: Readonly<Record<string, { status: number; code: string; message: string }>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'GraphQL requests are POSTed as application/json',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'BAD_REQUEST', message: 'The request body is not valid JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'BAD_REQUEST', message: 'The request body is empty' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: 'BAD_REQUEST',
    message: 'The Content-Length does not match the body',
  },
  MER_ERR_METHOD_NOT_ALLOWED: {
    status: 405,
    code: 'METHOD_NOT_ALLOWED',
    message: 'Mutations are sent with POST, never GET',
  },
  MER_ERR_GQL_PERSISTED_QUERY_NOT_FOUND: { status: 400, code: 'BAD_REQUEST', message: 'The request has no query' },
};

/** Any other 4xx Fastify raises while reading a request. */
const UNREADABLE = { status: 400, code: 'BAD_REQUEST', message: 'The request could not be read' };

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

function transportErrorOf(original: unknown): { status: number; code: string; message: string } | undefined {
  const code = codeOf(original);
  if (code === undefined) return undefined;
  const known = TRANSPORT_ERRORS[code];
  if (known) return known;
  const status = (original as { statusCode?: unknown }).statusCode;
  if (code.startsWith('FST_') && typeof status === 'number' && status >= 400 && status < 500) return UNREADABLE;
  return undefined;
}

/**
 * Gives every error a stable `extensions.code`. Errors thrown in field resolvers bypass Nest's
 * exception filters, so domain errors are mapped here too, and anything unexpected from a
 * resolver is masked as INTERNAL_SERVER_ERROR; errors raised before resolvers run (parse,
 * validation, depth, cost) without a code of ours become GRAPHQL_VALIDATION_FAILED.
 */
export function withStableCodes(error: GraphQLError): GraphQLError {
  const located = { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path };
  const original = error.originalError;
  const transport = transportErrorOf(original);
  if (transport) return new GraphQLError(transport.message, { extensions: { code: transport.code } });
  const originalCode = codeOf(original);
  if (originalCode === 'MER_ERR_GQL_QUERY_DEPTH') {
    return new GraphQLError(error.message, {
      ...located,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', reason: 'QUERY_TOO_DEEP' },
    });
  }
  const fromMercurius = originalCode?.startsWith('MER_ERR') ?? false;
  if (original && !(original instanceof GraphQLError) && !fromMercurius) {
    const mapped = toGraphqlError(original, logger);
    return new GraphQLError(mapped.message, { ...located, extensions: mapped.extensions });
  }
  if (typeof error.extensions.code === 'string') return error;
  return new GraphQLError(error.message, {
    ...located,
    extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
  });
}

/** mercurius wraps validation failures in one error that carries the list; unwrap it. */
function unwrap(error: GraphQLError): GraphQLError[] {
  const nested = (error.originalError as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(nested)) return [error];
  return nested.map((item: unknown) =>
    item instanceof GraphQLError
      ? item
      : new GraphQLError(item instanceof Error ? item.message : String(item), {
          originalError: item instanceof Error ? item : undefined,
        }),
  );
}

/**
 * The HTTP status of a GraphQL response: a transport refusal keeps its own; a request that
 * never reached execution (parse, validation, depth, cost, introspection: no data and no
 * error with a path) is 400, as the GraphQL-over-HTTP spec asks for
 * application/graphql-response+json, so proxies and monitoring see a refusal; anything that
 * executed is 200, with partial data and located errors.
 */
function statusOf(errors: readonly GraphQLError[], raw: readonly GraphQLError[], data: unknown): number {
  const transport = raw.flatMap(unwrap).map((error) => transportErrorOf(error.originalError)?.status ?? 0);
  const highest = Math.max(0, ...transport);
  if (highest > 0) return highest;
  const executed = data !== undefined && data !== null;
  return !executed && errors.every((error) => error.path === undefined) ? 400 : 200;
}

export interface FormattedResponse {
  readonly statusCode: number;
  readonly response: FormattedExecutionResult;
}

/** mercurius's errorFormatter: stable codes, the status above, no suggestions in production. */
export function formatErrors(
  execution: { data?: FormattedExecutionResult['data']; errors: readonly GraphQLError[] },
  production: boolean,
): FormattedResponse {
  const errors = execution.errors.flatMap(unwrap).map(withStableCodes);
  return {
    statusCode: statusOf(errors, execution.errors, execution.data),
    response: {
      data: execution.data ?? null,
      errors: errors.map((error) => {
        const json = error.toJSON();
        return production ? { ...json, message: withoutSuggestions(json.message) } : json;
      }),
    },
  };
}
