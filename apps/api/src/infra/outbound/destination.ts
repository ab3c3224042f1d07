import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { addressRefusal, isAllowListed, stripBrackets } from './address-policy';

export interface ResolvedAddress {
  readonly address: string;
  readonly family: 4 | 6;
}

/** Resolves a host name to every address it has; the system resolver (getaddrinfo) by default. */
export type HostResolver = (hostname: string) => Promise<readonly ResolvedAddress[]>;

export const systemResolver: HostResolver = async (hostname) => {
  const answers = await lookup(hostname, { all: true, verbatim: true });
  return answers.map((answer) => ({ address: answer.address, family: answer.family === 6 ? 6 : 4 }));
};

/** The URL is not one Tessera may call; permanent for this URL and allow-list. */
export class OutboundUrlRefusedError extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`Refused to call ${redactUrl(url)}: ${reason}`);
    this.name = 'OutboundUrlRefusedError';
  }
}

/** The host name did not resolve; may be transient (DNS), so deliveries retry it. */
export class OutboundLookupError extends Error {
  constructor(
    readonly hostname: string,
    cause: unknown,
  ) {
    super(`Could not resolve ${hostname}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'OutboundLookupError';
  }
}

/** Where a request may go: the URL, and the one checked address the connection is pinned to. */
export interface CheckedDestination {
  readonly url: URL;
  readonly address: ResolvedAddress;
  /** Whether the admin allow-list admitted the host (its addresses were not checked). */
  readonly allowListed: boolean;
}

export interface DestinationPolicy {
  readonly allowedHosts: readonly string[];
  readonly resolve?: HostResolver;
}

/** URLs in logs and errors lose their credentials, path and query (a Slack URL's path is its secret). */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}/…`;
  } catch {
    return '(not a URL)';
  }
}

function defaultPort(url: URL): number {
  if (url.port !== '') return Number(url.port);
  return url.protocol === 'https:' ? 443 : 80;
}

/**
 * Checks a URL against the outbound policy: http(s) only, and every address the host
 * resolves to must be public unicast, unless the admin allow-list names the host (or
 * host:port). Returns the address to connect to, so the request cannot be steered elsewhere
 * by a second DNS answer (rebinding) between this check and the connection.
 */
export async function checkDestination(rawUrl: string, policy: DestinationPolicy): Promise<CheckedDestination> {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw new OutboundUrlRefusedError(rawUrl, 'it is not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new OutboundUrlRefusedError(rawUrl, `only http and https URLs are allowed, not ${url.protocol}`);
  const hostname = stripBrackets(url.hostname);
  if (hostname === '') throw new OutboundUrlRefusedError(rawUrl, 'the URL has no host');
  const allowListed = isAllowListed(policy.allowedHosts, hostname, defaultPort(url));

  let addresses: readonly ResolvedAddress[];
  if (isIP(hostname) !== 0) {
    addresses = [{ address: hostname, family: isIP(hostname) === 6 ? 6 : 4 }];
  } else {
    try {
      addresses = await (policy.resolve ?? systemResolver)(hostname);
    } catch (error) {
      throw new OutboundLookupError(hostname, error);
    }
    if (addresses.length === 0) throw new OutboundLookupError(hostname, new Error('no addresses'));
  }
  if (!allowListed) {
    // Every answer must pass: a host with one public and one private address is refused.
    for (const { address } of addresses) {
      const refusal = addressRefusal(address);
      if (refusal !== null)
        throw new OutboundUrlRefusedError(
          rawUrl,
          hostname === address ? refusal : `${hostname} resolves to ${refusal.replace(/^\S+ is /, `${address}, `)}`,
        );
    }
  }
  return { url, address: addresses[0]!, allowListed };
}
