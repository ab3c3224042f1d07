import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaService } from '../../src/infra/prisma/prisma.service';
import {
  AccessWorld,
  APPROVE,
  dataOf,
  errorOf,
  REJECT,
  RENEW,
  REQUEST_ACCESS,
  REVOKE,
  SUBSCRIPTION,
  type SubscriptionView,
} from './access-world';
import { fewestStatements } from '../support/statements';

const DAY = 24 * 60 * 60 * 1000;
let topicCount = 0;
const kafkaLocation = () => ({ cluster: 'main', topic: `orders.workflow.${Date.now()}.${(topicCount += 1)}` });

/**
 * The subscription workflow over GraphQL, without a worker: who may do what, which transitions
 * exist, what each writes (audit, grants, counts, notifications) and what it lets consumers see.
 */
describe('subscriptions workflow', () => {
  let world: AccessWorld;

  beforeAll(async () => {
    world = await AccessWorld.start('access_workflow');
    // Channels so notifications have somewhere to go (no worker runs here: nothing is sent).
    for (const teamId of [world.teamA.id, world.teamB.id]) {
      await world.factories.prisma.notificationChannel.create({
        data: { teamId, kind: 'SLACK', name: 'alerts', settings: { url: 'http://127.0.0.1:9/hook' } },
      });
    }
  });

  afterAll(async () => {
    await world.close();
  });

  const deliveries = (teamId: string, eventType: string) =>
    world.factories.prisma.delivery.findMany({ where: { eventType, channel: { teamId } } });
  const grantsOf = (subscriptionId: string) => world.factories.prisma.grant.findMany({ where: { subscriptionId } });
  const subscriberCount = async (productId: string) =>
    (await world.factories.prisma.dataProduct.findUniqueOrThrow({ where: { id: productId } })).subscriberCount;

  describe('requesting access', () => {
    it('waits for the owners when the product needs approval, and tells them', async () => {
      const { portId } = await world.publishedPort(kafkaLocation());
      const subscription = await world.request(portId, { durationDays: 30 });

      expect(subscription).toMatchObject({ status: 'PENDING', expiresAt: null, grants: [] });
      const requested = await deliveries(world.teamA.id, 'subscription.requested');
      expect(
        requested.map((delivery) => (delivery.payload as { data: { subscriptionId: string } }).data.subscriptionId),
      ).toContain(subscription.id);
      expect(
        await world.factories.prisma.auditEvent.count({
          where: { entityId: subscription.id, action: 'subscription.request' },
        }),
      ).toBe(1);
    });

    it('approves at once for an OPEN product with INTERNAL data: grant asked for, count raised, consumer told', async () => {
      const { portId, productId } = await world.publishedPort(kafkaLocation(), {
        accessMode: 'OPEN',
        classification: 'INTERNAL',
      });
      const subscription = await world.request(portId, { durationDays: 10 });

      expect(subscription.status).toBe('APPROVED');
      expect(Date.parse(subscription.expiresAt!) - Date.now()).toBeGreaterThan(9 * DAY);
      expect(subscription.grants).toEqual([expect.objectContaining({ desired: 'GRANT', status: 'PENDING' })]);
      expect(await subscriberCount(productId)).toBe(1);
      const approvals = await world.factories.prisma.auditEvent.findMany({
        where: { entityId: subscription.id, action: 'subscription.approve' },
      });
      expect(approvals.map((event) => [event.actorType, event.actorUserId])).toEqual([['SYSTEM', null]]);
      expect((await deliveries(world.teamB.id, 'subscription.approved')).length).toBeGreaterThan(0);
    });

    it('still asks the owners for an OPEN product with CONFIDENTIAL data', async () => {
      const { portId } = await world.publishedPort(kafkaLocation(), {
        accessMode: 'OPEN',
        classification: 'CONFIDENTIAL',
      });
      expect((await world.request(portId)).status).toBe('PENDING');
    });

    it('refuses a request for a team of its own products with a clear reason', async () => {
      const { portId } = await world.publishedPort(kafkaLocation());
      const response = await world.as(world.memberA)(REQUEST_ACCESS, {
        input: { portId, consumerTeamId: world.teamA.id, purpose: 'ours' },
      });
      expect(errorOf(response)).toMatchObject({ code: 'VALIDATION_FAILED', reason: 'SUBSCRIPTION_OWN_PRODUCT' });
    });

    it('refuses a request on behalf of a team the caller is not in, and writes nothing', async () => {
      const { portId } = await world.publishedPort(kafkaLocation());
      const response = await world.as(world.memberC)(REQUEST_ACCESS, {
        input: { portId, consumerTeamId: world.teamB.id, purpose: 'not mine to ask' },
      });
      expect(errorOf(response).code).toBe('FORBIDDEN');
      expect(await world.factories.prisma.subscription.count({ where: { portId } })).toBe(0);
    });

    it('refuses a second live request of the same team for the same port', async () => {
      const { portId } = await world.publishedPort(kafkaLocation());
      await world.request(portId);
      const response = await world.as(world.memberB)(REQUEST_ACCESS, {
        input: { portId, consumerTeamId: world.teamB.id, purpose: 'again' },
      });
      expect(errorOf(response)).toMatchObject({ code: 'CONFLICT', reason: 'SUBSCRIPTION_EXISTS' });
    });

    it('refuses drafts (as missing) and retired products', async () => {
      const draft = await world.factories.product(world.teamA.id, world.domainId, { status: 'DRAFT' });
      const draftPort = await world.factories.outputPort(draft.id);
      const hidden = await world.as(world.memberB)(REQUEST_ACCESS, {
        input: { portId: draftPort.id, consumerTeamId: world.teamB.id, purpose: 'x' },
      });
      expect(errorOf(hidden)).toMatchObject({ code: 'NOT_FOUND', reason: 'OUTPUT_PORT_NOT_FOUND' });
      const retired = await world.factories.product(world.teamA.id, world.domainId, { status: 'RETIRED' });
      const retiredPort = await world.factories.outputPort(retired.id);
      const refused = await world.as(world.memberB)(REQUEST_ACCESS, {
        input: { portId: retiredPort.id, consumerTeamId: world.teamB.id, purpose: 'x' },
      });
      expect(errorOf(refused)).toMatchObject({ code: 'CONFLICT', reason: 'SUBSCRIPTION_PRODUCT_UNAVAILABLE' });
    });

    it('refuses inputs that try to set the status or the decider', async () => {
      const { portId } = await world.publishedPort(kafkaLocation());
      const response = await world.as(world.memberB)(REQUEST_ACCESS, {
        input: {
          portId,
          consumerTeamId: world.teamB.id,
          purpose: 'x',
          status: 'APPROVED',
          decidedById: world.ownerA.userId,
        },
      });
      const errors = response.body.errors ?? [];
      expect(errors.map((error) => error.extensions?.code)).toEqual([
        'GRAPHQL_VALIDATION_FAILED',
        'GRAPHQL_VALIDATION_FAILED',
      ]);
      expect(errors.map((error) => error.message).join(' ')).toMatch(/"status".*"decidedById"/);
      expect(await world.factories.prisma.subscription.count({ where: { portId } })).toBe(0);
    });

    it('refuses a blank purpose and an out-of-range duration, naming the fields', async () => {
      const { portId } = await world.publishedPort(kafkaLocation());
      const response = await world.as(world.memberB)(REQUEST_ACCESS, {
        input: { portId, consumerTeamId: world.teamB.id, purpose: '  ', durationDays: 0 },
      });
      const error = response.body.errors?.[0];
      expect(error?.extensions?.code).toBe('VALIDATION_FAILED');
      expect((error?.extensions?.issues as { path: string }[]).map((issue) => issue.path).sort()).toEqual([
        'durationDays',
        'purpose',
      ]);
    });
  });

  describe('deciding', () => {
    it('approves: the owners decide, the expiry starts, the grant is asked for, the consumer is told', async () => {
      const { portId, productId } = await world.publishedPort(kafkaLocation());
      const { id } = await world.request(portId, { durationDays: 7 });
      const approved = await world.approve(id, world.memberA);

      expect(approved.status).toBe('APPROVED');
      expect(Date.parse(approved.expiresAt!) - Date.now()).toBeGreaterThan(6 * DAY);
      expect(await grantsOf(id)).toEqual([
        expect.objectContaining({ desired: 'GRANT', status: 'PENDING', records: [] }),
      ]);
      expect(await subscriberCount(productId)).toBe(1);
      const audit = await world.factories.prisma.auditEvent.findFirstOrThrow({
        where: { entityId: id, action: 'subscription.approve' },
      });
      expect([audit.actorUserId, audit.teamId]).toEqual([world.memberA.userId, world.teamA.id]);
      expect(audit.after).toMatchObject({ status: 'APPROVED', consumerTeamId: world.teamB.id });
      const events = await world.factories.prisma.outboxEvent.findMany({
        where: { aggregateId: productId },
        orderBy: { position: 'asc' },
      });
      expect(events.map((event) => [event.eventType, (event.payload as { status: string }).status])).toEqual([
        ['subscription.requested', 'PENDING'],
        ['subscription.approved', 'APPROVED'],
      ]);
      expect(events[1]?.payload).toEqual({
        subscriptionId: id,
        productId,
        portId,
        consumerTeamId: world.teamB.id,
        status: 'APPROVED',
        expiresAt: Date.parse(approved.expiresAt!),
      });
    });

    it('rejects with a reason, and the consumer team hears it', async () => {
      const { portId } = await world.publishedPort(kafkaLocation());
      const { id } = await world.request(portId);
      const response = await world.as(world.ownerA)<{ rejectSubscription: { subscription: SubscriptionView } }>(
        REJECT,
        {
          input: { id, reason: 'Personal data; use the aggregated port' },
        },
      );
      expect(dataOf(response).rejectSubscription.subscription.status).toBe('REJECTED');
      const told = await deliveries(world.teamB.id, 'subscription.rejected');
      expect(told.some((delivery) => JSON.stringify(delivery.payload).includes('use the aggregated port'))).toBe(true);
    });

    it.each([
      ['approve a rejected request', 'REJECTED', APPROVE, { reason: 'changed my mind' }],
      ['reject an approved one', 'APPROVED', REJECT, { reason: 'too late' }],
      ['revoke a revoked one', 'REVOKED', REVOKE, { reason: 'twice' }],
      ['renew a pending one', 'PENDING', RENEW, { durationDays: 5 }],
    ])(
      'refuses to %s with SUBSCRIPTION_INVALID_TRANSITION and changes nothing',
      async (_name, status, mutation, input) => {
        const { portId } = await world.publishedPort(kafkaLocation());
        const { id } = await world.request(portId, { durationDays: 3 });
        if (status === 'REJECTED') dataOf(await world.as(world.ownerA)(REJECT, { input: { id, reason: 'no' } }));
        if (status === 'APPROVED') await world.approve(id);
        if (status === 'REVOKED') await world.revoke(id);
        const caller = mutation === RENEW ? world.memberB : world.ownerA;
        const auditBefore = await world.factories.prisma.auditEvent.count({ where: { entityId: id } });

        const response = await world.as(caller)(mutation, { input: { id, ...input } });

        expect(errorOf(response)).toMatchObject({
          code: 'INVALID_TRANSITION',
          reason: 'SUBSCRIPTION_INVALID_TRANSITION',
        });
        expect((await world.subscription(id)).status).toBe(status);
        expect(await world.factories.prisma.auditEvent.count({ where: { entityId: id } })).toBe(auditBefore);
      },
    );
  });

  describe('who may decide, revoke and renew (BOLA)', () => {
    let pendingId: string;
    let approvedId: string;

    beforeAll(async () => {
      pendingId = (await world.request((await world.publishedPort(kafkaLocation())).portId, { durationDays: 5 })).id;
      approvedId = (await world.request((await world.publishedPort(kafkaLocation())).portId, { durationDays: 5 })).id;
      await world.approve(approvedId);
    });

    it.each([
      ['another team approves', 'memberC', APPROVE, 'pending', { reason: 'x' }, 'NOT_FOUND'],
      ['another team rejects', 'memberC', REJECT, 'pending', { reason: 'x' }, 'NOT_FOUND'],
      ['another team revokes', 'memberC', REVOKE, 'approved', { reason: 'x' }, 'NOT_FOUND'],
      ['another team renews', 'memberC', RENEW, 'approved', { durationDays: 3 }, 'NOT_FOUND'],
      ['another team reads', 'memberC', SUBSCRIPTION, 'pending', null, 'NOT_FOUND'],
      ['the consumer approves its own request', 'memberB', APPROVE, 'pending', { reason: 'x' }, 'FORBIDDEN'],
      ['the consumer rejects', 'memberB', REJECT, 'pending', { reason: 'x' }, 'FORBIDDEN'],
      ['the owners renew for the consumer', 'ownerA', RENEW, 'approved', { durationDays: 3 }, 'FORBIDDEN'],
    ] as const)('%s: %s', async (_name, role, mutation, which, input, code) => {
      const id = which === 'pending' ? pendingId : approvedId;
      const before = await world.factories.prisma.subscription.findUniqueOrThrow({ where: { id } });
      const variables = input === null ? { id } : { input: { id, ...input } };

      const response = await world.as(world[role])(mutation, variables);

      expect(errorOf(response).code).toBe(code);
      expect(await world.factories.prisma.subscription.findUniqueOrThrow({ where: { id } })).toEqual(before);
    });

    it('lets an admin decide, and the consumer team withdraw its own pending request', async () => {
      const { portId } = await world.publishedPort(kafkaLocation());
      const { id } = await world.request(portId);
      expect((await world.approve(id, world.admin)).status).toBe('APPROVED');
      const other = await world.request((await world.publishedPort(kafkaLocation())).portId);
      expect((await world.revoke(other.id, world.memberB)).status).toBe('REVOKED');
      expect((await deliveries(world.teamA.id, 'subscription.revoked')).length).toBeGreaterThan(0);
    });
  });

  describe('revoking and renewing', () => {
    it('revokes an approved subscription: grant turned to REVOKE, count down, consumer told', async () => {
      const { portId, productId } = await world.publishedPort(kafkaLocation());
      const { id } = await world.request(portId);
      await world.approve(id);
      const revoked = await world.revoke(id);

      expect(revoked.status).toBe('REVOKED');
      expect(await grantsOf(id)).toEqual([expect.objectContaining({ desired: 'REVOKE', status: 'PENDING' })]);
      expect(await subscriberCount(productId)).toBe(0);
      expect(
        (await deliveries(world.teamB.id, 'subscription.revoked')).some((delivery) =>
          JSON.stringify(delivery.payload).includes(id),
        ),
      ).toBe(true);
    });

    it('renews after the owners approve, adding the days to the expiry; a renewal can also be declined', async () => {
      const { portId } = await world.publishedPort(kafkaLocation());
      const { id } = await world.request(portId, { durationDays: 10 });
      const approved = await world.approve(id);
      const asked = dataOf(
        await world.as(world.memberB)<{ requestSubscriptionRenewal: { subscription: { renewalDays: number } } }>(
          RENEW,
          {
            input: { id, durationDays: 20 },
          },
        ),
      );
      expect(asked.requestSubscriptionRenewal.subscription.renewalDays).toBe(20);
      const inbox = dataOf(
        await world.as(world.memberA)<{ team: { accessRequests: { nodes: { id: string }[] } } }>(
          'query($id: ID) { team(id: $id) { accessRequests(first: 50) { nodes { id } } } }',
          { id: world.teamA.id },
        ),
      );
      expect(inbox.team.accessRequests.nodes.map((node) => node.id)).toContain(id);

      const renewed = await world.approve(id);
      expect(Date.parse(renewed.expiresAt!) - Date.parse(approved.expiresAt!)).toBe(20 * DAY);

      dataOf(await world.as(world.memberB)(RENEW, { input: { id, durationDays: 5 } }));
      const declined = dataOf(
        await world.as(world.ownerA)<{ rejectSubscription: { subscription: SubscriptionView } }>(REJECT, {
          input: { id, reason: 'Not this quarter' },
        }),
      ).rejectSubscription.subscription;
      expect([declined.status, declined.expiresAt]).toEqual(['APPROVED', renewed.expiresAt]);
    });

    it('refuses to renew a subscription without expiry', async () => {
      const { portId } = await world.publishedPort(kafkaLocation());
      const { id } = await world.request(portId);
      await world.approve(id);
      const response = await world.as(world.memberB)(RENEW, { input: { id, durationDays: 5 } });
      expect(errorOf(response)).toMatchObject({ code: 'VALIDATION_FAILED', reason: 'SUBSCRIPTION_NOT_EXPIRING' });
    });
  });

  describe('what each side sees', () => {
    it('shows connection details to the consumer team only while its subscription is approved', async () => {
      const location = kafkaLocation();
      const { portId } = await world.publishedPort(location);
      expect(await world.connectionDetails(portId, world.memberB)).toBeNull();
      const { id } = await world.request(portId);
      expect(await world.connectionDetails(portId, world.memberB)).toBeNull();

      await world.approve(id);
      expect(await world.connectionDetails(portId, world.memberB)).toEqual({ kind: 'KAFKA_TOPIC', location });
      expect(await world.connectionDetails(portId, world.memberC)).toBeNull();
      const nested = dataOf(
        await world.as(world.memberB)<{ subscription: { port: { connectionDetails: unknown } } }>(
          'query($id: ID!) { subscription(id: $id) { port { connectionDetails { location } } } }',
          { id },
        ),
      );
      expect(nested.subscription.port.connectionDetails).toEqual({ location });

      await world.revoke(id);
      expect(await world.connectionDetails(portId, world.memberB)).toBeNull();
    });

    it('lists subscriptions for their teams only: consumer list, owners inbox and port subscribers', async () => {
      const { portId } = await world.publishedPort(kafkaLocation());
      const { id } = await world.request(portId);
      const TEAM_LISTS = `query($id: ID) { team(id: $id) {
        subscriptions(first: 100, statuses: [PENDING]) { totalCount nodes { id consumerTeam { id } owningTeam { id } } }
        accessRequests(first: 100) { nodes { id } } } }`;
      const PORT_LIST =
        'query($id: ID!) { outputPort(id: $id) { subscriptions(first: 10) { nodes { id requestedBy { id } } } } }';

      const consumerSide = dataOf(
        await world.as(world.memberB)<{ team: { subscriptions: { nodes: { id: string }[] } } }>(TEAM_LISTS, {
          id: world.teamB.id,
        }),
      );
      expect(consumerSide.team.subscriptions.nodes.map((node) => node.id)).toContain(id);
      const strangers = dataOf(
        await world.as(world.memberC)<{ team: Record<string, unknown> }>(TEAM_LISTS, { id: world.teamB.id }),
      );
      expect(strangers.team).toEqual({ subscriptions: null, accessRequests: null });
      const owners = dataOf(
        await world.as(world.memberA)<{ outputPort: { subscriptions: { nodes: unknown[] } } }>(PORT_LIST, {
          id: portId,
        }),
      );
      expect(owners.outputPort.subscriptions.nodes).toEqual([{ id, requestedBy: { id: world.memberB.userId } }]);
      const consumerOnPort = dataOf(
        await world.as(world.memberB)<{ outputPort: { subscriptions: unknown } }>(PORT_LIST, { id: portId }),
      );
      expect(consumerOnPort.outputPort.subscriptions).toBeNull();
      const mine = dataOf(
        await world.as(world.memberB)<{ mySubscriptions: { nodes: { id: string }[] } }>(
          'query { mySubscriptions(first: 100, statuses: [PENDING]) { nodes { id } } }',
        ),
      );
      expect(mine.mySubscriptions.nodes.map((node) => node.id)).toContain(id);
    });

    it('reads connection details and lists with a number of statements independent of list sizes', async () => {
      const prisma = world.api.app.get(PrismaService);
      const { portId: first } = await world.publishedPort(kafkaLocation());
      await world.approve((await world.request(first)).id);
      const QUERY = `query($first: Int!) { mySubscriptions(first: $first) { nodes { id grants { status }
        consumerTeam { slug } port { connectionDetails { kind } } product { name } } } }`;
      const count = (size: number) =>
        fewestStatements(prisma, async () => dataOf(await world.as(world.memberB)(QUERY, { first: size })));
      await count(1);
      const one = await count(1);
      const many = await count(50);
      expect(many).toBe(one);
    });
  });
});
