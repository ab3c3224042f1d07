import { expect } from 'vitest';
import type { GraphqlResponse } from '../support/api-client';
import { uniqueSuffix } from '../support/environment';
import { dataOf, type Caller, type ProductWorld } from '../products/product-world';

export const PUBLISH = `mutation($input: PublishSchemaVersionInput!) {
  publishSchemaVersion(input: $input) {
    verdict dryRun created
    changes { path kind breaks message versions }
    impact { subscriptionId teamId teamSlug teamName }
    schemaVersion {
      id version format fingerprint contractVersion source registryId registryVersion breaking overrideReason
      changes { path kind breaks versions }
    }
    outputPort { id contractVersion schemaFormat compatibilityMode }
  }
}`;

export const SET_MODE = `mutation($input: SetPortCompatibilityModeInput!) {
  setPortCompatibilityMode(input: $input) { outputPort { id compatibilityMode } }
}`;

export const ATTACH = `mutation($input: AttachRegistrySubjectInput!) {
  attachRegistrySubject(input: $input) {
    subject
    importedVersions { version source registryId registryVersion fingerprint breaking changes { kind } }
    outputPort { id registrySubject schemaFormat }
  }
}`;

export interface PublishedVersion {
  id: string;
  version: number;
  format: string;
  fingerprint: string;
  contractVersion: string;
  source: string;
  registryId: number | null;
  registryVersion: number | null;
  breaking: boolean;
  overrideReason: string | null;
  changes: { path: string; kind: string; breaks: string; versions: number[] }[];
}

export interface PublishResult {
  verdict: string;
  dryRun: boolean;
  created: boolean;
  changes: { path: string; kind: string; breaks: string; message: string; versions: number[] }[];
  impact: { subscriptionId: string; teamId: string; teamSlug: string; teamName: string }[];
  schemaVersion: PublishedVersion | null;
  outputPort: { id: string; contractVersion: string; schemaFormat: string | null; compatibilityMode: string };
}

export type PublishInput = {
  portId: string;
  format: 'AVRO' | 'JSON' | 'PROTOBUF';
  definition: string;
  contractVersion?: string;
  dryRun?: boolean;
  overrideReason?: string;
};

export function publishAs(world: ProductWorld, caller: Caller, input: PublishInput) {
  return world.as(caller)<{ publishSchemaVersion: PublishResult }>(PUBLISH, { input });
}

/** Publishes and expects success. */
export async function published(world: ProductWorld, caller: Caller, input: PublishInput): Promise<PublishResult> {
  return dataOf(await publishAs(world, caller, input)).publishSchemaVersion;
}

/** An Avro record `Order` with the given fields (`{ name, type, default? }`). */
export function avroOrder(fields: object[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ type: 'record', name: 'Order', namespace: 'shop', fields, ...extra });
}

export const ORDER_V1 = avroOrder([
  { name: 'id', type: 'string', doc: 'The order id' },
  { name: 'amount', type: 'long' },
]);
/** v1 plus a field with a default: compatible in every mode. */
export const ORDER_V2 = avroOrder([
  { name: 'id', type: 'string', doc: 'The order id' },
  { name: 'amount', type: 'long' },
  { name: 'currency', type: 'string', default: 'EUR', doc: 'ISO 4217 currency code' },
]);
/** v2 plus a field without a default: breaks BACKWARD (new readers cannot read old data). */
export const ORDER_BREAKING = avroOrder([
  { name: 'id', type: 'string', doc: 'The order id' },
  { name: 'amount', type: 'long' },
  { name: 'currency', type: 'string', default: 'EUR', doc: 'ISO 4217 currency code' },
  { name: 'customerEmail', type: 'string' },
]);

/** A PUBLISHED product of team A with one Postgres port (no registry) and one more data product around it. */
export async function postgresPort(world: ProductWorld, teamId = world.teamA.id) {
  const product = await world.product(teamId, { status: 'PUBLISHED' });
  const port = await world.factories.outputPort(product.id, {
    name: `orders-${uniqueSuffix()}`,
    kind: 'POSTGRES_TABLE',
    location: { database: 'warehouse', schema: 'public', table: 'orders' },
  });
  return { product, port };
}

/** An APPROVED subscription of a consumer team to a port, straight into the table (the access feature's job). */
export async function approvedSubscription(world: ProductWorld, portId: string, consumerTeamId: string) {
  return world.factories.prisma.subscription.create({
    data: { portId, consumerTeamId, purpose: 'dashboards', status: 'APPROVED', decidedAt: new Date() },
  });
}

/** The one error of a response, with everything in its extensions. */
export function failureOf(response: GraphqlResponse<unknown>): {
  message: string;
  extensions: Record<string, unknown>;
} {
  expect(response.body.errors, 'expected exactly one error').toHaveLength(1);
  const [error] = response.body.errors!;
  return { message: error!.message, extensions: error!.extensions ?? {} };
}
