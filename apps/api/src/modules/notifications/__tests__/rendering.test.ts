import { describe, expect, it } from 'vitest';
import { TEAM_NOTIFICATION_TYPES, type StoredNotification } from '../notification-types';
import { emailMessage } from '../rendering/email-message';
import { factsOf, humanDuration, humanise, linkOf, PRESENTATION } from '../rendering/presentation';
import { slackMessage } from '../rendering/slack-message';
import { webhookBody } from '../rendering/webhook-body';

const PORTAL = 'https://tessera.example.com';

function breach(overrides: Partial<StoredNotification> = {}): StoredNotification {
  return {
    teamId: '00000000-0000-4000-8000-000000000001',
    type: 'incident.breached',
    idempotencyKey: 'incident:42:breached',
    title: 'orders.placed is stale',
    summary: 'No record for 42 min; the objective is 15 min. <@channel> & co',
    product: { id: 'p1', slug: 'orders', name: 'Orders' },
    data: { staleness: '42 min', objective: 'fresh within 15 min', incident: { id: '42' }, attempts: 3 },
    occurredAt: '2026-11-28T12:00:00.000Z',
    ...overrides,
  };
}

describe('rendering', () => {
  it('presents every notification type', () => {
    for (const type of TEAM_NOTIFICATION_TYPES) expect(PRESENTATION[type].label.length).toBeGreaterThan(0);
  });

  it('lists the product, then objective and staleness, then other scalars; nested values stay out', () => {
    expect(factsOf(breach())).toEqual([
      { label: 'Product', value: 'Orders' },
      { label: 'Objective', value: 'fresh within 15 min' },
      { label: 'Staleness', value: '42 min' },
      { label: 'Attempts', value: '3' },
    ]);
    expect(humanise('consumerTeam')).toBe('Consumer team');
    expect(humanise('stalenessSeconds')).toBe('Staleness');
  });

  it('reads structured data as people would: durations, objects by name or by their fields, no ids', () => {
    const facts = factsOf(
      breach({
        data: {
          transition: 'breached',
          incident: { id: 'i1', kind: 'BREACH' },
          objective: { id: 'o1', warnAfterSeconds: 900, errorAfterSeconds: 1800, targetPercent: 99 },
          port: { id: 'p1', name: 'orders.placed', kind: 'KAFKA_TOPIC' },
          stalenessSeconds: 2520,
          errorCode: null,
          portId: 'p1',
          changes: [{ path: 'a' }],
        },
      }),
    );
    expect(facts).toEqual([
      { label: 'Product', value: 'Orders' },
      { label: 'Objective', value: 'warn after 15 min · error after 30 min · target percent 99' },
      { label: 'Staleness', value: '42 min' },
      { label: 'Port', value: 'orders.placed' },
      { label: 'Transition', value: 'breached' },
      { label: 'Incident', value: 'kind BREACH' },
    ]);
    expect([59, 3_600, 3_900, 2 * 86_400 + 3_600].map(humanDuration)).toEqual(['59 s', '1 h', '1 h 5 min', '2 d 1 h']);
  });

  it('links to the portal: relative links resolved, else the product page', () => {
    expect(linkOf(breach(), PORTAL)).toBe(`${PORTAL}/products/orders`);
    expect(linkOf(breach({ link: '/incidents/42' }), PORTAL)).toBe(`${PORTAL}/incidents/42`);
    expect(linkOf(breach({ link: 'https://elsewhere.example/x' }), PORTAL)).toBe('https://elsewhere.example/x');
    expect(linkOf(breach({ product: undefined }), PORTAL)).toBeNull();
  });

  it('builds a Slack message with header, escaped summary, fields, a button and context', () => {
    const message = slackMessage(breach(), { name: 'Orders team' }, PORTAL);
    expect(message.text).toBe('🔴 orders.placed is stale');
    expect(message.blocks.map((block) => block.type)).toEqual(['header', 'section', 'section', 'actions', 'context']);
    expect(message.blocks[1]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: 'No record for 42 min; the objective is 15 min. &lt;@channel&gt; &amp; co' },
    });
    expect(message.blocks[2]).toMatchObject({
      fields: [
        { type: 'mrkdwn', text: '*Product*\nOrders' },
        { type: 'mrkdwn', text: '*Objective*\nfresh within 15 min' },
        { type: 'mrkdwn', text: '*Staleness*\n42 min' },
        { type: 'mrkdwn', text: '*Attempts*\n3' },
      ],
    });
    expect(message.blocks[3]).toMatchObject({ elements: [{ type: 'button', url: `${PORTAL}/products/orders` }] });
  });

  it('writes an email with the title as a one-line subject and the facts in both bodies', () => {
    const message = emailMessage(
      breach({ title: 'orders.placed\r\nBcc: victim@example.com' }),
      { teamName: 'Orders team', channelName: 'on-call' },
      PORTAL,
    );
    expect(message.subject).toBe('[Tessera] orders.placed Bcc: victim@example.com');
    expect(message.text).toContain('Staleness: 42 min');
    expect(message.text).toContain(`Open in Tessera: ${PORTAL}/products/orders`);
    expect(message.html).toContain('&lt;@channel&gt; &amp; co');
  });

  it('gives webhooks the whole notification as JSON with the delivery id and team', () => {
    const body = webhookBody('d1', breach(), { id: 't1', slug: 'orders-team' }, PORTAL);
    expect(body).toMatchObject({
      id: 'd1',
      type: 'incident.breached',
      idempotencyKey: 'incident:42:breached',
      team: { id: 't1', slug: 'orders-team' },
      link: `${PORTAL}/products/orders`,
      data: { incident: { id: '42' } },
    });
  });
});
