import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Webhook signatures, Stripe-style: `Tessera-Signature: t=<unix seconds>,v1=<hex>[,v1=<hex>]`,
 * each v1 the HMAC-SHA256 of `<t>.<raw body>` keyed with a signing secret (the whole
 * `whsec_…` string, as UTF-8). During a rotation's overlap there is one v1 per active
 * secret, newest first, so a receiver holding either secret verifies.
 */
export const SIGNATURE_HEADER = 'Tessera-Signature';
export const TIMESTAMP_HEADER = 'Tessera-Timestamp';

export function signatureOf(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
}

export function signatureHeader(secrets: readonly string[], timestamp: number, body: string): string {
  return [`t=${timestamp}`, ...secrets.map((secret) => `v1=${signatureOf(secret, timestamp, body)}`)].join(',');
}

export interface VerifyOptions {
  /** Refuse signatures older (or newer) than this many seconds, against replays. Default 300. */
  readonly toleranceSeconds?: number;
  readonly now?: Date;
}

/** What a receiver does, for tests and as the reference in docs/notifications.md. */
export function verifySignature(header: string, body: string, secret: string, options: VerifyOptions = {}): boolean {
  const parts = header.split(',').map((part) => part.trim().split('=', 2) as [string, string | undefined]);
  const timestamp = Number(parts.find(([key]) => key === 't')?.[1]);
  if (!Number.isInteger(timestamp)) return false;
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(now - timestamp) > (options.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(signatureOf(secret, timestamp, body), 'hex');
  return parts
    .filter(([key, value]) => key === 'v1' && value !== undefined && /^[0-9a-f]{64}$/.test(value))
    .some(([, value]) => timingSafeEqual(Buffer.from(value!, 'hex'), expected));
}
