import type { Factories } from '../support/factories';
import type { ArrangedSubscription, World } from './matrix-support';

type SubscriptionStatus = 'PENDING' | 'APPROVED' | 'REJECTED' | 'REVOKED' | 'EXPIRED';

const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000);

/**
 * Arranges the matrix's world straight in the database: teams A and B with the catalog core's
 * products, team P providing products others subscribe to, team C as a third team, and the
 * subscriptions in every state the cases need (each successful transition has its own).
 */
export async function buildWorld(factories: Factories): Promise<World> {
  const [admin, ownerA, memberA, ownerB, reader, ownerP, memberP, ownerC] = await Promise.all([
    factories.user({ isPlatformAdmin: true }),
    factories.user(),
    factories.user(),
    factories.user(),
    factories.user(),
    factories.user(),
    factories.user(),
    factories.user(),
  ]);
  const teamA = await factories.team([
    { userId: ownerA.id, role: 'OWNER' },
    { userId: memberA.id, role: 'MEMBER' },
  ]);
  const teamB = await factories.team([{ userId: ownerB.id, role: 'OWNER' }]);
  const teamC = await factories.team([{ userId: ownerC.id, role: 'OWNER' }]);
  const teamP = await factories.team([
    { userId: ownerP.id, role: 'OWNER' },
    { userId: memberP.id, role: 'MEMBER' },
  ]);
  const domain = await factories.domain(teamA.id);
  const published = await factories.product(teamA.id, domain.id, { status: 'PUBLISHED', publishedAt: new Date() });
  const publishedPort = await factories.outputPort(published.id);
  const draft = await factories.product(teamA.id, domain.id, { status: 'DRAFT' });
  const draftPort = await factories.outputPort(draft.id);
  // Team B's product reads team A's draft (lineage recorded before A hid it, say).
  const consumerB = await factories.product(teamB.id, domain.id, { status: 'PUBLISHED', publishedAt: new Date() });
  const inputPort = await factories.prisma.inputPort.create({
    data: { productId: consumerB.id, sourcePortId: draftPort.id, name: 'from-draft' },
  });

  // Team P's products live in a domain of their own, so the catalog cases' counts stay as they are.
  const domainP = await factories.domain(teamP.id);
  const published_ = { status: 'PUBLISHED' as const, publishedAt: new Date() };
  const shared = await factories.product(teamP.id, domainP.id, published_);
  const open = await factories.product(teamP.id, domainP.id, { ...published_, accessMode: 'OPEN' });
  const hiddenP = await factories.product(teamP.id, domainP.id, { status: 'DRAFT' });
  // One at a time: ports of one product update its row (search text), and concurrent inserts deadlock.
  const openPort = await factories.outputPort(open.id);
  const hiddenPort = await factories.outputPort(hiddenP.id);
  const unsubscribedPort = await factories.outputPort(shared.id);
  const freshPort = await factories.outputPort(shared.id);

  const subscribe = async (
    consumerTeamId: string,
    status: SubscriptionStatus,
    options: { portId?: string; expiresAt?: Date; grant?: 'ACTIVE' | 'REMOVED' } = {},
  ): Promise<ArrangedSubscription> => {
    const portId = options.portId ?? (await factories.outputPort(shared.id)).id;
    const decided = status === 'PENDING' ? {} : { decidedAt: new Date(), decisionReason: 'arranged' };
    const ended = ['REJECTED', 'REVOKED', 'EXPIRED'].includes(status) ? { endedAt: new Date() } : {};
    const row = await factories.prisma.subscription.create({
      data: {
        portId,
        consumerTeamId,
        purpose: 'the authorization matrix',
        durationDays: 30,
        status,
        expiresAt: options.expiresAt ?? (status === 'APPROVED' ? inDays(20) : null),
        ...decided,
        ...ended,
      },
    });
    if (options.grant)
      await factories.prisma.grant.create({
        data: {
          subscriptionId: row.id,
          portKind: 'KAFKA_TOPIC',
          status: options.grant,
          desired: options.grant === 'ACTIVE' ? 'GRANT' : 'REVOKE',
          records: [{ resource: 'TOPIC', operation: 'READ' }],
        },
      });
    return { id: row.id, portId };
  };

  const approvedB = await subscribe(teamB.id, 'APPROVED', { grant: 'ACTIVE' });
  const pendingB = await subscribe(teamB.id, 'PENDING');
  const subscriptions = {
    approvedB,
    pendingB,
    pendingC: await subscribe(teamC.id, 'PENDING', { portId: pendingB.portId }),
    revokedB: await subscribe(teamB.id, 'REVOKED', { grant: 'REMOVED' }),
    expiredB: await subscribe(teamB.id, 'EXPIRED', { expiresAt: inDays(-1), grant: 'REMOVED' }),
    toApprove: await subscribe(teamB.id, 'PENDING'),
    toApproveByAdmin: await subscribe(teamC.id, 'PENDING'),
    toReject: await subscribe(teamB.id, 'PENDING'),
    toRevokeByConsumer: await subscribe(teamB.id, 'APPROVED', { grant: 'ACTIVE' }),
    toRevokeByOwner: await subscribe(teamB.id, 'APPROVED', { grant: 'ACTIVE' }),
    toRenew: await subscribe(teamB.id, 'APPROVED', { expiresAt: inDays(10), grant: 'ACTIVE' }),
  };

  // Only the admin's transfer case moves it (to team B); no catalog case counts it.
  const transferable = await factories.product(teamC.id, domainP.id, { status: 'DRAFT' });

  // Team C reads the port team B subscribed to: lineage does not make C a subscriber.
  const lineageC = await factories.product(teamC.id, domainP.id, published_);
  await factories.prisma.inputPort.create({
    data: { productId: lineageC.id, sourcePortId: approvedB.portId, name: 'from-shared' },
  });

  return {
    tokens: {
      admin: await factories.apiToken({ userId: admin.id }, ['admin']),
      ownerA: await factories.apiToken({ userId: ownerA.id }),
      memberA: await factories.apiToken({ userId: memberA.id }),
      ownerB: await factories.apiToken({ userId: ownerB.id }),
      readerToken: await factories.apiToken({ userId: reader.id }, ['catalog:read']),
      teamTokenB: await factories.apiToken({ teamId: teamB.id, role: 'OWNER' }),
      ownerP: await factories.apiToken({ userId: ownerP.id }),
      memberP: await factories.apiToken({ userId: memberP.id }),
      ownerC: await factories.apiToken({ userId: ownerC.id }),
    },
    teamA: teamA.id,
    teamB: teamB.id,
    teamC: teamC.id,
    teamP: teamP.id,
    domain: domain.id,
    domainP: domainP.id,
    teamSlugA: teamA.slug,
    domainSlug: domain.slug,
    published: { id: published.id, slug: published.slug, portId: publishedPort.id },
    draft: { id: draft.id, slug: draft.slug, portId: draftPort.id },
    consumerB: { id: consumerB.id, inputPortId: inputPort.id },
    shared: { id: shared.id, slug: shared.slug, unsubscribedPortId: unsubscribedPort.id, freshPortId: freshPort.id },
    hiddenP: { id: hiddenP.id, portId: hiddenPort.id },
    open: { id: open.id, portId: openPort.id },
    lineageC: { id: lineageC.id },
    transferable: transferable.id,
    subscriptions,
  };
}
