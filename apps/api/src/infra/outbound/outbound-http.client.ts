import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { Inject, Injectable, Optional } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { checkDestination, type CheckedDestination, type HostResolver, type ResolvedAddress } from './destination';

/** A different resolver for tests; production uses the system's (getaddrinfo). */
export const HOST_RESOLVER = Symbol('HOST_RESOLVER');

/** How much of a response body is kept, for error messages. */
const MAX_BODY_BYTES = 4_096;

export interface OutboundRequest {
  readonly method?: 'POST' | 'PUT';
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** The whole exchange (connect, send, headers, body) must finish within this. */
  readonly timeoutMs: number;
}

export interface OutboundResponse {
  readonly statusCode: number;
  readonly headers: IncomingHttpHeaders;
  /** The first few KiB of the body, as text. */
  readonly body: string;
}

/** The request failed below HTTP: connection refused or reset, TLS, or the deadline passed. */
export class OutboundRequestError extends Error {
  constructor(
    message: string,
    readonly timedOut: boolean,
  ) {
    super(message);
    this.name = 'OutboundRequestError';
  }
}

/** Answers every lookup with the address that was checked, so the connection goes there and nowhere else. */
export function pinnedLookup(pinned: ResolvedAddress): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: pinned.address, family: pinned.family }]);
    else callback(null, pinned.address, pinned.family);
  };
}

/**
 * The one way Tessera calls URLs that users typed (webhooks, Slack). Each request checks the
 * destination again (the allow-list or DNS may have changed since the channel was saved),
 * connects to the checked address only, uses a fresh connection (a pooled socket would skip
 * the check), and never follows redirects: a 3xx is returned as it is, and the caller treats
 * it as a failed delivery. TLS still verifies the certificate against the URL's host name.
 */
@Injectable()
export class OutboundHttpClient {
  private readonly allowedHosts: readonly string[];

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Optional() @Inject(HOST_RESOLVER) private readonly resolver?: HostResolver,
  ) {
    this.allowedHosts = config.notifications.allowedHosts;
  }

  /** Throws OutboundUrlRefusedError (policy) or OutboundLookupError (DNS) when the URL may not be called. */
  check(url: string): Promise<CheckedDestination> {
    return checkDestination(url, { allowedHosts: this.allowedHosts, resolve: this.resolver });
  }

  async request(url: string, request: OutboundRequest): Promise<OutboundResponse> {
    const destination = await this.check(url);
    return send(destination, request);
  }
}

function send(destination: CheckedDestination, request: OutboundRequest): Promise<OutboundResponse> {
  const { url, address } = destination;
  const transport = url.protocol === 'https:' ? https : http;
  const body = Buffer.from(request.body, 'utf8');
  return new Promise<OutboundResponse>((resolve, reject) => {
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      outcome();
    };
    const outgoing = transport.request(url, {
      method: request.method ?? 'POST',
      headers: { ...request.headers, 'content-length': String(body.length) },
      lookup: pinnedLookup(address),
      agent: false,
    });
    const deadline = setTimeout(() => {
      finish(() => reject(new OutboundRequestError(`no complete response within ${request.timeoutMs} ms`, true)));
      outgoing.destroy();
    }, request.timeoutMs);
    outgoing.on('error', (error) => finish(() => reject(new OutboundRequestError(error.message, false))));
    outgoing.on('response', (response) => {
      const chunks: Buffer[] = [];
      let kept = 0;
      response.on('data', (chunk: Buffer) => {
        if (kept < MAX_BODY_BYTES) {
          chunks.push(chunk);
          kept += chunk.length;
        }
      });
      response.on('error', (error) => finish(() => reject(new OutboundRequestError(error.message, false))));
      response.on('end', () =>
        finish(() =>
          resolve({
            statusCode: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).subarray(0, MAX_BODY_BYTES).toString('utf8'),
          }),
        ),
      );
    });
    outgoing.end(body);
  });
}
