import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { TestApi } from '../support/api-client';
import { createTestDatabase, dropDatabase } from '../support/databases';
import { uniqueSuffix } from '../support/environment';
import { Factories } from '../support/factories';
import { testConfig } from '../support/test-config';
import { runCli, startListeningApi } from '../descriptors/cli-harness';

const APPLY = `
  mutation Apply($input: ApplyDataProductDescriptorInput!) {
    applyDataProductDescriptor(input: $input) {
      outcome
      changes { path kind before after }
      dataProduct { id }
    }
  }`;
const EXPORT = `query Export($slug: String!) { dataProductDescriptor(slug: $slug) }`;

interface ApplyData {
  applyDataProductDescriptor: {
    outcome: string;
    changes: { path: string; kind: string; before: unknown; after: unknown }[];
  } | null;
}
type Json = Record<string, unknown>;

const CONTRACT: Json = {
  apiVersion: 'v3.1.0',
  kind: 'DataContract',
  description: { usage: 'Join on order_id.', limitations: 'No refunds.' },
  schema: [{ name: 'OrderPlaced', properties: [{ name: 'order_id', logicalType: 'string', 'x-lineage': 'id' }] }],
  slaProperties: [{ property: 'retention', value: 3, unit: 'y' }],
  'x-custom': { keep: ['me', 1] },
};

const CONTRACT_FILE = `apiVersion: v3.1.0
kind: DataContract
description:
  usage: From a file next to the descriptor.
customProperties:
  - property: noticePeriod
    value: P1M
x-from-file: true
`;

