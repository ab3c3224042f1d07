import 'server-only';

/**
 * The portal's settings, read from the environment once when the server loads this module.
 * This is the only module that reads process.env; everything else imports `webConfig`.
 */
export interface WebConfig {
  /** Base URL of the Tessera API, such as http://127.0.0.1:4000. */
  readonly apiUrl: URL;
  /** Where GraphQL requests go: `${apiUrl}/graphql`. */
  readonly graphqlEndpoint: URL;
  /** How long a server-side API request may take before the page treats the API as unavailable. */
  readonly apiTimeoutMs: number;
}

const DEFAULT_API_URL = 'http://127.0.0.1:4000';
const API_TIMEOUT_MS = 3_000;

function readApiUrl(raw: string | undefined): URL {
  const value = raw?.trim() || DEFAULT_API_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`TESSERA_API_URL must be an absolute http(s) URL such as ${DEFAULT_API_URL}; got "${value}".`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`TESSERA_API_URL must start with http: or https:; got "${value}".`);
  }
  return url;
}

function loadWebConfig(): WebConfig {
  const apiUrl = readApiUrl(process.env.TESSERA_API_URL);
  // Resolve against a trailing slash so a base path such as https://host/tessera is kept.
  const base = apiUrl.href.endsWith('/') ? apiUrl.href : `${apiUrl.href}/`;
  return { apiUrl, graphqlEndpoint: new URL('graphql', base), apiTimeoutMs: API_TIMEOUT_MS };
}

export const webConfig: WebConfig = loadWebConfig();
