import { Kind, OperationTypeNode, parse } from 'graphql';
import { refusal, type HttpRefusal } from './http-refusal';

export const GRAPHQL_PATH = '/graphql';

/**
 * The longest query text accepted. The portal's largest operation is a few kilobytes; a
 * client that sends more is generating queries, and parsing megabytes of GraphQL costs CPU
 * before any depth or cost limit can look at it. Variables are bounded by the body limit.
 */
export const MAX_QUERY_LENGTH = 64 * 1024;

/** The one media type GraphQL requests are POSTed with; forms cannot send it without a CORS preflight. */
const JSON_MEDIA_TYPE = 'application/json';

export function pathOf(url: string): string {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

function mediaTypeOf(contentType: string | undefined): string | null {
  if (!contentType) return null;
  return contentType.split(';', 1)[0]!.trim().toLowerCase();
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const badRequest = (message: string) => refusal(400, 'BAD_REQUEST', message);

function tooLarge(query: string): HttpRefusal | null {
  return query.length > MAX_QUERY_LENGTH
    ? refusal(413, 'QUERY_TOO_LARGE', `The query text is longer than ${MAX_QUERY_LENGTH} characters`, {
        details: { maxQueryLength: MAX_QUERY_LENGTH },
      })
    : null;
}

/** True when the document defines a mutation or subscription; a syntax error is GraphQL's to report. */
function definesWrite(query: string): boolean {
  try {
    return parse(query, { noLocation: true }).definitions.some(
      (definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.operation !== OperationTypeNode.QUERY,
    );
  } catch {
    return false;
  }
}

export interface TransportRequest {
  readonly method: string;
  readonly contentType: string | undefined;
  /** The parsed query string (GET carries the operation there). */
  readonly query: unknown;
}

/**
 * What a GraphQL request must look like before its body is even read:
 * - POST with `application/json` only. Form encodings and text/plain are what an HTML form
 *   on another site can send without a CORS preflight, so refusing them closes that CSRF
 *   path for every operation, cookie or not.
 * - GET for queries only (cacheable, harmless); a mutation over GET is METHOD_NOT_ALLOWED,
 *   since links, images and prefetchers issue GETs.
 */
export function checkGraphqlTransport(request: TransportRequest): HttpRefusal | null {
  const method = request.method.toUpperCase();
  if (method === 'POST') {
    const mediaType = mediaTypeOf(request.contentType);
    if (mediaType === JSON_MEDIA_TYPE) return null;
    return refusal(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      `GraphQL requests are POSTed as ${JSON_MEDIA_TYPE}, not ${mediaType ?? 'a body without a content type'}`,
      { headers: { 'accept-post': JSON_MEDIA_TYPE } },
    );
  }
  if (method === 'GET' || method === 'HEAD') {
    const query = isPlainObject(request.query) ? request.query.query : undefined;
    if (query === undefined) return null;
    if (typeof query !== 'string') return badRequest('Give one `query` parameter');
    const large = tooLarge(query);
    if (large) return large;
    if (definesWrite(query))
      return refusal(405, 'METHOD_NOT_ALLOWED', 'Mutations are sent with POST, never GET', {
        headers: { allow: 'POST' },
      });
    return null;
  }
  return refusal(405, 'METHOD_NOT_ALLOWED', `GraphQL answers GET (queries) and POST, not ${method}`, {
    headers: { allow: 'GET, POST' },
  });
}

/**
 * The parsed JSON body of a POST: one operation (batching is off, so a list of 100 operations
 * cannot multiply one request's work), with a query string of bounded length.
 */
export function checkGraphqlBody(body: unknown): HttpRefusal | null {
  if (Array.isArray(body))
    return refusal(400, 'BATCHING_NOT_SUPPORTED', 'Send one operation per request; batched requests are refused');
  if (!isPlainObject(body)) return badRequest('The body must be a JSON object with a `query`');
  const { query, variables, operationName, extensions } = body;
  if (typeof query !== 'string' || query.trim() === '') return badRequest('The body needs a non-empty `query` string');
  const large = tooLarge(query);
  if (large) return large;
  if (variables != null && !isPlainObject(variables)) return badRequest('`variables` must be a JSON object');
  if (operationName != null && typeof operationName !== 'string') return badRequest('`operationName` must be a string');
  if (extensions != null && !isPlainObject(extensions)) return badRequest('`extensions` must be a JSON object');
  return null;
}
