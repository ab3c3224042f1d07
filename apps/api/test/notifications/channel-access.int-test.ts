import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotificationWorld, type Member } from './world';

const WEBHOOK_URL = 'https://93.184.215.14/hooks/tessera';

type Role = 'anonymous' | 'admin' | 'owner' | 'member' | 'readOnlyToken' | 'otherTeam';
type Outcome = 'allowed' | 'FORBIDDEN' | 'NOT_FOUND' | 'UNAUTHENTICATED';

const OPERATIONS: Record<
  string,
  { query: string; input: (ids: { teamId: string; channelId: string }) => Record<string, unknown> }
> = {
  create: {
    query: `mutation ($input: CreateNotificationChannelInput!) { createNotificationChannel(input: $input) { signingSecret } }`,
    input: ({ teamId }) => ({ input: { teamId, name: `c ${Math.random()}`, kind: 'WEBHOOK', url: WEBHOOK_URL } }),
  },
  read: {
    query: `query ($id: ID!) { notificationChannel(id: $id) { id deliveries { totalCount } } }`,
    input: ({ channelId }) => ({ id: channelId }),
  },
  update: {
    query: `mutation ($input: UpdateNotificationChannelInput!) { updateNotificationChannel(input: $input) { notificationChannel { id } } }`,
    input: ({ channelId }) => ({ input: { id: channelId, name: `renamed ${Math.random()}` } }),
  },
  rotate: {
    query: `mutation ($input: RotateChannelSecretInput!) { rotateChannelSecret(input: $input) { signingSecret } }`,
    input: ({ channelId }) => ({ input: { channelId } }),
  },
  test: {
    query: `mutation ($input: SendTestNotificationInput!) { sendTestNotification(input: $input) { delivery { id } } }`,
    input: ({ channelId }) => ({ input: { channelId } }),
  },
  disable: {
    query: `mutation ($input: DisableNotificationChannelInput!) { disableNotificationChannel(input: $input) { notificationChannel { id } } }`,
    input: ({ channelId }) => ({ input: { id: channelId } }),
  },
};

/** role x operation on one team's channel: members and admins act, everybody else is refused. */
const MATRIX: Record<Role, Record<keyof typeof OPERATIONS, Outcome>> = {
  anonymous: {
    create: 'UNAUTHENTICATED',
    read: 'UNAUTHENTICATED',
    update: 'UNAUTHENTICATED',
    rotate: 'UNAUTHENTICATED',
    test: 'UNAUTHENTICATED',
    disable: 'UNAUTHENTICATED',
  },
  admin: {
    create: 'allowed',
    read: 'allowed',
    update: 'allowed',
    rotate: 'allowed',
    test: 'allowed',
    disable: 'allowed',
  },
  owner: {
    create: 'allowed',
    read: 'allowed',
    update: 'allowed',
    rotate: 'allowed',
    test: 'allowed',
    disable: 'allowed',
  },
  member: {
    create: 'allowed',
    read: 'allowed',
    update: 'allowed',
    rotate: 'allowed',
    test: 'allowed',
    disable: 'allowed',
  },
  readOnlyToken: {
    create: 'FORBIDDEN',
    read: 'allowed',
    update: 'FORBIDDEN',
    rotate: 'FORBIDDEN',
    test: 'FORBIDDEN',
    disable: 'FORBIDDEN',
  },
  otherTeam: {
    create: 'FORBIDDEN',
    read: 'NOT_FOUND',
    update: 'NOT_FOUND',
    rotate: 'NOT_FOUND',
    test: 'NOT_FOUND',
    disable: 'NOT_FOUND',
  },
};

describe('who may manage and read notification channels', () => {
  let world: NotificationWorld;
  let owner: Member;
  const tokens = new Map<Role, string | null>();

  beforeAll(async () => {
    world = await NotificationWorld.start('channel_access', { OUTBOUND_ALLOWED_HOSTS: undefined });
    owner = await world.member();
    const member = await world.factories.user();
    await world.factories.prisma.teamMembership.create({
      data: { teamId: owner.teamId, userId: member.id, role: 'MEMBER' },
    });
    const admin = await world.factories.user({ isPlatformAdmin: true });
    tokens.set('anonymous', null);
    tokens.set('owner', owner.token);
    tokens.set('member', await world.factories.apiToken({ userId: member.id }));
    tokens.set('admin', await world.factories.apiToken({ userId: admin.id }, ['admin']));
    tokens.set('readOnlyToken', await world.factories.apiToken({ userId: member.id }, ['catalog:read']));
    tokens.set('otherTeam', (await world.member()).token);
  });

  afterAll(async () => {
    await world.close();
  });

  const cases = Object.entries(MATRIX).flatMap(([role, row]) =>
    Object.entries(row).map(([operation, outcome]) => [role as Role, operation, outcome] as const),
  );

  it.each(cases)('%s: %s is %s', async (role, operation, outcome) => {
    // A fresh channel per case, so disabling or rotating in one case does not change another.
    const { id: channelId } = await world.createChannel(owner, { kind: 'WEBHOOK', url: WEBHOOK_URL });
    const { query, input } = OPERATIONS[operation]!;
    const token = tokens.get(role);
    const auditBefore = await world.factories.prisma.auditEvent.count();
    const response = token
      ? await world.api.as(token).graphql(query, input({ teamId: owner.teamId, channelId }))
      : await world.api.graphql(query, input({ teamId: owner.teamId, channelId }));

    if (outcome === 'allowed') {
      expect(response.body.errors).toBeUndefined();
    } else {
      expect(response.body.errors?.[0]?.extensions?.code).toBe(outcome);
      expect(await world.factories.prisma.auditEvent.count()).toBe(auditBefore);
    }
  });
});
