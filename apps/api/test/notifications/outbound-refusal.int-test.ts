import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpReceiver } from './receivers';
import { NotificationWorld, notification, type Member } from './world';

/**
 * The check runs again at delivery. The API here allows the addresses (as an admin
 * allow-list might have when the channels were saved); the worker runs without an
 * allow-list (as after the admin removed the entries), so each delivery must be refused
 * before any connection is made.
 */
describe('outbound safety at delivery', () => {
  let world: NotificationWorld;
  let receiver: HttpReceiver;
  let member: Member;

  beforeAll(async () => {
    receiver = await HttpReceiver.start();
    world = await NotificationWorld.start('outbound', {
      OUTBOUND_ALLOWED_HOSTS: '127.0.0.1,localhost,169.254.169.254,10.0.0.1',
    });
    await world.startWorker({ OUTBOUND_ALLOWED_HOSTS: undefined });
    member = await world.member();
  });

  afterAll(async () => {
    await world.close();
    await receiver.close();
  });

  it.each([
    ['http://169.254.169.254/latest/meta-data/', 'OUTBOUND_URL_REFUSED: 169.254.169.254 is a cloud metadata address'],
    ['http://10.0.0.1/hook', 'OUTBOUND_URL_REFUSED: 10.0.0.1 is a private address'],
    ['localhost', /^OUTBOUND_URL_REFUSED: localhost resolves to (127\.0\.0\.1|::1), a loopback address$/],
  ])('refuses %s at delivery: DEAD at once, nothing sent', async (url, error) => {
    const target = url === 'localhost' ? receiver.url('/refused', 'localhost') : url;
    const channel = await world.createChannel(member, { kind: 'WEBHOOK', url: target });
    await world.notify(notification(member.teamId, { idempotencyKey: `refused:${channel.id}` }));

    const [delivery] = await world.finishedDeliveries(channel.id);
    expect(delivery).toMatchObject({ status: 'DEAD', attempts: 1, lastStatusCode: null });
    expect(delivery!.lastError).toMatch(error);
    expect(receiver.requests).toHaveLength(0);
  });

  it('refuses a Slack channel the same way', async () => {
    const channel = await world.createChannel(member, { kind: 'SLACK', url: receiver.url('/slack', '127.0.0.1') });
    await world.notify(notification(member.teamId));
    const [delivery] = await world.finishedDeliveries(channel.id);
    expect(delivery).toMatchObject({
      status: 'DEAD',
      lastError: 'OUTBOUND_URL_REFUSED: 127.0.0.1 is a loopback address',
    });
    expect(receiver.requests).toHaveLength(0);
  });
});
