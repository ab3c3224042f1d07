import type { StoredNotification } from '../notification-types';
import { factsOf, linkOf, PRESENTATION } from './presentation';

export interface EmailMessage {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A plain-text and a simple HTML rendering of the same content; the subject is the title. */
export function emailMessage(
  notification: StoredNotification,
  context: { teamName: string; channelName: string },
  portalUrl: string,
): EmailMessage {
  const { emoji, label } = PRESENTATION[notification.type];
  const link = linkOf(notification, portalUrl);
  const facts = factsOf(notification);
  const footer = `Sent by Tessera to the ${context.teamName} team's channel "${context.channelName}".`;
  const text = [
    `${emoji} ${label}`,
    '',
    notification.title,
    '',
    notification.summary,
    ...(facts.length > 0 ? ['', ...facts.map((fact) => `${fact.label}: ${fact.value}`)] : []),
    ...(link ? ['', `Open in Tessera: ${link}`] : []),
    '',
    '--',
    footer,
  ].join('\n');
  const html = [
    `<p style="color:#555">${emoji} ${escapeHtml(label)}</p>`,
    `<h2>${escapeHtml(notification.title)}</h2>`,
    `<p>${escapeHtml(notification.summary).replace(/\n/g, '<br>')}</p>`,
    facts.length > 0
      ? `<table>${facts.map((fact) => `<tr><th align="left">${escapeHtml(fact.label)}</th><td>${escapeHtml(fact.value)}</td></tr>`).join('')}</table>`
      : '',
    link ? `<p><a href="${escapeHtml(link)}">Open in Tessera</a></p>` : '',
    `<hr><p style="color:#888;font-size:small">${escapeHtml(footer)}</p>`,
  ].join('\n');
  // Header injection: a subject is one line.
  const subject = `[Tessera] ${notification.title}`.replace(/[\r\n]+/g, ' ').slice(0, 250);
  return { subject, text, html };
}
