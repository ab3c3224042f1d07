import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { TestApi } from '../support/api-client';
import { createTestDatabase, dropDatabase } from '../support/databases';
import { uniqueSuffix } from '../support/environment';
import { Factories } from '../support/factories';
import { testConfig } from '../support/test-config';
import { runCli, startListeningApi } from './cli-harness';

/** A product with every modeled field and unknown fields at every level, as a team would write it. */
function descriptorYaml(names: { slug: string; team: string; domain: string; source: string }, status = 'draft') {
  return `apiVersion: v1.0.0
kind: DataProduct
id: ${names.slug}
name: Orders placed
status: ${status}
domain: ${names.domain}
description:
  purpose: Every order placed in the web shop, one event per order.
  usage: Join with customer profiles on customer_id.
  limitations: Cancelled orders arrive as a separate event.
  x-audience: analysts
tags:
  - orders
  - events
team:
  name: ${names.team}
  x-oncall: pagerduty/orders
inputPorts:
  - name: customers
    contractId: ${names.source}/profiles
    x-reason: enrich orders with the customer segment
outputPorts:
  - name: order-events
    description: One event per placed order.
    version: 1.2.0
    x-tessera:
      kind: KAFKA_TOPIC
      location:
        cluster: main
        topic: orders.placed.v1
      x-retention-days: 7
  - name: orders-table
    x-tessera:
      kind: POSTGRES_TABLE
      location:
        database: shop
        schema: public
        table: orders
support:
  - channel: "#orders-data"
    url: https://chat.example.com/orders-data
    tool: slack
x-tessera:
  classification: CONFIDENTIAL
  accessMode: OPEN
  x-cost-centre:
    id: 42
x-custom-owner-note: kept as is
`;
}

