import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Authenticated encryption of small JSON secrets (connection passwords, webhook signing
 * secrets) for storage in a text column, as one self-describing string:
 *
 *   v1.<key id>.<iv>.<tag>.<ciphertext>        (each part base64url)
 *
 * AES-256-GCM with a fresh 96-bit IV per seal. The key id is a fingerprint of the key, so a
 * box holding several keys (after a rotation) knows which one opens an envelope, and one
 * sealed under a key it does not hold is refused with a message naming both ids. An
 * optional context (such as `connection:<id>`) is bound as additional authenticated data:
 * an envelope copied onto another row no longer opens.
 */
export const SECRET_ENVELOPE_VERSION = 'v1';

const ALGORITHM = 'aes-256-gcm';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const BASE64URL = /^[A-Za-z0-9_-]*$/;

export type SecretBoxErrorCode = 'MALFORMED_ENVELOPE' | 'UNSUPPORTED_VERSION' | 'UNKNOWN_KEY' | 'TAMPERED';

/** Why an envelope could not be opened. Never carries key material or plaintext. */
export class SecretBoxError extends Error {
  constructor(
    readonly code: SecretBoxErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SecretBoxError';
  }
}

export function isSecretBoxError(error: unknown): error is SecretBoxError {
  return error instanceof SecretBoxError;
}

/** The public name of a key: 8 base64url characters of a domain-separated SHA-256. */
export function secretKeyId(key: Buffer): string {
  return createHash('sha256').update('tessera.secret-box.key-id\0').update(key).digest('base64url').slice(0, 8);
}

function assertKey(key: Buffer, label: string): void {
  if (!Buffer.isBuffer(key) || key.length !== KEY_BYTES)
    throw new Error(`${label} must be ${KEY_BYTES} bytes for AES-256-GCM, got ${key?.length ?? 0}`);
}

export interface SecretKeyring {
  /** Seals everything new; also opens. */
  readonly current: Buffer;
  /** Keys that still open older envelopes during a rotation; never used to seal. */
  readonly previous?: readonly Buffer[];
}

interface ParsedEnvelope {
  readonly keyId: string;
  readonly iv: Buffer;
  readonly tag: Buffer;
  readonly ciphertext: Buffer;
}

function parseEnvelope(envelope: string): ParsedEnvelope {
  if (typeof envelope !== 'string')
    throw new SecretBoxError('MALFORMED_ENVELOPE', 'The secret envelope is not a string');
  const parts = envelope.split('.');
  if (parts[0] !== SECRET_ENVELOPE_VERSION) {
    if (parts.length === 5 && /^v\d+$/.test(parts[0]!))
      throw new SecretBoxError(
        'UNSUPPORTED_VERSION',
        `The secret envelope has version ${parts[0]}; this build reads ${SECRET_ENVELOPE_VERSION} only`,
      );
    throw new SecretBoxError('MALFORMED_ENVELOPE', 'The value is not a secret envelope');
  }
  if (parts.length !== 5 || !parts.every((part) => BASE64URL.test(part)))
    throw new SecretBoxError('MALFORMED_ENVELOPE', 'The secret envelope is malformed');
  const [, keyId, iv, tag, ciphertext] = parts as [string, string, string, string, string];
  const parsed = {
    keyId,
    iv: Buffer.from(iv, 'base64url'),
    tag: Buffer.from(tag, 'base64url'),
    ciphertext: Buffer.from(ciphertext, 'base64url'),
  };
  if (parsed.iv.length !== IV_BYTES || parsed.tag.length !== TAG_BYTES)
    throw new SecretBoxError('MALFORMED_ENVELOPE', 'The secret envelope is malformed');
  return parsed;
}

/** Seals and opens JSON values; see the module comment for the envelope. */
export class SecretBox {
  private readonly keys = new Map<string, Buffer>();
  /** The id of the key new envelopes are sealed under. */
  readonly currentKeyId: string;

  constructor(keyring: SecretKeyring) {
    assertKey(keyring.current, 'The secrets key');
    this.currentKeyId = secretKeyId(keyring.current);
    this.keys.set(this.currentKeyId, Buffer.from(keyring.current));
    for (const key of keyring.previous ?? []) {
      assertKey(key, 'A previous secrets key');
      const id = secretKeyId(key);
      if (!this.keys.has(id)) this.keys.set(id, Buffer.from(key));
    }
  }

  /** Encrypts `value` (anything JSON can hold) under the current key. */
  seal(value: unknown, context = ''): string {
    const plaintext = JSON.stringify(value);
    if (plaintext === undefined) throw new TypeError('Only JSON values can be sealed');
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.keys.get(this.currentKeyId)!, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [
      SECRET_ENVELOPE_VERSION,
      this.currentKeyId,
      iv.toString('base64url'),
      cipher.getAuthTag().toString('base64url'),
      ciphertext.toString('base64url'),
    ].join('.');
  }

  /**
   * Decrypts an envelope sealed with the same context. Throws SecretBoxError: TAMPERED when
   * the authentication fails (changed bytes, another context), UNKNOWN_KEY when sealed under
   * a key this box does not hold. Callers validate the returned shape.
   */
  open(envelope: string, context = ''): unknown {
    const parsed = parseEnvelope(envelope);
    const key = this.keys.get(parsed.keyId);
    if (!key)
      throw new SecretBoxError(
        'UNKNOWN_KEY',
        `The secret was sealed under key ${parsed.keyId}, but this installation holds ${[...this.keys.keys()].join(', ')}: ` +
          'is SECRETS_KEY the key it was written with?',
      );
    let plaintext: string;
    try {
      const decipher = createDecipheriv(ALGORITHM, key, parsed.iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(parsed.tag);
      plaintext = Buffer.concat([decipher.update(parsed.ciphertext), decipher.final()]).toString('utf8');
    } catch {
      throw new SecretBoxError(
        'TAMPERED',
        'The secret envelope failed authentication: it was changed, or belongs to another record',
      );
    }
    return JSON.parse(plaintext) as unknown;
  }

  /** Whether an envelope should be re-sealed under the current key (after a rotation). */
  needsReseal(envelope: string): boolean {
    return parseEnvelope(envelope).keyId !== this.currentKeyId;
  }
}
