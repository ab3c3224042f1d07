import { TESSERA_VERSION } from '@tessera/contracts';

/** A field-level problem the API reports, with a dotted path into the descriptor. */
export interface ApiIssue {
  readonly path: string;
  readonly message: string;
}

/** The API answered with an error: its stable code, the feature's reason and field issues. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly reason: string | undefined,
    readonly issues: readonly ApiIssue[],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The API could not be reached or answered something that is not GraphQL. */
export class TransportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TransportError';
  }
}

export interface GraphqlClient {
  request<Data>(query: string, variables: Record<string, unknown>): Promise<Data>;
}

interface GraphqlBody<Data> {
  data?: Data | null;
  errors?: { message?: string; extensions?: { code?: string; reason?: string; issues?: ApiIssue[] } }[];
}

export interface ClientSettings {
  readonly apiUrl: string;
  readonly token: string | undefined;
  readonly timeoutMs?: number;
}

export const DEFAULT_API_URL = 'http://127.0.0.1:4000';

/** Settings from the environment: TESSERA_API_URL (default the local API) and TESSERA_TOKEN. */
export function settingsFromEnvironment(environment: NodeJS.ProcessEnv): ClientSettings {
  return {
    apiUrl: environment.TESSERA_API_URL || DEFAULT_API_URL,
    token: environment.TESSERA_TOKEN || undefined,
  };
}

/** GraphQL over HTTP with the global fetch, authenticated with a bearer API token. */
export function createGraphqlClient(settings: ClientSettings): GraphqlClient {
  const endpoint = `${settings.apiUrl.replace(/\/+$/, '')}/graphql`;
  return {
    async request<Data>(query: string, variables: Record<string, unknown>): Promise<Data> {
      let response: Response;
      try {
        response = await fetch(endpoint, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/json',
            'user-agent': `tessera-cli/${TESSERA_VERSION}`,
            ...(settings.token ? { authorization: `Bearer ${settings.token}` } : {}),
          },
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(settings.timeoutMs ?? 60_000),
        });
      } catch (error) {
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        throw new TransportError(`cannot reach ${endpoint}: ${cause?.code ?? cause?.message ?? String(error)}`);
      }
      let body: GraphqlBody<Data>;
      try {
        body = (await response.json()) as GraphqlBody<Data>;
      } catch {
        throw new TransportError(`${endpoint} answered HTTP ${response.status} without a GraphQL response`);
      }
      const [error] = body.errors ?? [];
      if (error) {
        throw new ApiError(
          error.message ?? 'unknown error',
          error.extensions?.code,
          error.extensions?.reason,
          error.extensions?.issues ?? [],
        );
      }
      if (!body.data) throw new TransportError(`${endpoint} answered HTTP ${response.status} without data`);
      return body.data;
    },
  };
}
