import { expect } from 'vitest';
import { at, denied, returns, type Case, type World } from './matrix-support';

/**
 * Subscriptions (request, decide, revoke, renew), their grants and lists, and connection
 * details on every path of the graph. Team P owns the ports; team B subscribes; team C is a
 * third team that must see nothing of B's access (BOLA with real ids).
 */

const SUBSCRIPTION = 'query($id: ID!) { subscription(id: $id) { id status consumerTeam { id } } }';
const GRANTS = 'query($id: ID!) { subscription(id: $id) { grants { status desired lastError records } } }';
const THROUGH_SUBSCRIPTION = 'query($id: ID!) { subscription(id: $id) { port { id connectionDetails { kind } } } }';
const MINE = '{ mySubscriptions(first: 50) { totalCount nodes { id port { id connectionDetails { kind } } } } }';
const TEAM_SUBSCRIPTIONS = 'query($id: ID) { team(id: $id) { subscriptions(first: 50) { totalCount nodes { id } } } }';
const INBOX = 'query($id: ID) { team(id: $id) { accessRequests(first: 50) { totalCount nodes { id } } } }';
const PORT_SUBSCRIPTIONS =
  'query($id: ID!) { outputPort(id: $id) { subscriptions(first: 50) { totalCount nodes { id consumerTeam { id } } } } }';
const PORT = 'query($id: ID!) { outputPort(id: $id) { id connectionDetails { kind location } } }';
const PRODUCT = 'query($id: ID) { dataProduct(id: $id) { outputPorts { id connectionDetails { kind } } } }';
const SEARCH =
  'query($query: String) { searchDataProducts(query: $query, first: 10) { edges { node { id outputPorts { id connectionDetails { kind } } } } } }';
const TEAM_PAGE =
  'query($id: ID) { team(id: $id) { products(first: 50) { nodes { outputPorts { id connectionDetails { kind } } } } } }';
const DOMAIN_PAGE =
  'query($id: ID) { domain(id: $id) { products(first: 50) { nodes { outputPorts { id connectionDetails { kind } } } } } }';
const LINEAGE =
  'query($id: ID) { dataProduct(id: $id) { inputPorts { sourcePort { id connectionDetails { kind } } } } }';
const DESCRIPTOR = 'query($slug: String!) { dataProductDescriptor(slug: $slug) }';
const REQUEST =
  'mutation($input: RequestAccessInput!) { requestAccess(input: $input) { subscription { id status consumerTeam { id } } } }';
const APPROVE =
  'mutation($input: ApproveSubscriptionInput!) { approveSubscription(input: $input) { subscription { status decidedBy { id } } } }';
const REJECT =
  'mutation($input: RejectSubscriptionInput!) { rejectSubscription(input: $input) { subscription { status decisionReason } } }';
const REVOKE =
  'mutation($input: RevokeSubscriptionInput!) { revokeSubscription(input: $input) { subscription { status } } }';
const RENEW =
  'mutation($input: RequestSubscriptionRenewalInput!) { requestSubscriptionRenewal(input: $input) { subscription { status renewalDays } } }';
const ALERTS =
  'mutation($input: SetFreshnessAlertsInput!) { setFreshnessAlerts(input: $input) { subscriptionId enabled } }';

type Ports = { id: string; connectionDetails: unknown }[];

/** The connection details of one port in any list of ports found in the response. */
function detailsOf(data: unknown, portId: string): unknown {
  const ports: Ports = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (record.id === portId && 'connectionDetails' in record) ports.push(record as Ports[number]);
      Object.values(record).forEach(collect);
    }
  };
  collect(data);
  expect(ports.length, `port ${portId} is in the response`).toBeGreaterThan(0);
  return ports[0]!.connectionDetails;
}

const visible = (portOf: (w: World) => string) =>
  returns((d, w) => expect(detailsOf(d, portOf(w))).toMatchObject({ kind: 'KAFKA_TOPIC' }));
