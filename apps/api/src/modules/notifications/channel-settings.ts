import { z } from 'zod';
import type { ChannelKind } from '../../generated/prisma/client';

/**
 * What `notification_channels.settings` holds per kind. Nothing secret lives here: the
 * signing secrets are sealed in `secrets`, only their dates are here for display.
 */
const urlSettings = z.object({ url: z.string() });
const webhookSettings = urlSettings.extend({
  secretCreatedAt: z.string().optional(),
  previousSecretExpiresAt: z.string().optional(),
});
const emailSettings = z.object({ to: z.array(z.string()) });

export type WebhookSettings = z.infer<typeof webhookSettings>;
export type ChannelSettings =
  | {
      readonly kind: 'WEBHOOK';
      readonly url: string;
      readonly secretCreatedAt?: string;
      readonly previousSecretExpiresAt?: string;
    }
  | { readonly kind: 'SLACK'; readonly url: string }
  | { readonly kind: 'EMAIL'; readonly to: readonly string[] };

/** Reads a row's settings; a row that does not match its kind is a bug, not user input. */
export function readSettings(kind: ChannelKind, settings: unknown): ChannelSettings {
  switch (kind) {
    case 'WEBHOOK':
      return { kind, ...webhookSettings.parse(settings) };
    case 'SLACK':
      return { kind, ...urlSettings.parse(settings) };
    case 'EMAIL':
      return { kind, ...emailSettings.parse(settings) };
  }
}

/** The URL a channel calls, or null for email. */
export function urlOf(settings: ChannelSettings): string | null {
  return settings.kind === 'EMAIL' ? null : settings.url;
}

/**
 * A Slack incoming-webhook URL is itself a credential (its path is the token), so it is shown
 * with the path hidden but for its last four characters; webhook URLs are shown as they are.
 */
export function displayedUrl(settings: ChannelSettings): string | null {
  if (settings.kind === 'EMAIL') return null;
  if (settings.kind === 'WEBHOOK') return settings.url;
  try {
    const url = new URL(settings.url);
    const path = `${url.pathname}${url.search}`;
    return `${url.origin}/…${path.length > 4 ? path.slice(-4) : ''}`;
  } catch {
    return '…';
  }
}
