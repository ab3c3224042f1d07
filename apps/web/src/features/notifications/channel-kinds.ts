/** The kinds of notification channel, apart from the form's zod schema so client components stay small. */
export const CHANNEL_KINDS = ['WEBHOOK', 'SLACK', 'EMAIL'] as const;

export const CHANNEL_KIND_LABELS: Readonly<Record<(typeof CHANNEL_KINDS)[number], string>> = {
  WEBHOOK: 'Webhook (signed HTTP POST)',
  SLACK: 'Slack (incoming webhook)',
  EMAIL: 'Email',
};
