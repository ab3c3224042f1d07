import { describe, expect, it } from 'vitest';
import { SecretBox } from '../../../infra/secrets/secret-box';
import { activeSecrets, ChannelSecrets, newSigningSecret, rotate } from '../channel-secrets';

describe('signing secrets', () => {
  it('are whsec_ and 43 base64url characters, never the same twice', () => {
    const secret = newSigningSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(newSigningSecret()).not.toBe(secret);
  });

  it('keep the replaced secret active until the overlap ends, then drop it', () => {
    const start = new Date('2026-11-28T12:00:00Z');
    const rotated = rotate({ current: 'old' }, 'new', new Date('2026-11-29T12:00:00Z'));
    expect(activeSecrets(rotated, start)).toEqual(['new', 'old']);
    expect(activeSecrets(rotated, new Date('2026-11-29T12:00:01Z'))).toEqual(['new']);
  });

  it('keep at most two: a second rotation within the overlap drops the oldest', () => {
    const ends = new Date('2026-11-29T12:00:00Z');
    const twice = rotate(rotate({ current: 'first' }, 'second', ends), 'third', ends);
    expect(activeSecrets(twice, new Date('2026-11-28T12:00:00Z'))).toEqual(['third', 'second']);
  });

  it('are sealed bound to their channel: another channel id does not open them', () => {
    const secrets = new ChannelSecrets(new SecretBox({ current: Buffer.alloc(32, 7) }));
    const sealed = secrets.seal('channel-a', { current: 'whsec_x' });
    expect(sealed).not.toContain('whsec_x');
    expect(secrets.open('channel-a', sealed)).toEqual({ current: 'whsec_x' });
    expect(() => secrets.open('channel-b', sealed)).toThrow(/failed authentication/);
  });
});
