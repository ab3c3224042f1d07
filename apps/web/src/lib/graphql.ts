import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { webConfig } from './config';

/**
 * A GraphQL document paired with the types of its variables and result, so a call site gets
 * a typed result without a cast. The type fields exist only for the compiler.
 */
export interface GraphQLOperation<TData, TVariables extends Record<string, unknown> = Record<string, never>> {
  readonly operationName: string;
  readonly document: string;
  readonly __types?: { readonly data: TData; readonly variables: TVariables };
}

/** Names a GraphQL document; `operationName` must match the operation inside `document`. */
export function defineOperation<TData, TVariables extends Record<string, unknown> = Record<string, never>>(
  operationName: string,
  document: string,
): GraphQLOperation<TData, TVariables> {
  return { operationName, document };
}

/** One entry of a GraphQL response's `errors` list, as the Tessera API formats it. */
export interface GraphQLErrorEntry {
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly extensions?: { readonly code?: string; readonly reason?: string; readonly [key: string]: unknown };
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

interface GraphQLResponseBody<TData> {
  readonly data?: TData | null;
  readonly errors?: readonly GraphQLErrorEntry[];
}

/**
 * Runs a GraphQL operation against the Tessera API from the server. Never cached: catalog
 * pages show live state. Throws GraphQLRequestError or ApiUnavailableError.
 */
export async function requestGraphQL<TData, TVariables extends Record<string, unknown>>(
  operation: GraphQLOperation<TData, TVariables>,
  variables?: TVariables,
): Promise<TData> {
  const { operationName } = operation;
  let response: Response;
  try {
    response = await fetch(webConfig.graphqlEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ operationName, query: operation.document, variables: variables ?? {} }),
      cache: 'no-store',
      signal: AbortSignal.timeout(webConfig.apiTimeoutMs),
    });
  } catch (error) {
    // Next.js signals dynamic rendering by throwing from fetch; that is not an outage.
    unstable_rethrow(error);
    throw new ApiUnavailableError(operationName, describeFetchFailure(error), { cause: error });
  }

  const body = await readBody<TData>(response);
  if (body?.errors?.length) throw new GraphQLRequestError(operationName, body.errors);
  if (!response.ok || body?.data == null) {
    throw new ApiUnavailableError(operationName, `HTTP ${response.status} without GraphQL data`);
  }
  return body.data;
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
