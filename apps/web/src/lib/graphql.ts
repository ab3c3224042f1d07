import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import type { TypedDocumentString } from '@/generated/graphql/graphql';
import { webConfig } from './config';

/** One entry of a GraphQL response's `errors` list, as the Tessera API formats it. */
export interface GraphQLErrorEntry {
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly extensions?: {
    readonly code?: string;
    readonly reason?: string;
    readonly issues?: readonly { readonly path: string; readonly message: string }[];
    readonly [key: string]: unknown;
  };
}

/** The API answered, but with GraphQL errors; `code` is the first error's `extensions.code`. */
export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';
  readonly code: string;
  readonly reason: string | undefined;

  constructor(
    readonly operationName: string,
    readonly errors: readonly GraphQLErrorEntry[],
  ) {
    const first = errors[0];
    super(`${operationName} failed: ${first?.message ?? 'unknown GraphQL error'}`);
    this.code = first?.extensions?.code ?? 'UNKNOWN';
    this.reason = first?.extensions?.reason;
  }

  /** The message the API wrote for people, with the field issues it named. */
  get userMessage(): string {
    const first = this.errors[0];
    const issues = first?.extensions?.issues ?? [];
    const detail = issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
    const message = first?.message ?? 'The request failed';
    return detail && !message.includes(detail) ? `${message} (${detail})` : message;
  }
}

/** The API could not be reached or did not answer with GraphQL (network error, timeout, HTTP error). */
export class ApiUnavailableError extends Error {
  override readonly name = 'ApiUnavailableError';
  readonly code = 'API_UNAVAILABLE';

  constructor(
    readonly operationName: string,
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${operationName}: the Tessera API is unavailable (${detail})`, options);
  }
}

/** Credentials a server-side request carries for the signed-in browser. */
export interface RequestCredentials {
  readonly sessionToken?: string;
  /** Sent as X-CSRF-Token; the API needs it on cookie-authenticated mutations. */
  readonly csrfToken?: string;
  /**
   * The browser's X-Forwarded-For as this server received it, passed on so an API that
   * trusts the portal (TRUST_PROXY) limits and records the browser's address, not the portal's.
   */
  readonly forwardedFor?: string;
  /** The browser's User-Agent, recorded on the sessions it signs in. */
  readonly userAgent?: string;
}

/** The headers of a server-side request to the API on behalf of a browser. */
function requestHeaders(kind: string, credentials: RequestCredentials): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (credentials.sessionToken) headers.cookie = `tessera_session=${credentials.sessionToken}`;
  if (kind === 'mutation' && credentials.csrfToken) headers['x-csrf-token'] = credentials.csrfToken;
  if (credentials.forwardedFor) headers['x-forwarded-for'] = credentials.forwardedFor;
  if (credentials.userAgent) headers['user-agent'] = credentials.userAgent;
  return headers;
}

/** Variables are a required argument exactly when the operation declares any. */
export type VariablesArgument<TVariables> = TVariables extends Record<string, never> ? [] : [variables: TVariables];

interface GraphQLResponseBody<TData> {
  readonly data?: TData | null;
  readonly errors?: readonly GraphQLErrorEntry[];
}

const OPERATION_HEADER = /^\s*(query|mutation|subscription)\s+(\w+)/;

/** The operation's kind and name, from the generated document's first line. */
export function describeOperation(document: string): { kind: string; name: string } {
  const match = OPERATION_HEADER.exec(document);
  return { kind: match?.[1] ?? 'query', name: match?.[2] ?? 'anonymous' };
}

/** The API's answer with its raw HTTP response, for the few callers that read headers (sign-in). */
export interface GraphQLExchange<TData> {
  readonly data: TData;
  readonly response: Response;
}

/**
 * Runs a generated GraphQL operation against the Tessera API from the server. Never cached:
 * catalog pages show live state. Throws GraphQLRequestError or ApiUnavailableError.
 */
export async function exchangeGraphQL<TData, TVariables>(
  document: TypedDocumentString<TData, TVariables>,
  variables: TVariables | undefined,
  credentials: RequestCredentials = {},
): Promise<GraphQLExchange<TData>> {
  const { kind, name } = describeOperation(document.toString());
  const headers = requestHeaders(kind, credentials);

  let response: Response;
  try {
    response = await fetch(webConfig.graphqlEndpoint, {
      method: 'POST',
      headers,
      body: JSON.stringify({ operationName: name, query: document.toString(), variables: variables ?? {} }),
      cache: 'no-store',
      signal: AbortSignal.timeout(webConfig.apiTimeoutMs),
    });
  } catch (error) {
    // Next.js signals dynamic rendering by throwing from fetch; that is not an outage.
    unstable_rethrow(error);
    throw new ApiUnavailableError(name, describeFetchFailure(error), { cause: error });
  }

  const body = await readBody<TData>(response);
  if (body?.errors?.length) throw new GraphQLRequestError(name, body.errors);
  if (!response.ok || body?.data == null) {
    throw new ApiUnavailableError(name, `HTTP ${response.status} without GraphQL data`);
  }
  return { data: body.data, response };
}

/** Runs an operation that needs no user (`apiInfo`); an expired cookie must not break it. */
export async function requestPublicGraphQL<TData, TVariables>(
  document: TypedDocumentString<TData, TVariables>,
  ...[variables]: VariablesArgument<NoInfer<TVariables>>
): Promise<TData> {
  return (await exchangeGraphQL(document, variables)).data;
}

async function readBody<TData>(response: Response): Promise<GraphQLResponseBody<TData> | null> {
  try {
    return (await response.json()) as GraphQLResponseBody<TData>;
  } catch {
    return null;
  }
}

function describeFetchFailure(error: unknown): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return `no answer within ${webConfig.apiTimeoutMs} ms`;
  }
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error && 'code' in cause && typeof cause.code === 'string') return cause.code;
  return error instanceof Error ? error.message : String(error);
}