describe('the tessera CLI against a real API', () => {
  let database: { name: string; url: string };
  let api: TestApi;
  let factories: Factories;
  let directory: string;
  let ownerEnv: Record<string, string>;
  let memberEnv: Record<string, string>;
  let names: { slug: string; team: string; domain: string; source: string };

  const counts = async () => ({
    products: await factories.prisma.dataProduct.count(),
    outputPorts: await factories.prisma.outputPort.count(),
    inputPorts: await factories.prisma.inputPort.count(),
    audit: await factories.prisma.auditEvent.count(),
  });

  beforeAll(async () => {
    database = await createTestDatabase('descriptors_cli');
    const started = await startListeningApi(testConfig(database.url));
    api = started.api;
    factories = new Factories(database.url);
    const owner = await factories.user();
    const member = await factories.user();
    const team = await factories.team([
      { userId: owner.id, role: 'OWNER' },
      { userId: member.id, role: 'MEMBER' },
    ]);
    const domain = await factories.domain(team.id);
    const source = await factories.product(team.id, domain.id, { status: 'PUBLISHED' });
    await factories.outputPort(source.id, { name: 'profiles' });
    names = { slug: `orders-placed-${uniqueSuffix()}`, team: team.slug, domain: domain.slug, source: source.slug };
    ownerEnv = { TESSERA_API_URL: started.url, TESSERA_TOKEN: await factories.apiToken({ userId: owner.id }) };
    memberEnv = { TESSERA_API_URL: started.url, TESSERA_TOKEN: await factories.apiToken({ userId: member.id }) };
    directory = await mkdtemp(join(tmpdir(), 'tessera-cli-int-'));
  });

  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
    await factories.close();
    await api.close();
    await dropDatabase(database.name);
  });

  it('creates a product, then applying the same file again changes nothing and writes no audit event', async () => {
    const file = join(directory, 'orders.yaml');
    await writeFile(file, descriptorYaml(names));
    const before = await counts();

    const first = await runCli(['apply', '-f', file], ownerEnv);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(new RegExp(`^\\[1/1\\] ${names.slug}: created \\(\\d+ changes\\)$`, 'm'));
    const afterFirst = await counts();
    // One event per new entity: the product, its two output ports and its input port.
    expect(afterFirst.audit - before.audit).toBe(4);
    const product = await factories.prisma.dataProduct.findUniqueOrThrow({
      where: { slug: names.slug },
      include: { outputPorts: true, inputPorts: true },
    });
    expect(product.outputPorts.map((port) => port.name).sort()).toEqual(['order-events', 'orders-table']);
    expect(product.inputPorts).toHaveLength(1);
    expect(product.searchExtra).toBe('order-events orders-table');

    const second = await runCli(['apply', '-f', file], ownerEnv);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(`[1/1] ${names.slug}: unchanged`);
    expect(await counts()).toEqual(afterFirst);
  });

  it('exports an equivalent document, unknown fields included', async () => {
    const output = join(directory, 'exported.yaml');
    const result = await runCli(['export', names.slug, '-o', output], ownerEnv);
    expect(result.code).toBe(0);
    const exported: unknown = parse(await readFile(output, 'utf8'));
    expect(exported).toEqual(parse(descriptorYaml(names)));

    // And the export applies back as no change at all.
    const before = await counts();
    const again = await runCli(['apply', '-f', output], ownerEnv);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('unchanged');
    expect(await counts()).toEqual(before);
  });

  it('prints the diff of a dry run and writes nothing', async () => {
    const file = join(directory, 'orders-changed.yaml');
    await writeFile(
      file,
      descriptorYaml(names)
        .replace('name: Orders placed', 'name: Orders placed (web shop)')
        .replace('topic: orders.placed.v1', 'topic: orders.placed.v2'),
    );
    const before = await counts();

    const result = await runCli(['apply', '-f', file, '--dry-run'], ownerEnv);

    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')).toEqual(
      expect.arrayContaining([
        `[1/1] ${names.slug}: would update (2 changes)`,
        '    ~ name: "Orders placed" -> "Orders placed (web shop)"',
        '    ~ outputPorts[order-events].x-tessera.location.topic: "orders.placed.v1" -> "orders.placed.v2"',
      ]),
    );
    expect(await counts()).toEqual(before);
    expect((await factories.prisma.dataProduct.findUniqueOrThrow({ where: { slug: names.slug } })).name).toBe(
      'Orders placed',
    );
  });

  it('exits 2 naming the file, line and field of an invalid descriptor, locally or from the server', async () => {
    const local = join(directory, 'bad-local.yaml');
    await writeFile(local, descriptorYaml(names).replace('topic: orders.placed.v1', 'topic: "orders placed"'));
    const before = await counts();

    const localResult = await runCli(['apply', '-f', local], ownerEnv);
    expect(localResult.code).toBe(2);
    expect(localResult.stderr).toContain(`${local}:30:16: outputPorts.0.x-tessera.location.topic:`);

    const server = join(directory, 'bad-server.yaml');
    await writeFile(
      server,
      descriptorYaml({ ...names, slug: `new-${uniqueSuffix()}` }).replace('/profiles', '/no-such-port'),
    );
    const serverResult = await runCli(['apply', '-f', server], ownerEnv);
    expect(serverResult.code).toBe(2);
    expect(serverResult.stderr).toContain('VALIDATION_FAILED LINEAGE_SOURCE_NOT_FOUND');
    expect(serverResult.stderr).toContain(`${server}:20:17: inputPorts.0.contractId: no product "${names.source}"`);
    expect(await counts()).toEqual(before);

    const validate = await runCli(['validate', '-f', local], {});
    expect(validate.code).toBe(2);
  });

  it('exits 3 when a member applies a publication, leaving no row and no audit event', async () => {
    const slug = `member-${uniqueSuffix()}`;
    const file = join(directory, 'member.yaml');
    await writeFile(file, descriptorYaml({ ...names, slug }, 'active'));
    const before = await counts();

    const result = await runCli(['apply', '-f', file], memberEnv);

    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`${slug}: FORBIDDEN`);
    expect(await counts()).toEqual(before);
    expect(await factories.prisma.dataProduct.findUnique({ where: { slug } })).toBeNull();
  });

  it('exits 3 on a conflict: a consumed output port cannot be removed', async () => {
    const consumer = `consumer-${uniqueSuffix()}`;
    const consumerFile = join(directory, 'consumer.yaml');
    await writeFile(
      consumerFile,
      `apiVersion: v1.0.0
kind: DataProduct
id: ${consumer}
name: Order analytics
domain: ${names.domain}
team:
  name: ${names.team}
inputPorts:
  - name: orders
    contractId: ${names.slug}/orders-table
`,
    );
    expect((await runCli(['apply', '-f', consumerFile], ownerEnv)).code).toBe(0);
    const withoutTable = join(directory, 'orders-without-table.yaml');
    await writeFile(withoutTable, descriptorYaml(names).replace(/ {2}- name: orders-table\n( {4}.*\n)+/, ''));
    const before = await counts();

    const result = await runCli(['apply', '-f', withoutTable], ownerEnv);

    expect(result.code).toBe(3);
    expect(result.stderr).toContain('CONFLICT PORT_IN_USE');
    expect(result.stderr).toContain(`output port "orders-table" is read by ${consumer}`);
    expect(await counts()).toEqual(before);
  });

  it('applies a directory in dependency order, showing progress', async () => {
    const dir = await mkdtemp(join(directory, 'mesh-'));
    const upstream = `a-${uniqueSuffix()}`;
    const downstream = `b-${uniqueSuffix()}`;
    const product = (slug: string, consumes?: string) => `apiVersion: v1.0.0
kind: DataProduct
id: ${slug}
name: ${slug}
domain: ${names.domain}
team:
  name: ${names.team}
outputPorts:
  - name: events
    x-tessera:
      kind: KAFKA_TOPIC
      location: { cluster: main, topic: ${slug}.v1 }
${consumes ? `inputPorts:\n  - name: upstream\n    contractId: ${consumes}/events\n` : ''}`;
    // The consumer sorts first by file name; the CLI applies its source first anyway.
    await writeFile(join(dir, '1-downstream.yaml'), product(downstream, upstream));
    await writeFile(join(dir, '2-upstream.yml'), product(upstream));

    const result = await runCli(['apply', '-f', dir], ownerEnv);

    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`\\[1/2\\] ${upstream}: created`));
    expect(result.stdout).toMatch(new RegExp(`\\[2/2\\] ${downstream}: created`));
    expect(result.stdout).toContain('2 descriptors: 2 created, 0 updated, 0 unchanged');
  });

  it('exits 3 without a token and 1 when the API cannot be reached', async () => {
    const file = join(directory, 'orders.yaml');
    const anonymous = await runCli(['apply', '-f', file], { TESSERA_API_URL: ownerEnv.TESSERA_API_URL ?? '' });
    expect(anonymous.code).toBe(3);
    expect(anonymous.stderr).toContain('UNAUTHENTICATED');
    const unreachable = await runCli(['apply', '-f', file], { ...ownerEnv, TESSERA_API_URL: 'http://127.0.0.1:9' });
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toContain('cannot reach http://127.0.0.1:9/graphql');
  });
});
