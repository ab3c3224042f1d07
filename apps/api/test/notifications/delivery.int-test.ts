import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { notificationDeliverJob } from '@tessera/contracts';
import type { Prisma } from '../../src/generated/prisma/client';
import { QueueService } from '../../src/infra/queue/queue.service';
import { SweepProcessor } from '../../src/modules/notifications/delivery/sweep.processor';
import { toStoredNotification } from '../../src/modules/notifications/notification-types';
import { TeamNotifier } from '../../src/modules/notifications/team-notifier';
import { eventually } from '../support/eventually';
import { HttpReceiver, SmtpReceiver, type ReceivedRequest, type SlackMessage } from './receivers';
import { NotificationWorld, notification, type Member } from './world';

/** An independent check of the documented recipe: HMAC-SHA256 of "<t>.<body>", hex. */
function v1Signatures(request: ReceivedRequest): { timestamp: string; signatures: string[] } {
  const parts = String(request.headers['tessera-signature']).split(',');
  return {
    timestamp: parts.find((part) => part.startsWith('t='))!.slice(2),
    signatures: parts.filter((part) => part.startsWith('v1=')).map((part) => part.slice(3)),
  };
}

function signedWith(secret: string, request: ReceivedRequest): boolean {
  const { timestamp, signatures } = v1Signatures(request);
  const expected = createHmac('sha256', secret).update(`${timestamp}.${request.body}`).digest('hex');
  return signatures.includes(expected);
}

type Rotated = { rotateChannelSecret: { signingSecret: string } };

const SEND_TEST = /* GraphQL */ `
  mutation ($input: SendTestNotificationInput!) {
    sendTestNotification(input: $input) {
      delivery {
        id
      }
    }
  }
`;

