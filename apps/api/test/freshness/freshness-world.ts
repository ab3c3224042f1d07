import type { INestApplicationContext } from '@nestjs/common';
import { expect } from 'vitest';
import { createWorkerApplication } from '../../src/bootstrap';
import type { AppConfig } from '../../src/config/app-config';
import { TestApi } from '../support/api-client';
import { createTestDatabase, dropDatabase } from '../support/databases';
import { serviceEnvironment, uniqueSuffix } from '../support/environment';
import { Factories } from '../support/factories';
import { testConfig } from '../support/test-config';

export const SET_OBJECTIVE = `mutation($input: SetFreshnessObjectiveInput!) {
  setFreshnessObjective(input: $input) {
    objective { id portId warnAfterSeconds warnAfter errorAfterSeconds errorAfter targetPercent windowDays enabled
      intervalSeconds reminderIntervalSeconds recoveryHoldSeconds status check { kind timestampField unit column } }
    outputPort { id }
  }
}`;
export const REMOVE_OBJECTIVE = `mutation($portId: ID!) {
  removeFreshnessObjective(input: { portId: $portId }) { removedObjectiveId outputPort { id } }
}`;

type Client = ReturnType<TestApi['as']>;

/**
 * One suite's world: its own database and queue prefix, the API in process, an owning team
 * with a member token, a platform admin, a published product; optionally a worker.
 */
export class FreshnessWorld {
  api!: TestApi;
  factories!: Factories;
  config!: AppConfig;
  admin!: Client;
  owner!: Client;
  ownerUserId!: string;
  teamId!: string;
  domainId!: string;
  productId!: string;
  productSlug!: string;
  private database!: { name: string; url: string };
  private readonly workers: INestApplicationContext[] = [];

  /** `api: false` for suites that only need rows and workers. */
  async start(prefix: string, options: { overrides?: Record<string, string>; api?: boolean } = {}): Promise<void> {
    this.database = await createTestDatabase(prefix);
    this.config = testConfig(this.database.url, options.overrides);
    this.factories = new Factories(this.database.url);
    const owner = await this.factories.user();
    this.ownerUserId = owner.id;
    const team = await this.factories.team([{ userId: owner.id, role: 'OWNER' }]);
    this.teamId = team.id;
    if (options.api !== false) {
      this.api = await TestApi.start(this.config);
      const admin = await this.factories.user({ isPlatformAdmin: true });
      this.admin = this.api.as(await this.factories.apiToken({ userId: admin.id }, ['admin']));
      this.owner = this.api.as(await this.factories.apiToken({ userId: owner.id }));
    }
    this.domainId = (await this.factories.domain(team.id)).id;
    const product = await this.factories.product(team.id, this.domainId, { status: 'PUBLISHED' });
    this.productId = product.id;
    this.productSlug = product.slug;
  }

  get prisma() {
    return this.factories.prisma;
  }

  /** An objective row written directly (suites about scheduling, not about the API). */
  async objectiveRow(overrides: Record<string, unknown> = {}) {
    const port = await this.factories.outputPort(this.productId);
    return this.prisma.freshnessObjective.create({
      data: {
        portId: port.id,
        warnAfterSeconds: 60,
        errorAfterSeconds: 120,
        checkKind: 'PUSH',
        intervalSeconds: 60,
        ...overrides,
      },
    });
  }

  async startWorker(config: AppConfig = this.config): Promise<INestApplicationContext> {
    const worker = await createWorkerApplication(config);
    await worker.init();
    this.workers.push(worker);
    return worker;
  }

  async stopWorker(worker: INestApplicationContext): Promise<void> {
    this.workers.splice(this.workers.indexOf(worker), 1);
    await worker.close();
  }

  async kafkaPort(topic: string, cluster: string) {
    return this.factories.outputPort(this.productId, { kind: 'KAFKA_TOPIC', location: { cluster, topic } });
  }

  async postgresPort(database: string, schema: string, table: string) {
    return this.factories.outputPort(this.productId, {
      kind: 'POSTGRES_TABLE',
      location: { database, schema, table },
    });
  }

  /** Registers the shared test broker (plaintext listener) as a Kafka cluster connection. */
  async registerKafka(brokers: readonly string[] = serviceEnvironment().kafkaBrokers.split(',')): Promise<string> {
    const name = `kafka-${uniqueSuffix()}`;
    const response = await this.admin.graphql(
      `mutation($input: RegisterKafkaClusterInput!) { registerKafkaCluster(input: $input) { kafkaCluster { id } } }`,
      { input: { name, brokers } },
    );
    expect(response.body.errors).toBeUndefined();
    return name;
  }

  async registerPostgres(settings: {
    host: string;
    port: number;
    database: string;
    user: string;
    password: string;
  }): Promise<string> {
    const name = `pg-${uniqueSuffix()}`;
    const response = await this.admin.graphql(
      `mutation($input: RegisterPostgresDatabaseInput!) { registerPostgresDatabase(input: $input) { postgresDatabase { id } } }`,
      {
        input: {
          name,
          host: settings.host,
          port: settings.port,
          database: settings.database,
          ssl: 'DISABLE',
          readOnlyUser: settings.user,
          readOnlyPassword: settings.password,
        },
      },
    );
    expect(response.body.errors).toBeUndefined();
    return name;
  }

  /** A WEBHOOK channel of the owning team; returns its signing secret. */
  async webhookChannel(url: string, teamId = this.teamId): Promise<string> {
    const response = await this.admin.graphql<{ createNotificationChannel: { signingSecret: string } }>(
      `mutation($input: CreateNotificationChannelInput!) {
        createNotificationChannel(input: $input) { notificationChannel { id } signingSecret }
      }`,
      { input: { teamId, name: `hook-${uniqueSuffix()}`, kind: 'WEBHOOK', url } },
    );
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.createNotificationChannel.signingSecret;
  }

  async setObjective(input: Record<string, unknown>, client: Client = this.owner) {
    const response = await client.graphql<{
      setFreshnessObjective: { objective: { id: string; [key: string]: unknown } };
    }>(SET_OBJECTIVE, { input });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.setFreshnessObjective.objective;
  }

  /** A producer's heartbeat over REST, as a CI job or a pipeline sends it. */
  async heartbeat(portId: string, token: string, lastUpdatedAt = new Date()): Promise<void> {
    const response = await this.api.app.inject({
      method: 'POST',
      url: `/api/v1/ports/${portId}/heartbeat`,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      payload: JSON.stringify({ lastUpdatedAt: lastUpdatedAt.toISOString() }),
    });
    expect(response.statusCode).toBe(200);
  }

  async stop(): Promise<void> {
    for (const worker of this.workers.splice(0)) await worker.close().catch(() => undefined);
    await this.factories?.close();
    await this.api?.close();
    if (this.database) await dropDatabase(this.database.name);
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
