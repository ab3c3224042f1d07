import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** argon2id with OWASP's recommended minimum: 19 MiB memory, 2 iterations, 1 lane. */
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

/** A random secret, url-safe. 32 bytes: guessing one is out of reach. */
export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/**
 * Session and API tokens are high-entropy random strings, so a fast hash is enough to keep a
 * database leak from yielding usable tokens (passwords, being guessable, get argon2id).
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export const API_TOKEN_PREFIX = 'tsr_';

/** `tsr_<8 char id>_<secret>`: the id part is shown in lists; the whole is shown once. */
export function newApiToken(): { token: string; prefix: string } {
  const id = randomBytes(6).toString('base64url').replace(/[-_]/g, 'x').slice(0, 8);
  const prefix = `${API_TOKEN_PREFIX}${id}`;
  return { prefix, token: `${prefix}_${randomSecret()}` };
}
