import { OutboundLookupError, OutboundUrlRefusedError, redactUrl } from '../../../infra/outbound/destination';
import { OutboundRequestError, type OutboundHttpClient } from '../../../infra/outbound/outbound-http.client';
import type { SendOutcome } from './send-outcome';

const BODY_EXCERPT = 300;

/**
 * POSTs a JSON body through the outbound client and classifies the answer. Redirects are not
 * followed (the outbound client never does): a 3xx is a failed attempt naming the target.
 */
export async function postJson(
  client: OutboundHttpClient,
  url: string,
  headers: Readonly<Record<string, string>>,
  body: string,
  timeoutMs: number,
): Promise<SendOutcome> {
  try {
    const response = await client.request(url, {
      headers: { 'content-type': 'application/json', ...headers },
      body,
      timeoutMs,
    });
    const { statusCode } = response;
    if (statusCode >= 200 && statusCode < 300) return { kind: 'delivered', statusCode };
    if (statusCode === 410)
      return { kind: 'gone', statusCode, error: 'HTTP 410 Gone: the receiver asked not to be called again' };
    if (statusCode >= 300 && statusCode < 400) {
      const location =
        typeof response.headers.location === 'string'
          ? redactUrl(new URL(response.headers.location, url).toString())
          : 'nowhere';
      return { kind: 'failed', statusCode, error: `HTTP ${statusCode}: redirect to ${location} not followed` };
    }
    const excerpt = response.body.trim().slice(0, BODY_EXCERPT);
    return { kind: 'failed', statusCode, error: `HTTP ${statusCode}${excerpt ? `: ${excerpt}` : ''}` };
  } catch (error) {
    if (error instanceof OutboundUrlRefusedError)
      return { kind: 'refused', error: `OUTBOUND_URL_REFUSED: ${error.reason}` };
    if (error instanceof OutboundLookupError || error instanceof OutboundRequestError)
      return { kind: 'failed', statusCode: null, error: error.message };
    throw error;
  }
}