describe('delivering notifications', () => {
  let world: NotificationWorld;
  let receiver: HttpReceiver;
  let smtp: SmtpReceiver;
  let member: Member;

  beforeAll(async () => {
    receiver = await HttpReceiver.start();
    smtp = await SmtpReceiver.start();
    world = await NotificationWorld.start('delivery', { SMTP_URL: smtp.url, SMTP_FROM: 'tessera@example.com' });
    await world.startWorker();
    member = await world.member();
  });

  afterAll(async () => {
    await world.close();
    await receiver.close();
    await smtp.close();
  });

  it('signs webhooks so the secret shown at creation verifies them, with the idempotency headers', async () => {
    const channel = await world.createChannel(member, { kind: 'WEBHOOK', url: receiver.url('/signed') });
    await world.graphql<unknown>(member, SEND_TEST, { input: { channelId: channel.id } });
    const [delivery] = await world.finishedDeliveries(channel.id);

    const [request] = receiver.requestsTo('/signed');
    expect(request).toBeDefined();
    expect(signedWith(channel.signingSecret!, request!)).toBe(true);
    expect(signedWith('whsec_someone-else', request!)).toBe(false);
    expect(request!.headers['tessera-timestamp']).toBe(v1Signatures(request!).timestamp);
    expect(request!.headers['idempotency-key']).toBe(delivery!.idempotencyKey);
    expect(request!.headers['content-type']).toBe('application/json');
    const body = JSON.parse(request!.body) as Record<string, unknown>;
    expect(body).toMatchObject({
      id: delivery!.id,
      type: 'channel.test',
      idempotencyKey: delivery!.idempotencyKey,
      team: { id: member.teamId, slug: member.teamSlug },
      link: `${world.config.portalUrl}/teams/${member.teamSlug}/settings`,
    });
    expect(delivery).toMatchObject({ status: 'DELIVERED', attempts: 1, lastStatusCode: 200, lastError: null });
  });

  it('signs with both secrets during a rotation overlap, and with the new one only after', async () => {
    const channel = await world.createChannel(member, { kind: 'WEBHOOK', url: receiver.url('/rotated') });
    const rotate = `mutation ($input: RotateChannelSecretInput!) { rotateChannelSecret(input: $input) { signingSecret } }`;
    const overlapping = await world.graphql<Rotated>(member, rotate, { input: { channelId: channel.id } });
    const secondSecret = overlapping.rotateChannelSecret.signingSecret;
    await world.graphql<unknown>(member, SEND_TEST, { input: { channelId: channel.id } });
    await world.finishedDeliveries(channel.id, 1);
    const [during] = receiver.requestsTo('/rotated');
    expect(v1Signatures(during!).signatures).toHaveLength(2);
    expect(signedWith(secondSecret, during!)).toBe(true);
    expect(signedWith(channel.signingSecret!, during!)).toBe(true);

    const immediate = await world.graphql<Rotated>(member, rotate, {
      input: { channelId: channel.id, overlapHours: 0 },
    });
    await world.graphql<unknown>(member, SEND_TEST, { input: { channelId: channel.id } });
    await world.finishedDeliveries(channel.id, 2);
    const after = receiver.requestsTo('/rotated')[1]!;
    expect(v1Signatures(after).signatures).toHaveLength(1);
    expect(signedWith(immediate.rotateChannelSecret.signingSecret, after)).toBe(true);
    expect(signedWith(secondSecret, after)).toBe(false);
  });

  it('delivers to a receiver answering 500 three times and then 200, backing off between attempts', async () => {
    receiver.answer((request) =>
      request.path === '/flaky' && receiver.requestsTo('/flaky').length < 3
        ? { status: 500, body: 'try later' }
        : { status: 200 },
    );
    const channel = await world.createChannel(member, { kind: 'WEBHOOK', url: receiver.url('/flaky') });
    await world.notify(notification(member.teamId));

    const retrying = await eventually(
      () => world.deliveriesOf(channel.id),
      (rows) => rows[0]?.status === 'RETRYING',
    );
    expect(retrying[0]).toMatchObject({ lastStatusCode: 500, lastError: 'HTTP 500: try later' });
    const [delivery] = await world.finishedDeliveries(channel.id);
    expect(delivery).toMatchObject({ status: 'DELIVERED', attempts: 4, lastStatusCode: 200, lastError: null });

    const attempts = receiver.requestsTo('/flaky');
    expect(attempts.map((request) => request.answered)).toEqual([500, 500, 500, 200]);
    expect(new Set(attempts.map((request) => request.headers['idempotency-key']))).toEqual(
      new Set([delivery!.idempotencyKey]),
    );
    // Exponential backoff from 200 ms with 50 % jitter: at least 100, 200 and 400 ms apart.
    const gaps = attempts.slice(1).map((request, index) => request.at - attempts[index]!.at);
    expect(gaps[0]).toBeGreaterThanOrEqual(100);
    expect(gaps[1]).toBeGreaterThanOrEqual(200);
    expect(gaps[2]).toBeGreaterThanOrEqual(400);
    receiver.answer(() => ({ status: 200 }));
  });

  it('gives up after the last attempt: DEAD with the last error and status code', async () => {
    receiver.answer((request) =>
      request.path === '/broken' ? { status: 503, body: 'down for good' } : { status: 200 },
    );
    const channel = await world.createChannel(member, { kind: 'WEBHOOK', url: receiver.url('/broken') });
    await world.notify(notification(member.teamId));
    const [delivery] = await world.finishedDeliveries(channel.id);
    expect(delivery).toMatchObject({
      status: 'DEAD',
      attempts: 5,
      lastStatusCode: 503,
      lastError: 'HTTP 503: down for good',
    });
    expect(receiver.requestsTo('/broken')).toHaveLength(5);

    const history = await world.graphql<{ notificationChannel: { deliveries: { nodes: unknown[] } } }>(
      member,
      `query ($id: ID!) { notificationChannel(id: $id) {
        deliveries(first: 1, status: DEAD) { nodes { status attempts lastError lastStatusCode deliveredAt } } } }`,
      { id: channel.id },
    );
    expect(history.notificationChannel.deliveries.nodes).toEqual([
      { status: 'DEAD', attempts: 5, lastError: 'HTTP 503: down for good', lastStatusCode: 503, deliveredAt: null },
    ]);
    receiver.answer(() => ({ status: 200 }));
  });

  it('never follows a redirect: the attempt fails, naming the target, and the target is not called', async () => {
    const team = await world.member();
    receiver.answer((request) =>
      request.path === '/moved' ? { status: 302, headers: { location: receiver.url('/elsewhere') } } : { status: 200 },
    );
    const channel = await world.createChannel(team, { kind: 'WEBHOOK', url: receiver.url('/moved') });
    await world.notify(notification(team.teamId));
    const [delivery] = await world.finishedDeliveries(channel.id);
    expect(delivery).toMatchObject({
      status: 'DEAD',
      lastStatusCode: 302,
      lastError: `HTTP 302: redirect to http://127.0.0.1:${receiver.port}/… not followed`,
    });
    expect(receiver.requestsTo('/elsewhere')).toHaveLength(0);
    receiver.answer(() => ({ status: 200 }));
  });

  it('disables a channel answering 410 Gone and tells the team through its other channel', async () => {
    const team = await world.member();
    receiver.answer((request) => (request.path === '/gone' ? { status: 410 } : { status: 200 }));
    const gone = await world.createChannel(team, { name: 'gone', kind: 'WEBHOOK', url: receiver.url('/gone') });
    const other = await world.createChannel(team, { name: 'other', kind: 'WEBHOOK', url: receiver.url('/other') });
    const alert = notification(team.teamId);
    await world.notify(alert);

    const [dead] = await world.finishedDeliveries(gone.id);
    expect(dead).toMatchObject({ status: 'DEAD', attempts: 1, lastStatusCode: 410 });
    expect(receiver.requestsTo('/gone')).toHaveLength(1);
    const channel = await world.factories.prisma.notificationChannel.findUniqueOrThrow({ where: { id: gone.id } });
    expect(channel.enabled).toBe(false);
    expect(channel.disabledReason).toMatch(/answered 410 Gone/);

    const told = await world.finishedDeliveries(other.id, 2);
    expect(told.map((delivery) => [delivery.eventType, delivery.status])).toEqual(
      expect.arrayContaining([
        ['incident.breached', 'DELIVERED'],
        ['channel.disabled', 'DELIVERED'],
      ]),
    );
    const disabledNotice = receiver
      .requestsTo('/other')
      .map((request) => JSON.parse(request.body) as { type: string })
      .find((body) => body.type === 'channel.disabled');
    expect(disabledNotice).toMatchObject({
      title: 'Notification channel "gone" was disabled',
      data: { channelId: gone.id, statusCode: 410 },
    });

    // Later notifications skip the disabled channel.
    await world.notify(notification(team.teamId));
    await world.finishedDeliveries(other.id, 3);
    expect(await world.deliveriesOf(gone.id)).toHaveLength(1);
    receiver.answer(() => ({ status: 200 }));
  });

  it('notifies once per idempotency key, and not at all when the caller rolls back', async () => {
    const team = await world.member();
    const channel = await world.createChannel(team, { kind: 'WEBHOOK', url: receiver.url('/once') });
    const alert = notification(team.teamId);
    await world.notify(alert);
    await world.notify(alert); // a retried caller
    await expect(
      world.factories.prisma.$transaction(async (tx) => {
        await world.api.app.get(TeamNotifier).notify(tx, notification(team.teamId, { idempotencyKey: 'rolled-back' }));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');

    const deliveries = await world.finishedDeliveries(channel.id, 1);
    expect(deliveries.map((delivery) => delivery.idempotencyKey)).toEqual([alert.idempotencyKey]);
    // Give a duplicate the time it would need to show up.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(receiver.requestsTo('/once')).toHaveLength(1);
    expect(await world.deliveriesOf(channel.id)).toHaveLength(1);
  });

  it('posts Slack incoming-webhook messages with blocks: product, objective, staleness and a link', async () => {
    const channel = await world.createChannel(member, { kind: 'SLACK', url: receiver.url('/slack') });
    await world.notify(notification(member.teamId));
    await world.finishedDeliveries(channel.id);
    const message = JSON.parse(receiver.requestsTo('/slack')[0]!.body) as SlackMessage;
    expect(message.text).toBe('🔴 orders.placed is stale');
    expect(message.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: '🔴 orders.placed is stale', emoji: true },
    });
    expect(message.blocks.find((block) => block.fields)?.fields).toEqual([
      { type: 'mrkdwn', text: '*Product*\nOrders' },
      { type: 'mrkdwn', text: '*Objective*\nfresh within 15 min' },
      { type: 'mrkdwn', text: '*Staleness*\n42 min' },
    ]);
    expect(message.blocks.find((block) => block.type === 'actions')?.elements?.[0]?.url).toBe(
      `${world.config.portalUrl}/products/orders`,
    );
    expect(receiver.requestsTo('/slack')[0]!.headers['tessera-signature']).toBeUndefined();
  });

  it('emails the recipients through SMTP with the title as subject', async () => {
    const channel = await world.createChannel(member, {
      kind: 'EMAIL',
      recipients: ['oncall@example.com', 'lead@example.com'],
    });
    const alert = notification(member.teamId);
    await world.notify(alert);
    const [delivery] = await world.finishedDeliveries(channel.id);
    expect(delivery).toMatchObject({ status: 'DELIVERED', attempts: 1 });

    const message = await eventually(
      () =>
        Promise.resolve(
          smtp.messages.find((mail) => mail.headers.get('x-tessera-idempotency-key') === alert.idempotencyKey),
        ),
      (mail) => mail !== undefined,
    );
    expect(message!.subject).toBe('[Tessera] orders.placed is stale');
    expect(message!.from?.text).toBe('tessera@example.com');
    expect(message!.text).toContain('No new record for 42 minutes');
    expect(message!.text).toContain('Staleness: 42 min');
    expect(message!.html).toContain('<h2>orders.placed is stale</h2>');
    expect(message!.messageId).toBe(`<${delivery!.id}@tessera>`);
  });

  /** A delivery row as a feature would have written it, aged so the sweep considers it. */
  async function staleDelivery(channelId: string, data: Partial<Prisma.DeliveryUncheckedCreateInput>) {
    const stored = toStoredNotification(
      notification(member.teamId, { idempotencyKey: `swept:${randomUUID()}` }),
      new Date(),
    );
    const row = await world.factories.prisma.delivery.create({
      data: {
        channelId,
        idempotencyKey: stored.idempotencyKey,
        eventType: stored.type,
        payload: stored as unknown as Prisma.InputJsonValue,
        ...data,
      },
    });
    await world.factories.prisma
      .$executeRaw`UPDATE deliveries SET updated_at = now() - interval '5 minutes' WHERE id = ${row.id}::uuid`;
    return row;
  }

  it('sweeps up an unfinished delivery whose job vanished (Redis lost it) and sends it', async () => {
    const channel = await world.createChannel(member, { kind: 'WEBHOOK', url: receiver.url('/vanished') });
    // A retry was due, but its delayed job is gone: RETRYING in Postgres, nothing in Redis.
    const row = await staleDelivery(channel.id, { status: 'RETRYING', attempts: 1, lastError: 'HTTP 500' });
    expect(await world.worker!.get(QueueService).queue(notificationDeliverJob.queue).getJobState(row.id)).toBe(
      'unknown',
    );

    await world.worker!.get(SweepProcessor).process();
    const [delivery] = await world.finishedDeliveries(channel.id);
    expect(delivery).toMatchObject({ id: row.id, status: 'DELIVERED', attempts: 2 });
    expect(receiver.acceptedKeys('/vanished')).toEqual([row.idempotencyKey]);
  });

  it('sweeps up an unfinished delivery whose job failed without recording it', async () => {
    const channel = await world.createChannel(member, { kind: 'WEBHOOK', url: receiver.url('/failed-job') });
    const id = randomUUID();
    // A job the worker refuses (another release's version) fails without touching the row.
    const queue = world.worker!.get(QueueService).queue(notificationDeliverJob.queue);
    await queue.add(
      notificationDeliverJob.name,
      { version: 99, payload: { deliveryId: id } },
      { jobId: id, attempts: 1 },
    );
    await eventually(
      () => queue.getJobState(id),
      (state) => state === 'failed',
    );
    const row = await staleDelivery(channel.id, { id });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await world.deliveriesOf(channel.id))[0]?.status).toBe('PENDING');

    await world.worker!.get(SweepProcessor).process();
    const [delivery] = await world.finishedDeliveries(channel.id);
    expect(delivery).toMatchObject({ id: row.id, status: 'DELIVERED', attempts: 1 });
    expect(receiver.acceptedKeys('/failed-job')).toEqual([row.idempotencyKey]);
  });
});
