import type { StoredNotification } from '../notification-types';
import { factsOf, linkOf, PRESENTATION } from './presentation';

/** Slack's limits: header text 150 characters, section text 3,000, at most 10 fields. */
const HEADER_LIMIT = 150;
const TEXT_LIMIT = 3_000;
const FIELD_LIMIT = 2_000;

/** Slack mrkdwn treats &, < and > as control characters. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

/**
 * An incoming-webhook message (Slack, and the Slack-compatible webhooks of Mattermost,
 * Rocket.Chat and others): `text` for notifications and old clients, `blocks` for the
 * message itself: header, summary, facts (product, objective, staleness, ...), a button to
 * the portal, and a context line.
 */
export function slackMessage(notification: StoredNotification, team: { name: string }, portalUrl: string) {
  const { emoji, label } = PRESENTATION[notification.type];
  const link = linkOf(notification, portalUrl);
  const facts = factsOf(notification);
  const blocks: Record<string, unknown>[] = [
    {
      type: 'header',
      text: { type: 'plain_text', text: clip(`${emoji} ${notification.title}`, HEADER_LIMIT), emoji: true },
    },
  ];
  if (notification.summary.trim() !== '')
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: clip(escapeMrkdwn(notification.summary), TEXT_LIMIT) },
    });
  if (facts.length > 0)
    blocks.push({
      type: 'section',
      fields: facts.map((fact) => ({
        type: 'mrkdwn',
        text: clip(`*${escapeMrkdwn(fact.label)}*\n${escapeMrkdwn(fact.value)}`, FIELD_LIMIT),
      })),
    });
  if (link)
    blocks.push({
      type: 'actions',
      elements: [{ type: 'button', text: { type: 'plain_text', text: 'Open in Tessera' }, url: link }],
    });
  blocks.push({
    type: 'context',
    elements: [{ type: 'mrkdwn', text: escapeMrkdwn(`${label} · ${team.name} · ${notification.occurredAt}`) }],
  });
  return { text: clip(`${emoji} ${notification.title}`, TEXT_LIMIT), blocks };
}