describe('data contracts in descriptors', () => {
  let database: { name: string; url: string };
  let api: TestApi;
  let url: string;
  let factories: Factories;
  let token: string;
  let names: { team: string; domain: string };
  let directory: string;

  const descriptor = (slug: string, contract: unknown): Json => ({
    apiVersion: 'v1.0.0',
    kind: 'DataProduct',
    id: slug,
    name: 'Orders placed',
    domain: names.domain,
    team: { name: names.team },
    outputPorts: [
      {
        name: 'order-events',
        description: 'One event per order.',
        'x-tessera': { kind: 'KAFKA_TOPIC', location: { cluster: 'main', topic: `orders.${slug}` } },
        ...(contract === undefined ? {} : { contract }),
      },
    ],
  });
  const apply = (document: Json, dryRun = false) =>
    api.as(token).graphql<ApplyData>(APPLY, { input: { descriptor: document, dryRun } });
  const exportDescriptor = async (slug: string) =>
    (await api.as(token).graphql<{ dataProductDescriptor: Json }>(EXPORT, { slug })).body.data
      ?.dataProductDescriptor as Json;
  const contractOf = async (slug: string) =>
    (
      await factories.prisma.dataContract.findFirst({
        where: { port: { name: 'order-events', product: { slug } } },
      })
    )?.document;
  const counts = async () => ({
    contracts: await factories.prisma.dataContract.count(),
    audit: await factories.prisma.auditEvent.count(),
  });

  beforeAll(async () => {
    database = await createTestDatabase('descriptor_contracts');
    const started = await startListeningApi(testConfig(database.url));
    api = started.api;
    url = started.url;
    factories = new Factories(database.url);
    const member = await factories.user();
    const team = await factories.team([{ userId: member.id, role: 'MEMBER' }]);
    const domain = await factories.domain(team.id);
    names = { team: team.slug, domain: domain.slug };
    token = await factories.apiToken({ userId: member.id });
    directory = await mkdtemp(join(tmpdir(), 'tessera-contracts-int-'));
  });

  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
    await factories.close();
    await api.close();
    await dropDatabase(database.name);
  });

  it('applies an embedded contract with the product, exports it embedded, and the export applies unchanged', async () => {
    const slug = `orders-${uniqueSuffix()}`;
    const created = await apply(descriptor(slug, CONTRACT));
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data?.applyDataProductDescriptor?.outcome).toBe('CREATED');
    expect(await contractOf(slug)).toStrictEqual(CONTRACT);
    const audit = await factories.prisma.auditEvent.count({ where: { action: 'data_contract.import' } });
    expect(audit).toBeGreaterThan(0);

    const exported = await exportDescriptor(slug);
    const [port] = exported.outputPorts as Json[];
    expect(port?.contract).toMatchObject({
      ...CONTRACT,
      id: `${slug}/order-events`,
      version: '1.0.0',
      status: 'draft',
      dataProduct: slug,
      domain: names.domain,
      team: { name: names.team },
      description: { purpose: 'One event per order.', usage: 'Join on order_id.', limitations: 'No refunds.' },
    });

    const before = await counts();
    const again = await apply(exported);
    expect(again.body.data?.applyDataProductDescriptor).toMatchObject({ outcome: 'UNCHANGED', changes: [] });
    expect(await counts()).toEqual(before);
  });

  it('shows a contract change on a dry run without writing it, then applies it', async () => {
    const slug = `orders-${uniqueSuffix()}`;
    await apply(descriptor(slug, CONTRACT));
    const changed = { ...CONTRACT, description: { usage: 'Join on order_id and customer_id.' } };
    const before = await counts();

    const dryRun = await apply(descriptor(slug, changed), true);
    const result = dryRun.body.data?.applyDataProductDescriptor;
    expect(result?.outcome).toBe('UPDATED');
    expect(result?.changes).toEqual([
      {
        path: 'outputPorts[order-events].contract.description.usage',
        kind: 'CHANGED',
        before: 'Join on order_id.',
        after: 'Join on order_id and customer_id.',
      },
      {
        path: 'outputPorts[order-events].contract.description.limitations',
        kind: 'REMOVED',
        before: 'No refunds.',
        after: null,
      },
    ]);
    expect(await counts()).toEqual(before);

    const applied = await apply(descriptor(slug, changed));
    expect(applied.body.data?.applyDataProductDescriptor?.outcome).toBe('UPDATED');
    expect(await contractOf(slug)).toStrictEqual(changed);
  });

  it('removes the contract of a port whose descriptor no longer has one', async () => {
    const slug = `orders-${uniqueSuffix()}`;
    await apply(descriptor(slug, CONTRACT));
    const removed = await apply(descriptor(slug, undefined));
    expect(removed.body.data?.applyDataProductDescriptor?.changes).toEqual([
      expect.objectContaining({ path: 'outputPorts[order-events].contract', kind: 'REMOVED' }),
    ]);
    expect(await contractOf(slug)).toBeUndefined();
    expect(await factories.prisma.auditEvent.count({ where: { action: 'data_contract.delete' } })).toBeGreaterThan(0);
  });

  it('refuses an invalid embedded contract, and a reference the CLI did not resolve, writing nothing', async () => {
    const before = await counts();
    const invalid = await apply(
      descriptor(`orders-${uniqueSuffix()}`, {
        schema: [{ name: 'o', properties: [{ name: 'a', logicalType: 'uuid' }] }],
      }),
    );
    expect(invalid.body.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      reason: 'INVALID_DESCRIPTOR',
      issues: [expect.objectContaining({ path: 'outputPorts.0.contract.schema.0.properties.0.logicalType' })],
    });
    const reference = await apply(descriptor(`orders-${uniqueSuffix()}`, { $ref: './orders.odcs.yaml' }));
    expect(reference.body.errors?.[0]?.extensions).toMatchObject({
      reason: 'INVALID_DESCRIPTOR',
      issues: [expect.objectContaining({ path: 'outputPorts.0.contract.$ref' })],
    });
    expect(await counts()).toEqual(before);
  });

  it('applies a descriptor referencing a contract file with the CLI, and exports the contract embedded', async () => {
    const slug = `orders-${uniqueSuffix()}`;
    await mkdir(join(directory, 'contracts'));
    await writeFile(join(directory, 'contracts', 'orders.odcs.yaml'), CONTRACT_FILE);
    const file = join(directory, 'orders.yaml');
    const document = descriptor(slug, { $ref: './contracts/orders.odcs.yaml' });
    await writeFile(file, JSON.stringify(document));
    const env = { TESSERA_API_URL: url, TESSERA_TOKEN: token };

    const applied = await runCli(['apply', '-f', directory], env);
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    expect(await contractOf(slug)).toStrictEqual(parse(CONTRACT_FILE));

    const output = join(directory, 'exported.yaml');
    const exported = await runCli(['export', slug, '-o', output], env);
    expect(exported.code).toBe(0);
    const [port] = (parse(await readFile(output, 'utf8')) as Json).outputPorts as Json[];
    expect(port?.contract).toMatchObject({
      'x-from-file': true,
      description: { usage: 'From a file next to the descriptor.' },
      customProperties: [{ property: 'noticePeriod', value: 'P1M' }],
      dataProduct: slug,
    });

    // The exported file (contract embedded) applies as no change.
    await rm(file);
    const again = await runCli(['apply', '-f', output], env);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`${slug}: unchanged`);
  });
});
