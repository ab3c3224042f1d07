/**
 * The vocabulary of the authorization matrix: who calls (roles), the world they act on, and
 * what one case expects. Cases live in catalog-cases.ts (products, organisation, audit) and
 * access-cases.ts / platform-cases.ts (subscriptions, grants, connection details, admin-only
 * and other teams' objects); matrix.int-test.ts runs them all against one world.
 */
export type Role =
  | 'anonymous'
  | 'admin'
  | 'ownerA'
  | 'memberA'
  | 'ownerB'
  | 'readerToken'
  | 'teamTokenB'
  /** Team P provides the products others subscribe to. */
  | 'ownerP'
  | 'memberP'
  /** Team C is a third team: neither owner nor consumer of team B's subscriptions. */
  | 'ownerC';

/** A subscription arranged straight in the database, with the port it is for. */
export interface ArrangedSubscription {
  readonly id: string;
  readonly portId: string;
}

export interface World {
  tokens: Record<Exclude<Role, 'anonymous'>, string>;
  teamA: string;
  teamB: string;
  teamC: string;
  teamP: string;
  domain: string;
  domainP: string;
  /** Descriptors name teams and domains by slug. */
  teamSlugA: string;
  domainSlug: string;
  published: { id: string; slug: string; portId: string };
  draft: { id: string; slug: string; portId: string };
  consumerB: { id: string; inputPortId: string };
  /** Team P's published product (APPROVAL_REQUIRED), with one port per subscription below. */
  shared: { id: string; slug: string; unsubscribedPortId: string; freshPortId: string };
  /** Team P's draft, with a port nobody else may see. */
  hiddenP: { id: string; portId: string };
  /** Team P's OPEN, INTERNAL product: requests are approved at once. */
  open: { id: string; portId: string };
  /** Team C's product reading the approved port (lineage from a non-subscriber). */
  lineageC: { id: string };
  /** A draft of team C only the admin's transfer case moves. */
  transferable: string;
  subscriptions: {
    /** Team B, APPROVED, with an ACTIVE grant. */
    approvedB: ArrangedSubscription;
    /** Team B, PENDING. */
    pendingB: ArrangedSubscription;
    /** Team C, PENDING (on the same port as pendingB). */
    pendingC: ArrangedSubscription;
    revokedB: ArrangedSubscription;
    expiredB: ArrangedSubscription;
    /** Each moved by exactly one successful case. */
    toApprove: ArrangedSubscription;
    toApproveByAdmin: ArrangedSubscription;
    toReject: ArrangedSubscription;
    toRevokeByConsumer: ArrangedSubscription;
    toRevokeByOwner: ArrangedSubscription;
    toRenew: ArrangedSubscription;
  };
}

export type Expectation =
  { data: (data: Record<string, unknown>, world: World) => void } | { code: string; reason?: string };

export interface Case {
  readonly name: string;
  readonly role: Role;
  readonly query: string;
  readonly variables?: (world: World) => Record<string, unknown>;
  readonly expected: Expectation;
  /** For refused mutations: the audit log must not grow. */
  readonly writes?: false;
}

export const denied = (code: string, reason?: string): Expectation => ({ code, reason });
export const returns = (check: (data: Record<string, unknown>, world: World) => void): Expectation => ({
  data: check,
});

let unique = 0;
export const next = () => `${Date.now().toString(36)}${(unique += 1)}`;

/** Reads a nested value from a response's data: `at(d, 'team', 'products', 'totalCount')`. */
export function at(data: unknown, ...path: (string | number)[]): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<string | number, unknown> | null)?.[key], data);
}
