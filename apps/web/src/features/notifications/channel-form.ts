import { z } from 'zod';
import { CHANNEL_KINDS } from './channel-kinds';

const optional = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/**
 * The create form as people fill it in: the URL for webhooks and Slack, addresses (comma or
 * line separated) for email. The API checks the rest (a public address, at most 20
 * recipients) and its issues are shown on the same fields.
 */
export const channelFormSchema = z
  .object({
    kind: z.enum(CHANNEL_KINDS, 'Choose how notifications are sent'),
    name: z
      .string()
      .trim()
      .min(1, 'Give the channel a name, such as "on-call webhook"')
      .max(100, 'At most 100 characters'),
    url: z.preprocess(optional, z.url({ protocol: /^https?$/, error: 'Enter an http(s) URL' }).optional()),
    recipients: z.preprocess(
      (value) =>
        typeof value === 'string'
          ? value
              .split(/[\s,;]+/)
              .map((item) => item.trim())
              .filter(Boolean)
          : value,
      z.array(z.email('Enter email addresses, separated by commas')).optional(),
    ),
  })
  .superRefine((channel, context) => {
    if (channel.kind !== 'EMAIL' && !channel.url) {
      context.addIssue({ code: 'custom', path: ['url'], message: 'Webhook and Slack channels need a URL' });
    }
    if (channel.kind === 'EMAIL' && !channel.recipients?.length) {
      context.addIssue({ code: 'custom', path: ['recipients'], message: 'Email channels need at least one address' });
    }
  })
  .transform((channel) => ({
    ...channel,
    url: channel.kind === 'EMAIL' ? undefined : channel.url,
    recipients: channel.kind === 'EMAIL' ? channel.recipients : undefined,
  }));
