import type { INestApplicationContext } from '@nestjs/common';
import type { ApiTokenScope } from '@tessera/contracts';
import { expect } from 'vitest';
import { createWorkerApplication } from '../../src/bootstrap';
import { TestApi, type GraphqlResponse } from '../support/api-client';
import { createTestDatabase, dropDatabase } from '../support/databases';
import { uniqueSuffix } from '../support/environment';
import { eventually } from '../support/eventually';
import { Factories } from '../support/factories';
import { testConfig } from '../support/test-config';
import { saslCredentials } from './kafka-clients';

export interface Caller {
  readonly userId: string | null;
  readonly token: string;
}

export type Graphql = <Data = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
) => Promise<GraphqlResponse<Data>>;

export interface GrantView {
  id: string;
  desired: string;
  status: string;
  attempts: number;
  lastError: string | null;
  lastErrorCode: string | null;
  records: Record<string, unknown>[];
}

export interface SubscriptionView {
  id: string;
  status: string;
  expiresAt: string | null;
  grants: GrantView[];
}

const SUBSCRIPTION_FIELDS = `id status expiresAt decisionReason renewalDays renewalRequestedAt
  grants { id desired status attempts lastError lastErrorCode records }`;

export const REQUEST_ACCESS = `mutation($input: RequestAccessInput!) { requestAccess(input: $input) { subscription { ${SUBSCRIPTION_FIELDS} } } }`;
export const APPROVE = `mutation($input: ApproveSubscriptionInput!) { approveSubscription(input: $input) { subscription { ${SUBSCRIPTION_FIELDS} } } }`;
export const REJECT = `mutation($input: RejectSubscriptionInput!) { rejectSubscription(input: $input) { subscription { ${SUBSCRIPTION_FIELDS} } } }`;
export const REVOKE = `mutation($input: RevokeSubscriptionInput!) { revokeSubscription(input: $input) { subscription { ${SUBSCRIPTION_FIELDS} } } }`;
export const RENEW = `mutation($input: RequestSubscriptionRenewalInput!) { requestSubscriptionRenewal(input: $input) { subscription { ${SUBSCRIPTION_FIELDS} } } }`;
export const SUBSCRIPTION = `query($id: ID!) { subscription(id: $id) { ${SUBSCRIPTION_FIELDS} } }`;
export const CONNECTION_DETAILS = 'query($id: ID!) { outputPort(id: $id) { connectionDetails { kind location } } }';

/** The one error of a response, with its code and reason. */
export function errorOf(response: GraphqlResponse<unknown>): { message: string; code: unknown; reason: unknown } {
  expect(response.body.errors, 'expected exactly one error').toHaveLength(1);
  const [error] = response.body.errors!;
  return { message: error!.message, code: error!.extensions?.code, reason: error!.extensions?.reason };
}

export function dataOf<Data>(response: GraphqlResponse<Data>): Data {
  expect(response.body.errors).toBeUndefined();
  return response.body.data!;
}

/**
 * A suite's own database, API and (optionally) worker, with the teams access is about: team
 * A owns the products (ownerA, memberA), team B consumes (ownerB, memberB), team C is another
 * team with no business in B's subscriptions (memberC), and a platform admin.
 */
export class AccessWorld {
  private constructor(
    readonly database: { name: string; url: string },
    readonly api: TestApi,
    readonly factories: Factories,
    readonly worker: INestApplicationContext | null,
  ) {}

  teamA!: { id: string; slug: string };
  teamB!: { id: string; slug: string };
  teamC!: { id: string; slug: string };
  domainId!: string;
  ownerA!: Caller;
  memberA!: Caller;
  ownerB!: Caller;
  memberB!: Caller;
  memberC!: Caller;
  admin!: Caller;

  static async start(
    prefix: string,
    options: { worker?: boolean; overrides?: Record<string, string> } = {},
  ): Promise<AccessWorld> {
    const database = await createTestDatabase(prefix);
    const config = testConfig(database.url, {
      ACCESS_RECONCILE_INTERVAL_MS: '2000',
      ACCESS_EXPIRY_INTERVAL_MS: '1000',
      ...options.overrides,
    });
    const api = await TestApi.start(config);
    let worker: INestApplicationContext | null = null;
    if (options.worker) {
      worker = await createWorkerApplication(config);
      await worker.init();
    }
    const world = new AccessWorld(database, api, new Factories(database.url), worker);
    await world.populate();
    return world;
  }

  private async populate(): Promise<void> {
    const [ownerA, memberA, ownerB, memberB, memberC] = await Promise.all(
      [1, 2, 3, 4, 5].map(() => this.factories.user()),
    );
    const admin = await this.factories.user({ isPlatformAdmin: true });
    this.teamA = await this.factories.team([
      { userId: ownerA!.id, role: 'OWNER' },
      { userId: memberA!.id, role: 'MEMBER' },
    ]);
    this.teamB = await this.factories.team([
      { userId: ownerB!.id, role: 'OWNER' },
      { userId: memberB!.id, role: 'MEMBER' },
    ]);
    this.teamC = await this.factories.team([{ userId: memberC!.id, role: 'MEMBER' }]);
    this.domainId = (await this.factories.domain(this.teamA.id)).id;
    this.ownerA = await this.caller(ownerA!.id);
    this.memberA = await this.caller(memberA!.id);
    this.ownerB = await this.caller(ownerB!.id);
    this.memberB = await this.caller(memberB!.id);
    this.memberC = await this.caller(memberC!.id);
    this.admin = await this.caller(admin.id, ['admin', 'catalog:read', 'catalog:write']);
  }

