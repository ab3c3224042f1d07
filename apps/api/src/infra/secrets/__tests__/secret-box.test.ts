import { describe, expect, it } from 'vitest';
import { SecretBox, SecretBoxError, secretKeyId } from '../secret-box';

const KEY = Buffer.alloc(32, 'first-test-key');
const OTHER_KEY = Buffer.alloc(32, 'second-test-key');

function errorOf(run: () => unknown): SecretBoxError {
  try {
    run();
  } catch (error) {
    if (error instanceof SecretBoxError) return error;
    throw error;
  }
  throw new Error('expected a SecretBoxError');
}

/** Replaces one base64url character of the envelope part at `index` by another. */
function flipCharacter(envelope: string, index: number): string {
  const parts = envelope.split('.');
  const part = parts[index]!;
  const position = Math.floor(part.length / 2);
  parts[index] = part.slice(0, position) + (part[position] === 'A' ? 'B' : 'A') + part.slice(position + 1);
  return parts.join('.');
}

describe('SecretBox', () => {
  const box = new SecretBox({ current: KEY });

  it('opens what it sealed, for any JSON value', () => {
    for (const value of [{ password: 'pä$$wörd', nested: { list: [1, null, true] } }, 'text', 42, null]) {
      expect(box.open(box.seal(value))).toEqual(value);
    }
  });

  it('writes a versioned envelope naming its key and never the plaintext', () => {
    const envelope = box.seal({ password: 'hunter2-very-secret' });
    const parts = envelope.split('.');
    expect(parts).toHaveLength(5);
    expect(parts[0]).toBe('v1');
    expect(parts[1]).toBe(secretKeyId(KEY));
    expect(parts.every((part) => /^[A-Za-z0-9_-]+$/.test(part))).toBe(true);
    expect(envelope).not.toContain('hunter2');
    expect(Buffer.from(parts[4]!, 'base64url').toString('latin1')).not.toContain('hunter2');
  });

  it('uses a fresh IV for every seal, so equal secrets give different envelopes', () => {
    const envelopes = Array.from({ length: 20 }, () => box.seal({ password: 'same' }));
    expect(new Set(envelopes).size).toBe(20);
    expect(new Set(envelopes.map((envelope) => envelope.split('.')[2])).size).toBe(20);
  });

  it('detects a changed ciphertext, tag or IV as tampering', () => {
    const envelope = box.seal({ password: 'secret' });
    for (const index of [2, 3, 4]) {
      const error = errorOf(() => box.open(flipCharacter(envelope, index)));
      expect(error.code).toBe('TAMPERED');
      expect(error.message).toMatch(/failed authentication/);
    }
  });

  it('refuses an envelope sealed for another context (a secret copied to another row)', () => {
    const envelope = box.seal({ password: 'secret' }, 'connection:a');
    expect(box.open(envelope, 'connection:a')).toEqual({ password: 'secret' });
    expect(errorOf(() => box.open(envelope, 'connection:b')).code).toBe('TAMPERED');
    expect(errorOf(() => box.open(envelope)).code).toBe('TAMPERED');
  });

  it('refuses an envelope sealed under another key, naming both key ids', () => {
    const envelope = new SecretBox({ current: OTHER_KEY }).seal({ password: 'secret' });
    const error = errorOf(() => box.open(envelope));
    expect(error.code).toBe('UNKNOWN_KEY');
    expect(error.message).toContain(secretKeyId(OTHER_KEY));
    expect(error.message).toContain(secretKeyId(KEY));
  });

  it('refuses a forged key id as tampering rather than trying the wrong key', () => {
    const envelope = new SecretBox({ current: OTHER_KEY }).seal({ password: 'secret' });
    const forged = envelope.replace(secretKeyId(OTHER_KEY), secretKeyId(KEY));
    expect(errorOf(() => box.open(forged)).code).toBe('TAMPERED');
  });

  it('opens envelopes of a previous key after a rotation and says they need re-sealing', () => {
    const old = new SecretBox({ current: OTHER_KEY }).seal({ password: 'old' });
    const rotated = new SecretBox({ current: KEY, previous: [OTHER_KEY] });
    expect(rotated.open(old)).toEqual({ password: 'old' });
    expect(rotated.needsReseal(old)).toBe(true);
    const resealed = rotated.seal(rotated.open(old));
    expect(rotated.needsReseal(resealed)).toBe(false);
    expect(box.open(resealed)).toEqual({ password: 'old' });
  });

  it('refuses malformed envelopes and unknown versions with clear codes', () => {
    expect(errorOf(() => box.open('plaintext-password')).code).toBe('MALFORMED_ENVELOPE');
    expect(errorOf(() => box.open('v1.abc.def')).code).toBe('MALFORMED_ENVELOPE');
    expect(errorOf(() => box.open('v1.a.b.c.d!')).code).toBe('MALFORMED_ENVELOPE');
    const envelope = box.seal('x');
    expect(errorOf(() => box.open(envelope.replace(/^v1/, 'v2'))).code).toBe('UNSUPPORTED_VERSION');
  });

  it('refuses keys that are not 32 bytes', () => {
    expect(() => new SecretBox({ current: Buffer.alloc(16) })).toThrow(/32 bytes/);
    expect(() => new SecretBox({ current: KEY, previous: [Buffer.alloc(31)] })).toThrow(/32 bytes/);
  });
});
