import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signatureHeader, verifySignature } from '../delivery/webhook-signature';

const body = '{"type":"incident.breached"}';
const now = new Date('2026-11-28T12:00:00Z');
const timestamp = Math.floor(now.getTime() / 1000);

describe('webhook signatures', () => {
  it('signs HMAC-SHA256 over "<timestamp>.<body>" with the secret string as the key', () => {
    const expected = createHmac('sha256', 'whsec_current').update(`${timestamp}.${body}`).digest('hex');
    expect(signatureHeader(['whsec_current'], timestamp, body)).toBe(`t=${timestamp},v1=${expected}`);
  });

  it('carries one v1 per active secret, so either secret verifies during an overlap', () => {
    const header = signatureHeader(['whsec_new', 'whsec_old'], timestamp, body);
    expect(header.split(',')).toHaveLength(3);
    expect(verifySignature(header, body, 'whsec_new', { now })).toBe(true);
    expect(verifySignature(header, body, 'whsec_old', { now })).toBe(true);
    expect(verifySignature(header, body, 'whsec_other', { now })).toBe(false);
  });

  it('refuses a changed body, a stale timestamp and a malformed header', () => {
    const header = signatureHeader(['whsec_current'], timestamp, body);
    expect(verifySignature(header, `${body} `, 'whsec_current', { now })).toBe(false);
    expect(verifySignature(header, body, 'whsec_current', { now: new Date(now.getTime() + 301_000) })).toBe(false);
    expect(verifySignature('v1=abc', body, 'whsec_current', { now })).toBe(false);
  });
});
