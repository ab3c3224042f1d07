import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { SecretBox } from '../../infra/secrets/secret-box';

/**
 * A webhook channel's signing secrets: the current one, and during a rotation's overlap the
 * previous one with the time it stops being used. Sealed with the SecretBox (AES-256-GCM
 * under SECRETS_KEY), bound to the channel id so a copied envelope does not open elsewhere.
 */
const signingSecretsSchema = z.object({
  current: z.string().min(1),
  previous: z.string().min(1).optional(),
  previousExpiresAt: z.iso.datetime().optional(),
});

export type SigningSecrets = z.infer<typeof signingSecretsSchema>;

/** `whsec_` and 32 random bytes, base64url: recognisable in a secret scanner, 256 bits of key. */
export function newSigningSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/** The secrets that sign right now: the current one, plus the previous one while its overlap lasts. */
export function activeSecrets(secrets: SigningSecrets, now: Date): string[] {
  const active = [secrets.current];
  if (secrets.previous && secrets.previousExpiresAt && new Date(secrets.previousExpiresAt) > now)
    active.push(secrets.previous);
  return active;
}

/**
 * A rotation: the new secret becomes current and the one it replaces stays valid until
 * `overlapEndsAt`. A secret still in an earlier overlap is dropped: two signatures at most.
 */
export function rotate(secrets: SigningSecrets, next: string, overlapEndsAt: Date): SigningSecrets {
  return { current: next, previous: secrets.current, previousExpiresAt: overlapEndsAt.toISOString() };
}

@Injectable()
export class ChannelSecrets {
  constructor(private readonly box: SecretBox) {}

  seal(channelId: string, secrets: SigningSecrets): string {
    return this.box.seal(signingSecretsSchema.parse(secrets), context(channelId));
  }

  open(channelId: string, sealed: string): SigningSecrets {
    return signingSecretsSchema.parse(this.box.open(sealed, context(channelId)));
  }
}

function context(channelId: string): string {
  return `notification_channel:${channelId}`;
}
