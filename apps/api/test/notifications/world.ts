import type { INestApplicationContext } from '@nestjs/common';
import { createWorkerApplication } from '../../src/bootstrap';
import type { AppConfig } from '../../src/config/app-config';
import { TeamNotifier, type TeamNotification } from '../../src/modules/notifications/team-notifier';
import { TestApi } from '../support/api-client';
import { createTestDatabase, dropDatabase } from '../support/databases';
import { eventually } from '../support/eventually';
import { Factories } from '../support/factories';
import { testConfig } from '../support/test-config';

/** Small retry delays so backoff is observable in seconds, not minutes. */
export const FAST_DELIVERY = {
  NOTIFICATION_RETRY_DELAY_MS: '200',
  NOTIFICATION_MAX_ATTEMPTS: '5',
  NOTIFICATION_TIMEOUT_MS: '3000',
};

export interface Member {
  readonly teamId: string;
  readonly teamSlug: string;
  readonly token: string;
}

/**
 * A suite's world: its own database, the API in process, optionally a worker in process, and
 * a team whose member acts through an API token.
 */
export class NotificationWorld {
  worker: INestApplicationContext | undefined;

  private constructor(
    readonly database: { name: string; url: string },
    readonly config: AppConfig,
    readonly api: TestApi,
    readonly factories: Factories,
  ) {}

  static async start(prefix: string, overrides: Record<string, string | undefined> = {}): Promise<NotificationWorld> {
    const database = await createTestDatabase(prefix);
    const config = testConfig(database.url, { ...FAST_DELIVERY, ...overrides });
    const api = await TestApi.start(config);
    return new NotificationWorld(database, config, api, new Factories(database.url));
  }

  /** A worker in this process, with the world's config unless told otherwise (same database and queues). */
  async startWorker(overrides: Record<string, string | undefined> = {}): Promise<INestApplicationContext> {
    const config = Object.keys(overrides).length === 0 ? this.config : workerConfig(this.config, overrides);
    this.worker = await createWorkerApplication(config);
    await this.worker.init();
    return this.worker;
  }

  async member(): Promise<Member> {
    const user = await this.factories.user();
    const team = await this.factories.team([{ userId: user.id, role: 'OWNER' }]);
    return { teamId: team.id, teamSlug: team.slug, token: await this.factories.apiToken({ userId: user.id }) };
  }

  /** Runs the GraphQL operation as the member and returns `data`, failing on any error. */
  async graphql<Data>(member: Member, query: string, variables?: Record<string, unknown>): Promise<Data> {
    const response = await this.api.as(member.token).graphql<Data>(query, variables);
    if (response.body.errors) throw new Error(JSON.stringify(response.body.errors));
    return response.body.data as Data;
  }

  async createChannel(
    member: Member,
    input: { name?: string; kind: 'WEBHOOK' | 'SLACK' | 'EMAIL'; url?: string; recipients?: string[] },
  ): Promise<{ id: string; signingSecret: string | null }> {
    const data = await this.graphql<{
      createNotificationChannel: { notificationChannel: { id: string }; signingSecret: string | null };
    }>(member, CREATE_CHANNEL, {
      input: { teamId: member.teamId, name: input.name ?? `${input.kind} ${Math.random()}`, ...input },
    });
    return {
      id: data.createNotificationChannel.notificationChannel.id,
      signingSecret: data.createNotificationChannel.signingSecret,
    };
  }

  /** What a feature does: notify the team inside its own transaction. */
  async notify(notification: TeamNotification): Promise<void> {
    const notifier = this.api.app.get(TeamNotifier);
    await this.factories.prisma.$transaction((tx) => notifier.notify(tx, notification));
  }

  deliveriesOf(channelId: string) {
    return this.factories.prisma.delivery.findMany({ where: { channelId }, orderBy: { createdAt: 'asc' } });
  }

  /** Waits until every delivery of the channel is finished (DELIVERED or DEAD) and returns them. */
  async finishedDeliveries(channelId: string, count = 1, timeoutMs = 30_000) {
    return eventually(
      () => this.deliveriesOf(channelId),
      (rows) => rows.length >= count && rows.every((row) => row.status === 'DELIVERED' || row.status === 'DEAD'),
      { timeoutMs, intervalMs: 100 },
    );
  }

  async close(): Promise<void> {
    await this.worker?.close();
    await this.api.close();
    await this.factories.close();
    await dropDatabase(this.database.name);
  }
}

function workerConfig(base: AppConfig, overrides: Record<string, string | undefined>): AppConfig {
  // Same database and queue prefix; only the overridden settings differ.
  return testConfig(base.database.url, { ...FAST_DELIVERY, QUEUE_PREFIX: base.redis.queuePrefix, ...overrides });
}

export const CREATE_CHANNEL = /* GraphQL */ `
  mutation ($input: CreateNotificationChannelInput!) {
    createNotificationChannel(input: $input) {
      notificationChannel {
        id
        name
        kind
        url
        recipients
        enabled
        disabledReason
        signingSecretCreatedAt
      }
      signingSecret
    }
  }
`;

export function notification(teamId: string, overrides: Partial<TeamNotification> = {}): TeamNotification {
  return {
    teamId,
    type: 'incident.breached',
    idempotencyKey: `incident:${Math.random().toString(36).slice(2)}:breached`,
    title: 'orders.placed is stale',
    summary: 'No new record for 42 minutes; the objective is 15 minutes.',
    product: { id: '00000000-0000-4000-8000-000000000001', slug: 'orders', name: 'Orders' },
    data: { objective: 'fresh within 15 min', staleness: '42 min' },
    ...overrides,
  };
}
