import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, ProductWorld } from '../products/product-world';
import {
  approvedSubscription,
  avroOrder,
  failureOf,
  ORDER_BREAKING,
  ORDER_V1,
  ORDER_V2,
  postgresPort,
  publishAs,
  published,
  SET_MODE,
} from './schema-world';

/**
 * Breaking-change governance on ports without a registry: numbering, idempotency, the
 * verdicts, the event and notifications written with the version, dry runs, and who may
 * override. The registry side is in schema-registry.int-test.ts.
 */
describe('publishing schema versions', () => {
  let world: ProductWorld;

  beforeAll(async () => {
    world = await ProductWorld.start('schemas_publishing');
  });

  afterAll(async () => {
    await world.close();
  });

  const db = () => world.factories.prisma;
  const versionsOf = (portId: string) =>
    db().schemaVersion.findMany({ where: { portId }, orderBy: { version: 'asc' } });
  const eventsOf = (portId: string) =>
    db().outboxEvent.findMany({
      where: { eventType: 'schema.version.published', payload: { path: ['portId'], equals: portId } },
      orderBy: { position: 'asc' },
    });

  it('numbers versions per port, each carrying the contract version it was published with', async () => {
    const { port } = await postgresPort(world);
    const { port: other } = await postgresPort(world);

    const first = await published(world, world.memberA, { portId: port.id, format: 'AVRO', definition: ORDER_V1 });
    const second = await published(world, world.memberA, {
      portId: port.id,
      format: 'AVRO',
      definition: ORDER_V2,
      contractVersion: '1.1.0',
    });
    const elsewhere = await published(world, world.memberA, { portId: other.id, format: 'AVRO', definition: ORDER_V2 });

    expect(first).toMatchObject({
      verdict: 'COMPATIBLE',
      created: true,
      changes: [],
      schemaVersion: { version: 1, contractVersion: '1.0.0', source: 'TESSERA', breaking: false },
      outputPort: { schemaFormat: 'AVRO', compatibilityMode: 'BACKWARD', contractVersion: '1.0.0' },
    });
    expect(second.schemaVersion).toMatchObject({ version: 2, contractVersion: '1.1.0', breaking: false });
    expect(second.changes).toEqual([expect.objectContaining({ path: '$.currency', breaks: 'NONE', versions: [1] })]);
    expect(second.outputPort.contractVersion).toBe('1.1.0');
    expect(elsewhere.schemaVersion?.version).toBe(1);
    expect((await versionsOf(port.id)).map((row) => row.version)).toEqual([1, 2]);
  });

  it('publishes the same schema twice as one version, however it is formatted', async () => {
    const { port } = await postgresPort(world);
    const first = await published(world, world.memberA, { portId: port.id, format: 'AVRO', definition: ORDER_V1 });
    const reformatted = JSON.stringify(JSON.parse(ORDER_V1), null, 4);

    const again = await published(world, world.memberA, { portId: port.id, format: 'AVRO', definition: reformatted });

    expect(again).toMatchObject({ created: false, verdict: 'COMPATIBLE' });
    expect(again.schemaVersion?.id).toBe(first.schemaVersion?.id);
    expect(await versionsOf(port.id)).toHaveLength(1);
    expect(await eventsOf(port.id)).toHaveLength(1);
  });

  it('refuses a breaking change without a new major version, with the changes, and writes nothing', async () => {
    const { port } = await postgresPort(world);
    await published(world, world.memberA, { portId: port.id, format: 'AVRO', definition: ORDER_V2 });
    const auditBefore = await world.auditCount();

    const refused = failureOf(
      await publishAs(world, world.ownerA, {
        portId: port.id,
        format: 'AVRO',
        definition: ORDER_BREAKING,
        contractVersion: '1.1.0',
      }),
    );

    expect(refused.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SCHEMA_INCOMPATIBLE', mode: 'BACKWARD' });
    expect(refused.extensions.changes).toEqual([
      expect.objectContaining({ path: '$.customerEmail', kind: 'FIELD_ADDED_WITHOUT_DEFAULT', breaks: 'WRITERS' }),
    ]);
    expect(refused.message).toMatch(/customerEmail/);
    expect(await versionsOf(port.id)).toHaveLength(1);
    expect(await eventsOf(port.id)).toHaveLength(1);
    expect(await world.auditCount()).toBe(auditBefore);
    const stored = await db().outputPort.findUniqueOrThrow({ where: { id: port.id } });
    expect(stored.contractVersion).toBe('1.0.0');
  });

  it('accepts a breaking change as a new major contract version and announces the diff to every subscriber', async () => {
    const { port } = await postgresPort(world);
    await published(world, world.memberA, { portId: port.id, format: 'AVRO', definition: ORDER_V2 });
    const subscription = await approvedSubscription(world, port.id, world.teamB.id);
    const channel = await db().notificationChannel.create({
      data: { teamId: world.teamB.id, kind: 'WEBHOOK', name: 'schemas', settings: { url: 'http://127.0.0.1:9/hook' } },
    });

    const result = await published(world, world.memberA, {
      portId: port.id,
      format: 'AVRO',
      definition: ORDER_BREAKING,
      contractVersion: '2.0.0',
    });

    expect(result).toMatchObject({
      verdict: 'BREAKING_ALLOWED_MAJOR',
      schemaVersion: { version: 2, contractVersion: '2.0.0', breaking: true, overrideReason: null },
      outputPort: { contractVersion: '2.0.0' },
    });
    expect(result.impact).toEqual([
      {
        subscriptionId: subscription.id,
        teamId: world.teamB.id,
        teamSlug: world.teamB.slug,
        teamName: expect.any(String) as unknown,
      },
    ]);
    const [, event] = await eventsOf(port.id);
    expect(event?.aggregateId).toBe((await db().outputPort.findUniqueOrThrow({ where: { id: port.id } })).productId);
    expect(event?.payload).toMatchObject({
      version: 2,
      verdict: 'BREAKING_ALLOWED_MAJOR',
      breaking: true,
      contractVersion: '2.0.0',
      changes: [
        expect.objectContaining({ path: '$.customerEmail', kind: 'FIELD_ADDED_WITHOUT_DEFAULT', breaks: 'WRITERS' }),
      ],
      subscribers: [
        {
          subscriptionId: subscription.id,
          teamId: world.teamB.id,
          teamSlug: world.teamB.slug,
          teamName: expect.any(String) as unknown,
        },
      ],
    });
    const deliveries = await db().delivery.findMany({ where: { channelId: channel.id } });
    expect(deliveries.map((delivery) => delivery.eventType)).toEqual(['schema.version.published']);
  });

  it('lets a team owner override a breaking change with a reason, and refuses the override from a member', async () => {
    const { port } = await postgresPort(world);
    await published(world, world.memberA, { portId: port.id, format: 'AVRO', definition: ORDER_V2 });
    const input = {
      portId: port.id,
      format: 'AVRO' as const,
      definition: ORDER_BREAKING,
      overrideReason: 'every consumer already sends customerEmail',
    };

    const forbidden = failureOf(await publishAs(world, world.memberA, input));
    expect(forbidden.extensions.code).toBe('FORBIDDEN');
    expect(await versionsOf(port.id)).toHaveLength(1);

    const result = await published(world, world.ownerA, input);
    expect(result).toMatchObject({
      verdict: 'BREAKING_OVERRIDDEN',
      schemaVersion: { version: 2, contractVersion: '1.0.0', breaking: true, overrideReason: input.overrideReason },
    });
    const [, event] = await eventsOf(port.id);
    expect(event?.payload).toMatchObject({ verdict: 'BREAKING_OVERRIDDEN', overrideReason: input.overrideReason });
  });

  it('reports verdict, changes and impact on a dry run and writes nothing', async () => {
    const { port } = await postgresPort(world);
    await published(world, world.memberA, { portId: port.id, format: 'AVRO', definition: ORDER_V2 });
    await approvedSubscription(world, port.id, world.teamB.id);
    const auditBefore = await world.auditCount();

    const breaking = await published(world, world.memberA, {
      portId: port.id,
      format: 'AVRO',
      definition: ORDER_BREAKING,
      dryRun: true,
    });
    const major = await published(world, world.memberA, {
      portId: port.id,
      format: 'AVRO',
      definition: ORDER_BREAKING,
      contractVersion: '2.0.0',
      dryRun: true,
    });

    expect(breaking).toMatchObject({ verdict: 'REFUSED', dryRun: true, created: false, schemaVersion: null });
    expect(breaking.changes).toEqual([expect.objectContaining({ kind: 'FIELD_ADDED_WITHOUT_DEFAULT' })]);
    expect(breaking.impact.map((consumer) => consumer.teamId)).toEqual([world.teamB.id]);
    expect(major).toMatchObject({
      verdict: 'BREAKING_ALLOWED_MAJOR',
      created: false,
      outputPort: { contractVersion: '1.0.0' },
    });
    expect(await versionsOf(port.id)).toHaveLength(1);
    expect(await eventsOf(port.id)).toHaveLength(1);
    expect(await world.auditCount()).toBe(auditBefore);
  });

  it('refuses a contract version that goes backwards or is not semver, and a second format', async () => {
    const { port } = await postgresPort(world);
    await published(world, world.memberA, {
      portId: port.id,
      format: 'AVRO',
      definition: ORDER_V1,
      contractVersion: '1.4.0',
    });

    const backwards = failureOf(
      await publishAs(world, world.memberA, {
        portId: port.id,
        format: 'AVRO',
        definition: ORDER_V2,
        contractVersion: '1.3.9',
      }),
    );
    const notSemver = failureOf(
      await publishAs(world, world.memberA, {
        portId: port.id,
        format: 'AVRO',
        definition: ORDER_V2,
        contractVersion: 'v2',
      }),
    );
    const json = failureOf(
      await publishAs(world, world.memberA, { portId: port.id, format: 'JSON', definition: '{"type":"object"}' }),
    );

    expect(backwards.extensions).toMatchObject({ code: 'VALIDATION_FAILED', reason: 'CONTRACT_VERSION_BACKWARDS' });
    expect(notSemver.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [expect.objectContaining({ path: 'contractVersion' })],
    });
    expect(json.extensions).toMatchObject({ code: 'VALIDATION_FAILED', reason: 'SCHEMA_FORMAT_MISMATCH' });
    expect(await versionsOf(port.id)).toHaveLength(1);
  });

  it('checks every earlier version in transitive modes and only the latest otherwise', async () => {
    const v1 = avroOrder([{ name: 'status', type: 'string' }]);
    const v2 = avroOrder([]);
    // Readable after v2 (a field with a default), but not after v1, where status was a string.
    const v3 = avroOrder([{ name: 'status', type: 'int', default: 0 }]);
    const { port: latestOnly } = await postgresPort(world);
    const { port: transitive } = await postgresPort(world);
    dataOf(await world.as(world.ownerA)(SET_MODE, { input: { portId: transitive.id, mode: 'BACKWARD_TRANSITIVE' } }));
    for (const port of [latestOnly, transitive]) {
      await published(world, world.memberA, { portId: port.id, format: 'AVRO', definition: v1 });
      await published(world, world.memberA, { portId: port.id, format: 'AVRO', definition: v2 });
    }

    const accepted = await published(world, world.memberA, { portId: latestOnly.id, format: 'AVRO', definition: v3 });
    const refused = failureOf(
      await publishAs(world, world.memberA, { portId: transitive.id, format: 'AVRO', definition: v3 }),
    );

    expect(accepted.verdict).toBe('COMPATIBLE');
    expect(refused.extensions.reason).toBe('SCHEMA_INCOMPATIBLE');
    expect(refused.extensions.changes).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: '$.status', breaks: 'BOTH', versions: [1] })]),
    );
  });

  it('lets team owners set the compatibility mode, audited, and refuses members', async () => {
    const { port } = await postgresPort(world);

    const forbidden = failureOf(await world.as(world.memberA)(SET_MODE, { input: { portId: port.id, mode: 'NONE' } }));
    const changed = dataOf(
      await world.as(world.ownerA)<{ setPortCompatibilityMode: { outputPort: { compatibilityMode: string } } }>(
        SET_MODE,
        { input: { portId: port.id, mode: 'FULL_TRANSITIVE' } },
      ),
    );

    expect(forbidden.extensions.code).toBe('FORBIDDEN');
    expect(changed.setPortCompatibilityMode.outputPort.compatibilityMode).toBe('FULL_TRANSITIVE');
    const audit = await db().auditEvent.findFirst({
      where: { entityId: port.id, action: 'output_port.set_compatibility_mode' },
    });
    expect(audit?.after).toEqual({ compatibilityMode: 'FULL_TRANSITIVE' });
  });
});