  async caller(userId: string, scopes?: ApiTokenScope[]): Promise<Caller> {
    return { userId, token: await this.factories.apiToken({ userId }, scopes) };
  }

  as(caller: Caller): Graphql {
    return (query, variables) => this.api.as(caller.token).graphql(query, variables);
  }

  /** A published product of team A with one output port. */
  async publishedPort(
    location: Record<string, string>,
    product: {
      accessMode?: 'OPEN' | 'APPROVAL_REQUIRED';
      classification?: 'PUBLIC' | 'INTERNAL' | 'CONFIDENTIAL' | 'RESTRICTED';
    } = {},
  ): Promise<{ productId: string; portId: string }> {
    const row = await this.factories.product(this.teamA.id, this.domainId, {
      status: 'PUBLISHED',
      accessMode: product.accessMode ?? 'APPROVAL_REQUIRED',
      classification: product.classification ?? 'CONFIDENTIAL',
      publishedAt: new Date(),
    });
    const kind = 'topic' in location ? 'KAFKA_TOPIC' : 'POSTGRES_TABLE';
    const port = await this.factories.outputPort(row.id, { kind, location });
    return { productId: row.id, portId: port.id };
  }

  /** Registers a SASL Kafka cluster as the admin, through the API. */
  async registerKafkaCluster(brokers: string): Promise<string> {
    const name = `cluster-${uniqueSuffix()}`;
    dataOf(
      await this.as(this.admin)(
        'mutation($input: RegisterKafkaClusterInput!) { registerKafkaCluster(input: $input) { kafkaCluster { id } } }',
        { input: { name, brokers: brokers.split(','), sasl: { ...saslCredentials('admin'), mechanism: 'PLAIN' } } },
      ),
    );
    return name;
  }

  /** Registers a monitored database as the admin; the provisioning user is the test server's superuser. */
  async registerPostgresDatabase(url: string): Promise<string> {
    const parsed = new URL(url);
    const name = `db-${uniqueSuffix()}`;
    const user = decodeURIComponent(parsed.username);
    const password = decodeURIComponent(parsed.password);
    dataOf(
      await this.as(this.admin)(
        'mutation($input: RegisterPostgresDatabaseInput!) { registerPostgresDatabase(input: $input) { postgresDatabase { id } } }',
        {
          input: {
            name,
            host: parsed.hostname,
            port: Number(parsed.port),
            database: parsed.pathname.slice(1),
            ssl: 'DISABLE',
            readOnlyUser: user,
            readOnlyPassword: password,
            provisioningUser: user,
            provisioningPassword: password,
          },
        },
      ),
    );
    return name;
  }

  /** Sets team B's principal on a connection, as its owner. */
  async setPrincipal(connectionKind: 'KAFKA_CLUSTER' | 'POSTGRES_DATABASE', connectionName: string, name: string) {
    dataOf(
      await this.as(this.ownerB)(
        'mutation($input: SetTeamPrincipalInput!) { setTeamPrincipal(input: $input) { principal { name } } }',
        { input: { teamId: this.teamB.id, connectionKind, connectionName, name } },
      ),
    );
  }

  async request(portId: string, extra: Record<string, unknown> = {}, caller = this.memberB): Promise<SubscriptionView> {
    const response = await this.as(caller)<{ requestAccess: { subscription: SubscriptionView } }>(REQUEST_ACCESS, {
      input: { portId, consumerTeamId: this.teamB.id, purpose: 'Monthly revenue reporting', ...extra },
    });
    return dataOf(response).requestAccess.subscription;
  }

  async approve(id: string, caller = this.ownerA): Promise<SubscriptionView> {
    const response = await this.as(caller)<{ approveSubscription: { subscription: SubscriptionView } }>(APPROVE, {
      input: { id, reason: 'Fits the purpose' },
    });
    return dataOf(response).approveSubscription.subscription;
  }

  async revoke(id: string, caller = this.ownerA): Promise<SubscriptionView> {
    const response = await this.as(caller)<{ revokeSubscription: { subscription: SubscriptionView } }>(REVOKE, {
      input: { id, reason: 'No longer needed' },
    });
    return dataOf(response).revokeSubscription.subscription;
  }

  /** The subscription as the consumer team sees it. */
  async subscription(id: string, caller = this.memberB): Promise<SubscriptionView> {
    return dataOf(await this.as(caller)<{ subscription: SubscriptionView }>(SUBSCRIPTION, { id })).subscription;
  }

  /** Waits until the subscription's (only) grant satisfies `done`, as both teams see it. */
  async grantBecomes(id: string, done: (grant: GrantView) => boolean, timeoutMs = 30_000): Promise<GrantView> {
    const subscription = await eventually(
      () => this.subscription(id),
      (view) => view.grants.length === 1 && done(view.grants[0]!),
      { timeoutMs, intervalMs: 250 },
    );
    const ownersView = await this.subscription(id, this.memberA);
    // Records and error text name the port's location: the consumer team sees them while approved.
    const consumersShare = (grant: GrantView) =>
      subscription.status === 'APPROVED' ? grant : { ...grant, records: [], lastError: null };
    expect(subscription.grants).toEqual(ownersView.grants.map(consumersShare));
    return subscription.grants[0]!;
  }

  async connectionDetails(portId: string, caller: Caller): Promise<unknown> {
    const response = await this.as(caller)<{ outputPort: { connectionDetails: unknown } }>(CONNECTION_DETAILS, {
      id: portId,
    });
    return dataOf(response).outputPort.connectionDetails;
  }

  async close(): Promise<void> {
    await this.worker?.close();
    await this.factories.close();
    await this.api.close();
    await dropDatabase(this.database.name);
  }
}
