import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotificationWorld, CREATE_CHANNEL, type Member } from './world';

/** Public addresses as IP literals: the checks pass without DNS, and nothing here sends. */
const WEBHOOK_URL = 'https://93.184.215.14/hooks/tessera';
const SLACK_URL = 'https://93.184.215.14/services/T000/B000/XXXXsecret';

interface ChannelView {
  id: string;
  name: string;
  kind: string;
  url: string | null;
  recipients: string[] | null;
  enabled: boolean;
  disabledReason: string | null;
  signingSecretCreatedAt?: string | null;
}
type Payload<Name extends string, Shape> = Record<Name, Shape>;
type ChannelPayload<Name extends string, Shape = Partial<ChannelView>> = Payload<Name, { notificationChannel: Shape }>;

const CHANNELS_OF_TEAM = /* GraphQL */ `
  query ($id: ID!) {
    team(id: $id) {
      notificationChannels {
        id
        name
        kind
        url
        recipients
        enabled
        disabledReason
      }
    }
  }
`;

describe('notification channels through GraphQL', () => {
  let world: NotificationWorld;
  let member: Member;
  let outsider: Member;

  beforeAll(async () => {
    // No allow-list: loopback and private URLs are refused, as in production.
    world = await NotificationWorld.start('channels', { OUTBOUND_ALLOWED_HOSTS: undefined });
    member = await world.member();
    outsider = await world.member();
  });

  afterAll(async () => {
    await world.close();
  });

  async function createErrors(as: Member, input: Record<string, unknown>) {
    const response = await world.api
      .as(as.token)
      .graphql(CREATE_CHANNEL, { input: { teamId: member.teamId, ...input } });
    return response.body.errors ?? [];
  }

  it('creates a webhook channel and shows its signing secret once, stored only encrypted', async () => {
    const data = await world.graphql<
      Payload<'createNotificationChannel', { notificationChannel: ChannelView; signingSecret: string }>
    >(member, CREATE_CHANNEL, {
      input: { teamId: member.teamId, name: 'on-call hook', kind: 'WEBHOOK', url: WEBHOOK_URL },
    });
    const { notificationChannel: channel, signingSecret } = data.createNotificationChannel;
    expect(signingSecret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(channel).toMatchObject({ name: 'on-call hook', kind: 'WEBHOOK', url: WEBHOOK_URL, enabled: true });
    expect(channel.signingSecretCreatedAt).not.toBeNull();

    const row = await world.factories.prisma.notificationChannel.findUniqueOrThrow({ where: { id: channel.id } });
    expect(row.secrets).toMatch(/^v1\./);
    expect(row.secrets).not.toContain(signingSecret.slice(6));
    expect(JSON.stringify(row.settings)).not.toContain(signingSecret.slice(6));
    const audit = await world.factories.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: channel.id, action: 'notification_channel.create' },
    });
    expect(JSON.stringify(audit.after)).not.toContain(signingSecret.slice(6));
  });

  it('lists the team channels by name for members, and hides them from everybody else', async () => {
    await world.createChannel(member, { name: 'alerts by mail', kind: 'EMAIL', recipients: ['oncall@example.com'] });
    await world.createChannel(member, { name: 'slack', kind: 'SLACK', url: SLACK_URL });

    const seen = await world.graphql<{ team: { notificationChannels: ChannelView[] } }>(member, CHANNELS_OF_TEAM, {
      id: member.teamId,
    });
    const channels = seen.team.notificationChannels;
    expect(channels.map((channel) => channel.name)).toEqual(['alerts by mail', 'on-call hook', 'slack']);
    expect(channels[0]).toMatchObject({ kind: 'EMAIL', url: null, recipients: ['oncall@example.com'] });
    // A Slack URL is a credential: only its origin and last four characters are shown.
    expect(channels[2]?.url).toBe('https://93.184.215.14/…cret');

    const hidden = await world.graphql<{ team: { notificationChannels: ChannelView[] } }>(outsider, CHANNELS_OF_TEAM, {
      id: member.teamId,
    });
    expect(hidden.team.notificationChannels).toEqual([]);
    const lookup = await world.api
      .as(outsider.token)
      .graphql(`query ($id: ID!) { notificationChannel(id: $id) { id } }`, { id: channels[0]?.id });
    expect(lookup.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'CHANNEL_NOT_FOUND' });
  });

  it("refuses to create channels on another team's behalf", async () => {
    const errors = await createErrors(outsider, { name: 'sneaky', kind: 'WEBHOOK', url: WEBHOOK_URL });
    expect(errors[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it.each([
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254 is a cloud metadata address'],
    ['http://10.0.0.1/hook', '10.0.0.1 is a private address'],
    ['http://localhost:8080/hook', 'localhost resolves to'],
    ['ftp://93.184.215.14/hook', 'only http and https URLs are allowed'],
  ])('refuses %s at creation and writes nothing', async (url, reason) => {
    const before = await world.factories.prisma.notificationChannel.count();
    const errors = await createErrors(member, { name: `refused ${url}`, kind: 'WEBHOOK', url });
    expect(errors[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', reason: 'OUTBOUND_URL_REFUSED' });
    expect(errors[0]?.message).toContain(reason);
    const issues = errors[0]?.extensions?.issues as { path: string; message: string }[];
    expect(issues.map((issue) => issue.path)).toEqual(['url']);
    expect(issues[0]?.message).toContain(reason);
    expect(await world.factories.prisma.notificationChannel.count()).toBe(before);
  });

  it('refuses inputs that do not fit the kind, and a name the team already uses', async () => {
    const missingRecipients = await createErrors(member, { name: 'mail', kind: 'EMAIL' });
    expect(missingRecipients[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', reason: 'INVALID_INPUT' });
    expect(missingRecipients[0]?.extensions?.issues).toEqual([
      { path: 'recipients', message: 'an EMAIL channel needs recipients' },
    ]);
    const badAddress = await createErrors(member, { name: 'mail', kind: 'EMAIL', recipients: ['not-an-address'] });
    expect(badAddress[0]?.extensions?.issues).toEqual([{ path: 'recipients.0', message: 'not an email address' }]);
    const taken = await createErrors(member, { name: 'slack', kind: 'SLACK', url: SLACK_URL });
    expect(taken[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CHANNEL_NAME_TAKEN' });
  });

  it('checks a changed URL again, and refuses fields of another kind', async () => {
    const { id } = await world.createChannel(member, { name: 'to change', kind: 'WEBHOOK', url: WEBHOOK_URL });
    const update = `mutation ($input: UpdateNotificationChannelInput!) {
      updateNotificationChannel(input: $input) { notificationChannel { name url } } }`;
    const refused = await world.api.as(member.token).graphql(update, { input: { id, url: 'http://10.0.0.1/' } });
    expect(refused.body.errors?.[0]?.extensions?.reason).toBe('OUTBOUND_URL_REFUSED');
    const wrongKind = await world.api
      .as(member.token)
      .graphql(update, { input: { id, recipients: ['a@example.com'] } });
    expect(wrongKind.body.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      reason: 'FIELD_NOT_FOR_KIND',
    });
    const changed = await world.graphql<ChannelPayload<'updateNotificationChannel'>>(member, update, {
      input: { id, name: 'changed', url: 'https://93.184.215.15/x' },
    });
    expect(changed.updateNotificationChannel.notificationChannel).toEqual({
      name: 'changed',
      url: 'https://93.184.215.15/x',
    });
  });

  it('disables, enables and deletes a channel, auditing each change', async () => {
    const { id } = await world.createChannel(member, { name: 'toggled', kind: 'SLACK', url: SLACK_URL });
    const disabled = await world.graphql<ChannelPayload<'disableNotificationChannel'>>(
      member,
      `mutation ($input: DisableNotificationChannelInput!) {
        disableNotificationChannel(input: $input) { notificationChannel { enabled disabledReason } } }`,
      { input: { id, reason: 'maintenance window' } },
    );
    expect(disabled.disableNotificationChannel.notificationChannel).toEqual({
      enabled: false,
      disabledReason: 'maintenance window',
    });
    const test = await world.api
      .as(member.token)
      .graphql(
        `mutation ($input: SendTestNotificationInput!) { sendTestNotification(input: $input) { delivery { id } } }`,
        {
          input: { channelId: id },
        },
      );
    expect(test.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CHANNEL_DISABLED' });

    const enabled = await world.graphql<ChannelPayload<'enableNotificationChannel'>>(
      member,
      `mutation ($input: EnableNotificationChannelInput!) {
        enableNotificationChannel(input: $input) { notificationChannel { enabled disabledReason } } }`,
      { input: { id } },
    );
    expect(enabled.enableNotificationChannel.notificationChannel).toEqual({ enabled: true, disabledReason: null });
    const deleted = await world.graphql<Payload<'deleteNotificationChannel', { deletedNotificationChannelId: string }>>(
      member,
      `mutation ($input: DeleteNotificationChannelInput!) { deleteNotificationChannel(input: $input) { deletedNotificationChannelId } }`,
      { input: { id } },
    );
    expect(deleted.deleteNotificationChannel.deletedNotificationChannelId).toBe(id);
    const actions = await world.factories.prisma.auditEvent.findMany({
      where: { entityId: id },
      orderBy: { occurredAt: 'asc' },
    });
    expect(actions.map((event) => event.action)).toEqual([
      'notification_channel.create',
      'notification_channel.disable',
      'notification_channel.enable',
      'notification_channel.delete',
    ]);
  });

  it('rotates only webhook secrets, returning the new one once', async () => {
    const mail = await world.createChannel(member, { name: 'mail only', kind: 'EMAIL', recipients: ['a@example.com'] });
    const rotate = `mutation ($input: RotateChannelSecretInput!) {
      rotateChannelSecret(input: $input) { signingSecret previousSecretExpiresAt notificationChannel { previousSecretExpiresAt } } }`;
    const refused = await world.api.as(member.token).graphql(rotate, { input: { channelId: mail.id } });
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      reason: 'CHANNEL_HAS_NO_SECRET',
    });

    const hook = await world.createChannel(member, { name: 'rotated', kind: 'WEBHOOK', url: WEBHOOK_URL });
    const rotated = await world.graphql<
      Payload<
        'rotateChannelSecret',
        {
          signingSecret: string;
          previousSecretExpiresAt: string;
          notificationChannel: { previousSecretExpiresAt: string };
        }
      >
    >(member, rotate, { input: { channelId: hook.id, overlapHours: 2 } });
    const { signingSecret, previousSecretExpiresAt, notificationChannel } = rotated.rotateChannelSecret;
    expect(signingSecret).toMatch(/^whsec_/);
    expect(signingSecret).not.toBe(hook.signingSecret);
    const hours = (Date.parse(previousSecretExpiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(1.9);
    expect(hours).toBeLessThanOrEqual(2);
    expect(notificationChannel.previousSecretExpiresAt).toBe(previousSecretExpiresAt);
  });

  it('records a test notification as a PENDING delivery in the channel history', async () => {
    const { id } = await world.createChannel(member, { name: 'history', kind: 'WEBHOOK', url: WEBHOOK_URL });
    const sent = await world.graphql<
      Payload<'sendTestNotification', { delivery: { id: string; idempotencyKey: string } }>
    >(
      member,
      `mutation ($input: SendTestNotificationInput!) {
        sendTestNotification(input: $input) { delivery { id eventType status attempts idempotencyKey title } } }`,
      { input: { channelId: id } },
    );
    const delivery = sent.sendTestNotification.delivery;
    expect(delivery).toMatchObject({ eventType: 'channel.test', status: 'PENDING', attempts: 0 });
    expect(delivery.idempotencyKey).toMatch(new RegExp(`^channel:${id}:test:`));

    const history = await world.graphql<{ notificationChannel: { deliveries: unknown } }>(
      member,
      `query ($id: ID!) { notificationChannel(id: $id) {
        deliveries(first: 5) { totalCount nodes { id status } pageInfo { hasNextPage } } } }`,
      { id },
    );
    expect(history.notificationChannel.deliveries).toEqual({
      totalCount: 1,
      nodes: [{ id: delivery.id, status: 'PENDING' }],
      pageInfo: { hasNextPage: false },
    });
  });

  it('pages the delivery history newest first, forwards and backwards', async () => {
    const { id } = await world.createChannel(member, { name: 'paged', kind: 'WEBHOOK', url: WEBHOOK_URL });
    const sent: string[] = [];
    for (let index = 0; index < 3; index += 1) {
      const data = await world.graphql<{ sendTestNotification: { delivery: { id: string } } }>(
        member,
        `mutation ($input: SendTestNotificationInput!) { sendTestNotification(input: $input) { delivery { id } } }`,
        { input: { channelId: id } },
      );
      sent.push(data.sendTestNotification.delivery.id);
    }
    type Page = {
      notificationChannel: {
        deliveries: {
          nodes: { id: string }[];
          pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string; startCursor: string };
        };
      };
    };
    const page = `query ($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
      notificationChannel(id: $id) { deliveries(first: $first, after: $after, last: $last, before: $before) {
        nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`;
    const first = await world.graphql<Page>(member, page, { id, first: 2 });
    expect(first.notificationChannel.deliveries.nodes.map((node) => node.id)).toEqual([sent[2], sent[1]]);
    expect(first.notificationChannel.deliveries.pageInfo.hasNextPage).toBe(true);
    const second = await world.graphql<Page>(member, page, {
      id,
      first: 2,
      after: first.notificationChannel.deliveries.pageInfo.endCursor,
    });
    expect(second.notificationChannel.deliveries.nodes.map((node) => node.id)).toEqual([sent[0]]);
    expect(second.notificationChannel.deliveries.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const back = await world.graphql<Page>(member, page, {
      id,
      last: 1,
      before: second.notificationChannel.deliveries.pageInfo.startCursor,
    });
    expect(back.notificationChannel.deliveries.nodes.map((node) => node.id)).toEqual([sent[1]]);

    const forged = await world.api
      .as(member.token)
      .graphql(page, { id, first: 1, after: Buffer.from('["yesterday","x"]').toString('base64url') });
    expect(forged.body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', reason: 'INVALID_CURSOR' });
  });
});