const hidden = (portOf: (w: World) => string) => returns((d, w) => expect(detailsOf(d, portOf(w))).toBeNull());
const subs = (w: World) => w.subscriptions;
const id = (pick: (w: World) => { id: string }) => (w: World) => ({ id: pick(w).id });
const input = (build: (w: World) => Record<string, unknown>) => (w: World) => ({ input: build(w) });

export const ACCESS_CASES: Case[] = [
  // Requesting access
  {
    name: 'a consumer team member requests access to an approval-required port: PENDING',
    role: 'ownerB',
    query: REQUEST,
    variables: input((w) => ({ portId: w.shared.freshPortId, consumerTeamId: w.teamB, purpose: 'reporting' })),
    expected: returns((d) => expect(at(d, 'requestAccess', 'subscription', 'status')).toBe('PENDING')),
  },
  {
    name: 'a team requests access to an OPEN product with INTERNAL data and is approved at once',
    role: 'ownerC',
    query: REQUEST,
    variables: input((w) => ({ portId: w.open.portId, consumerTeamId: w.teamC, purpose: 'reporting' })),
    expected: returns((d) => expect(at(d, 'requestAccess', 'subscription', 'status')).toBe('APPROVED')),
  },
  {
    name: 'a team token requests access for its own team',
    role: 'teamTokenB',
    query: REQUEST,
    variables: input((w) => ({ portId: w.open.portId, consumerTeamId: w.teamB, purpose: 'pipeline' })),
    expected: returns((d, w) => expect(at(d, 'requestAccess', 'subscription', 'consumerTeam', 'id')).toBe(w.teamB)),
  },
  {
    name: 'a member requests access in the name of a team it is not in',
    role: 'ownerB',
    query: REQUEST,
    variables: input((w) => ({ portId: w.shared.unsubscribedPortId, consumerTeamId: w.teamC, purpose: 'x' })),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  {
    name: 'the owning team requests access to its own product',
    role: 'memberP',
    query: REQUEST,
    variables: input((w) => ({ portId: w.shared.unsubscribedPortId, consumerTeamId: w.teamP, purpose: 'x' })),
    expected: denied('VALIDATION_FAILED', 'SUBSCRIPTION_OWN_PRODUCT'),
    writes: false,
  },
  {
    name: 'another team requests access to a port of a hidden draft',
    role: 'ownerB',
    query: REQUEST,
    variables: input((w) => ({ portId: w.hiddenP.portId, consumerTeamId: w.teamB, purpose: 'x' })),
    expected: denied('NOT_FOUND'),
    writes: false,
  },
  {
    name: 'a read-only token requests access',
    role: 'readerToken',
    query: REQUEST,
    variables: input((w) => ({ portId: w.shared.unsubscribedPortId, consumerTeamId: w.teamB, purpose: 'x' })),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  {
    name: 'anonymous requests access',
    role: 'anonymous',
    query: REQUEST,
    variables: input((w) => ({ portId: w.shared.unsubscribedPortId, consumerTeamId: w.teamB, purpose: 'x' })),
    expected: denied('UNAUTHENTICATED'),
    writes: false,
  },
  // Decisions
  {
    name: 'the consumer team approves its own request',
    role: 'ownerB',
    query: APPROVE,
    variables: input((w) => ({ id: w.subscriptions.pendingB.id })),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  {
    name: 'a third team approves team B’s request by its id (BOLA)',
    role: 'ownerC',
    query: APPROVE,
    variables: input((w) => ({ id: w.subscriptions.pendingB.id })),
    expected: denied('NOT_FOUND'),
    writes: false,
  },
  {
    name: 'a team that owns other products (team A) rejects team P’s request',
    role: 'ownerA',
    query: REJECT,
    variables: input((w) => ({ id: w.subscriptions.pendingC.id, reason: 'not ours' })),
    expected: denied('NOT_FOUND'),
    writes: false,
  },
  {
    name: 'a member of the owning team approves a request and is recorded as decider',
    role: 'memberP',
    query: APPROVE,
    variables: input((w) => ({ id: w.subscriptions.toApprove.id })),
    expected: returns((d) => {
      expect(at(d, 'approveSubscription', 'subscription', 'status')).toBe('APPROVED');
      expect(at(d, 'approveSubscription', 'subscription', 'decidedBy')).not.toBeNull();
    }),
  },
  {
    name: 'an admin approves a request',
    role: 'admin',
    query: APPROVE,
    variables: input((w) => ({ id: w.subscriptions.toApproveByAdmin.id })),
    expected: returns((d) => expect(at(d, 'approveSubscription', 'subscription', 'status')).toBe('APPROVED')),
  },
  {
    name: 'the owning team rejects a request with a reason',
    role: 'ownerP',
    query: REJECT,
    variables: input((w) => ({ id: w.subscriptions.toReject.id, reason: 'not for this purpose' })),
    expected: returns((d) =>
      expect(at(d, 'rejectSubscription', 'subscription')).toEqual({
        status: 'REJECTED',
        decisionReason: 'not for this purpose',
      }),
    ),
  },
  {
    name: 'the consumer team rejects its own request',
    role: 'ownerB',
    query: REJECT,
    variables: input((w) => ({ id: w.subscriptions.pendingB.id, reason: 'x' })),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  {
    name: 'a team token of the consumer team decides its own request',
    role: 'teamTokenB',
    query: APPROVE,
    variables: input((w) => ({ id: w.subscriptions.pendingB.id })),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  {
    name: 'a read-only token approves a request',
    role: 'readerToken',
    query: APPROVE,
    variables: input((w) => ({ id: w.subscriptions.pendingB.id })),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  {
    name: 'the owning team approves a revoked subscription',
    role: 'memberP',
    query: APPROVE,
    variables: input((w) => ({ id: w.subscriptions.revokedB.id })),
    expected: denied('INVALID_TRANSITION'),
    writes: false,
  },
  // Revoking
  {
    name: 'a third team revokes team B’s subscription by its id (BOLA)',
    role: 'ownerC',
    query: REVOKE,
    variables: input((w) => ({ id: w.subscriptions.approvedB.id, reason: 'x' })),
    expected: denied('NOT_FOUND'),
    writes: false,
  },
  {
    name: 'anonymous revokes a subscription',
    role: 'anonymous',
    query: REVOKE,
    variables: input((w) => ({ id: w.subscriptions.approvedB.id, reason: 'x' })),
    expected: denied('UNAUTHENTICATED'),
    writes: false,
  },
  {
    name: 'the consumer team gives up its subscription',
    role: 'ownerB',
    query: REVOKE,
    variables: input((w) => ({ id: w.subscriptions.toRevokeByConsumer.id, reason: 'no longer needed' })),
    expected: returns((d) => expect(at(d, 'revokeSubscription', 'subscription', 'status')).toBe('REVOKED')),
  },
  {
    name: 'the owning team revokes a subscription',
    role: 'memberP',
    query: REVOKE,
    variables: input((w) => ({ id: w.subscriptions.toRevokeByOwner.id, reason: 'misuse' })),
    expected: returns((d) => expect(at(d, 'revokeSubscription', 'subscription', 'status')).toBe('REVOKED')),
  },
  {
    name: 'the owning team revokes an expired subscription',
    role: 'ownerP',
    query: REVOKE,
    variables: input((w) => ({ id: w.subscriptions.expiredB.id, reason: 'x' })),
    expected: denied('INVALID_TRANSITION'),
    writes: false,
  },
  // Renewing
  {
    name: 'the owning team asks to renew (only the consumer team may)',
    role: 'memberP',
    query: RENEW,
    variables: input((w) => ({ id: w.subscriptions.approvedB.id, durationDays: 30 })),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  {
    name: 'a third team asks to renew team B’s subscription (BOLA)',
    role: 'ownerC',
    query: RENEW,
    variables: input((w) => ({ id: w.subscriptions.approvedB.id, durationDays: 30 })),
    expected: denied('NOT_FOUND'),
    writes: false,
  },
  {
    name: 'the consumer team asks to renew before the expiry',
    role: 'ownerB',
    query: RENEW,
    variables: input((w) => ({ id: w.subscriptions.toRenew.id, durationDays: 30 })),
    expected: returns((d) =>
      expect(at(d, 'requestSubscriptionRenewal', 'subscription')).toEqual({ status: 'APPROVED', renewalDays: 30 }),
    ),
  },
  {
    name: 'the consumer team renews a revoked subscription',
    role: 'ownerB',
    query: RENEW,
    variables: input((w) => ({ id: w.subscriptions.revokedB.id, durationDays: 30 })),
    expected: denied('INVALID_TRANSITION'),
    writes: false,
  },
  // Reading subscriptions and grants
  {
    name: 'a third team reads team B’s subscription by its id (BOLA)',
    role: 'ownerC',
    query: SUBSCRIPTION,
    variables: id((w) => subs(w).approvedB),
    expected: denied('NOT_FOUND'),
  },
  {
    name: 'a team token of team B reads team C’s subscription by its id (BOLA)',
    role: 'teamTokenB',
    query: SUBSCRIPTION,
    variables: id((w) => subs(w).pendingC),
    expected: denied('NOT_FOUND'),
  },
  {
    name: 'the consumer team reads its subscription',
    role: 'ownerB',
    query: SUBSCRIPTION,
    variables: id((w) => subs(w).approvedB),
    expected: returns((d) => expect(at(d, 'subscription', 'status')).toBe('APPROVED')),
  },
  {
    name: 'the owning team reads a subscription to its port',
    role: 'memberP',
    query: SUBSCRIPTION,
    variables: id((w) => subs(w).approvedB),
    expected: returns((d, w) => expect(at(d, 'subscription', 'consumerTeam', 'id')).toBe(w.teamB)),
  },
  {
    name: 'an admin reads any subscription',
    role: 'admin',
    query: SUBSCRIPTION,
    variables: id((w) => subs(w).pendingC),
    expected: returns((d) => expect(at(d, 'subscription', 'status')).toBe('PENDING')),
  },
  {
    name: 'the consumer team reads its grants, status and error',
    role: 'ownerB',
    query: GRANTS,
    variables: id((w) => subs(w).approvedB),
    expected: returns((d) =>
      expect(at(d, 'subscription', 'grants')).toEqual([
        expect.objectContaining({ status: 'ACTIVE', desired: 'GRANT', lastError: null }),
      ]),
    ),
  },
  {
    name: 'the owning team reads the grants of a subscription to its port',
    role: 'memberP',
    query: GRANTS,
    variables: id((w) => subs(w).approvedB),
    expected: returns((d) => expect(at(d, 'subscription', 'grants', 0, 'status')).toBe('ACTIVE')),
  },
  {
    name: 'a third team reads the grants of team B’s subscription (BOLA)',
    role: 'ownerC',
    query: GRANTS,
    variables: id((w) => subs(w).approvedB),
    expected: denied('NOT_FOUND'),
  },
  {
    name: 'a third team lists team B’s subscriptions on its team page',
    role: 'ownerC',
    query: TEAM_SUBSCRIPTIONS,
    variables: (w) => ({ id: w.teamB }),
    expected: returns((d) => expect(at(d, 'team', 'subscriptions')).toBeNull()),
  },
  {
    name: 'the consumer team lists its subscriptions on its team page',
    role: 'ownerB',
    query: TEAM_SUBSCRIPTIONS,
    variables: (w) => ({ id: w.teamB }),
    expected: returns((d, w) =>
      expect((at(d, 'team', 'subscriptions', 'nodes') as { id: string }[]).map((node) => node.id)).toContain(
        w.subscriptions.approvedB.id,
      ),
    ),
  },
  {
    name: 'a consumer team reads the owning team’s inbox of requests',
    role: 'ownerB',
    query: INBOX,
    variables: (w) => ({ id: w.teamP }),
    expected: returns((d) => expect(at(d, 'team', 'accessRequests')).toBeNull()),
  },
  {
    name: 'the owning team reads its inbox of pending requests',
    role: 'memberP',
    query: INBOX,
    variables: (w) => ({ id: w.teamP }),
    expected: returns((d, w) =>
      expect((at(d, 'team', 'accessRequests', 'nodes') as { id: string }[]).map((node) => node.id)).toEqual(
        expect.arrayContaining([w.subscriptions.pendingB.id, w.subscriptions.pendingC.id]),
      ),
    ),
  },
  {
    name: 'a consumer lists the subscriptions of the owning team’s port',
    role: 'ownerB',
    query: PORT_SUBSCRIPTIONS,
    variables: (w) => ({ id: w.subscriptions.approvedB.portId }),
    expected: returns((d) => expect(at(d, 'outputPort', 'subscriptions')).toBeNull()),
  },
  {
    name: 'the owning team lists every team’s subscription to its port',
    role: 'memberP',
    query: PORT_SUBSCRIPTIONS,
    variables: (w) => ({ id: w.subscriptions.pendingB.portId }),
    expected: returns((d) => expect(at(d, 'outputPort', 'subscriptions', 'totalCount')).toBe(2)),
  },
  {
    name: 'mySubscriptions holds only the viewer’s teams’ subscriptions',
    role: 'ownerC',
    query: MINE,
    variables: () => ({}),
    expected: returns((d, w) => {
      const ids = (at(d, 'mySubscriptions', 'nodes') as { id: string }[]).map((node) => node.id);
      expect(ids).toContain(w.subscriptions.pendingC.id);
      expect(ids).not.toContain(w.subscriptions.approvedB.id);
    }),
  },
  {
    name: 'a third team opts in to freshness alerts of team B’s subscription (BOLA)',
    role: 'ownerC',
    query: ALERTS,
    variables: input((w) => ({ subscriptionId: w.subscriptions.approvedB.id, enabled: true })),
    expected: denied('NOT_FOUND'),
    writes: false,
  },
  // Connection details, on every path
  {
    name: 'an approved subscriber sees connection details of its port, and of no other, on the product',
    role: 'ownerB',
    query: PRODUCT,
    variables: (w) => ({ id: w.shared.id }),
    expected: returns((d, w) => {
      expect(detailsOf(d, w.subscriptions.approvedB.portId)).toMatchObject({ kind: 'KAFKA_TOPIC' });
      for (const portId of [
        w.subscriptions.pendingB.portId,
        w.subscriptions.revokedB.portId,
        w.subscriptions.expiredB.portId,
        w.shared.unsubscribedPortId,
      ])
        expect(detailsOf(d, portId), portId).toBeNull();
    }),
  },
  {
    name: 'a third team sees no connection details on the product',
    role: 'ownerC',
    query: PRODUCT,
    variables: (w) => ({ id: w.shared.id }),
    expected: hidden((w) => w.subscriptions.approvedB.portId),
  },
  {
    name: 'the owning team sees connection details of every port',
    role: 'memberP',
    query: PRODUCT,
    variables: (w) => ({ id: w.shared.id }),
    expected: returns((d) =>
      expect((at(d, 'dataProduct', 'outputPorts') as Ports).every((port) => port.connectionDetails !== null)).toBe(
        true,
      ),
    ),
  },
  {
    name: 'an approved subscriber reads its port by id with connection details',
    role: 'ownerB',
    query: PORT,
    variables: (w) => ({ id: w.subscriptions.approvedB.portId }),
    expected: returns((d) =>
      expect(at(d, 'outputPort', 'connectionDetails')).toMatchObject({
        kind: 'KAFKA_TOPIC',
        location: { topic: expect.any(String) as unknown },
      }),
    ),
  },
  {
    name: 'a pending requester reads the port by id without connection details',
    role: 'ownerB',
    query: PORT,
    variables: (w) => ({ id: w.subscriptions.pendingB.portId }),
    expected: hidden((w) => w.subscriptions.pendingB.portId),
  },
  {
    name: 'a revoked subscriber reads the port by id without connection details',
    role: 'ownerB',
    query: PORT,
    variables: (w) => ({ id: w.subscriptions.revokedB.portId }),
    expected: hidden((w) => w.subscriptions.revokedB.portId),
  },
  {
    name: 'an expired subscriber reads the port by id without connection details',
    role: 'ownerB',
    query: PORT,
    variables: (w) => ({ id: w.subscriptions.expiredB.portId }),
    expected: hidden((w) => w.subscriptions.expiredB.portId),
  },
  {
    name: 'a third team reads the subscribed port by id without connection details',
    role: 'ownerC',
    query: PORT,
    variables: (w) => ({ id: w.subscriptions.approvedB.portId }),
    expected: hidden((w) => w.subscriptions.approvedB.portId),
  },
  {
    name: 'a team token of the subscribing team reads the port with connection details',
    role: 'teamTokenB',
    query: PORT,
    variables: (w) => ({ id: w.subscriptions.approvedB.portId }),
    expected: visible((w) => w.subscriptions.approvedB.portId),
  },
  {
    name: 'a user in no team reads the subscribed port without connection details',
    role: 'readerToken',
    query: PORT,
    variables: (w) => ({ id: w.subscriptions.approvedB.portId }),
    expected: hidden((w) => w.subscriptions.approvedB.portId),
  },
  {
    name: 'another team reads a port of team P’s hidden draft',
    role: 'ownerB',
    query: PORT,
    variables: (w) => ({ id: w.hiddenP.portId }),
    expected: denied('NOT_FOUND'),
  },
  {
    name: 'an approved subscriber finds connection details in search results',
    role: 'ownerB',
    query: SEARCH,
    variables: (w) => ({ query: w.shared.slug }),
    expected: returns((d, w) => {
      expect(detailsOf(d, w.subscriptions.approvedB.portId)).toMatchObject({ kind: 'KAFKA_TOPIC' });
      expect(detailsOf(d, w.shared.unsubscribedPortId)).toBeNull();
    }),
  },
  {
    name: 'a third team finds no connection details in search results',
    role: 'ownerC',
    query: SEARCH,
    variables: (w) => ({ query: w.shared.slug }),
    expected: hidden((w) => w.subscriptions.approvedB.portId),
  },
  {
    name: 'an approved subscriber sees connection details on the owning team’s page',
    role: 'ownerB',
    query: TEAM_PAGE,
    variables: (w) => ({ id: w.teamP }),
    expected: visible((w) => w.subscriptions.approvedB.portId),
  },
  {
    name: 'a third team sees no connection details on the owning team’s page',
    role: 'ownerC',
    query: TEAM_PAGE,
    variables: (w) => ({ id: w.teamP }),
    expected: hidden((w) => w.subscriptions.approvedB.portId),
  },
  {
    name: 'a third team sees no connection details on the domain page',
    role: 'ownerC',
    query: DOMAIN_PAGE,
    variables: (w) => ({ id: w.domainP }),
    expected: hidden((w) => w.subscriptions.approvedB.portId),
  },
  {
    name: 'reading a port through lineage does not make a team a subscriber',
    role: 'ownerC',
    query: LINEAGE,
    variables: (w) => ({ id: w.lineageC.id }),
    expected: hidden((w) => w.subscriptions.approvedB.portId),
  },
  {
    name: 'an approved subscriber sees connection details through its subscription',
    role: 'ownerB',
    query: THROUGH_SUBSCRIPTION,
    variables: id((w) => subs(w).approvedB),
    expected: visible((w) => w.subscriptions.approvedB.portId),
  },
  {
    name: 'a pending requester sees no connection details through mySubscriptions',
    role: 'ownerC',
    query: MINE,
    variables: () => ({}),
    expected: hidden((w) => w.subscriptions.pendingC.portId),
  },
  {
    name: 'a third team exports the product’s descriptor without port locations',
    role: 'ownerC',
    query: DESCRIPTOR,
    variables: (w) => ({ slug: w.shared.slug }),
    expected: returns((d) => expect(JSON.stringify(d.dataProductDescriptor)).not.toContain('topic')),
  },
];
