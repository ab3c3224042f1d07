import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, dropDatabase } from '../support/databases';
import { Factories } from '../support/factories';

/** The search lexicon and port kinds are kept by triggers; these tests hold them to it. */
describe('search: lexicon and port kinds kept by the database', () => {
  let database: { name: string; url: string };
  let factories: Factories;
  let teamId: string;
  let domainId: string;

  beforeAll(async () => {
    database = await createTestDatabase('search_columns');
    factories = new Factories(database.url);
    teamId = (await factories.team()).id;
    domainId = (await factories.domain(teamId)).id;
  });

  afterAll(async () => {
    await factories.close();
    await dropDatabase(database.name);
  });

  async function uses(...terms: string[]): Promise<Record<string, number>> {
    const rows = await factories.prisma.searchTerm.findMany({ where: { term: { in: terms } } });
    return Object.fromEntries(terms.map((term) => [term, rows.find((row) => row.term === term)?.productCount ?? 0]));
  }

  it('counts the products using each word of names, slugs, tags and port names, drafts excluded', async () => {
    const draft = await factories.product(teamId, domainId, {
      slug: 'quasar-feed',
      name: 'Quasar feed 2024',
      tags: ['astro'],
    });
    expect(await uses('quasar', 'feed', 'astro')).toEqual({ quasar: 0, feed: 0, astro: 0 });

    await factories.prisma.dataProduct.update({ where: { id: draft.id }, data: { status: 'PUBLISHED' } });
    await factories.product(teamId, domainId, { status: 'PUBLISHED', slug: 'quasar-map', name: 'Quasar map' });
    expect(await uses('quasar', 'feed', 'map', 'astro', '2024')).toEqual({
      quasar: 2,
      feed: 1,
      map: 1,
      astro: 1,
      '2024': 0,
    });

    await factories.prisma.dataProduct.update({
      where: { id: draft.id },
      data: { name: 'Pulsar feed', tags: [], searchExtra: 'pulsar-events' },
    });
    expect(await uses('quasar', 'pulsar', 'events', 'astro')).toEqual({ quasar: 2, pulsar: 1, events: 1, astro: 0 });

    await factories.prisma.dataProduct.delete({ where: { id: draft.id } });
    expect(await uses('quasar', 'pulsar', 'feed')).toEqual({ quasar: 1, pulsar: 0, feed: 0 });
  });

  async function portKinds(productId: string): Promise<string[]> {
    const product = await factories.prisma.dataProduct.findUniqueOrThrow({ where: { id: productId } });
    return product.portKinds;
  }

  it('keeps the distinct kinds of a product’s output ports', async () => {
    const product = await factories.product(teamId, domainId);
    expect(await portKinds(product.id)).toEqual([]);
    const topic = await factories.outputPort(product.id, { kind: 'KAFKA_TOPIC' });
    await factories.outputPort(product.id, { kind: 'KAFKA_TOPIC' });
    const table = await factories.outputPort(product.id, {
      kind: 'POSTGRES_TABLE',
      location: { database: 'main', schema: 'public', table: 'things' },
    });
    expect(await portKinds(product.id)).toEqual(['KAFKA_TOPIC', 'POSTGRES_TABLE']);
    await factories.prisma.outputPort.delete({ where: { id: table.id } });
    expect(await portKinds(product.id)).toEqual(['KAFKA_TOPIC']);
    await factories.prisma.outputPort.update({
      where: { id: topic.id },
      data: { kind: 'POSTGRES_TABLE', location: { database: 'main', schema: 'public', table: 't' } },
    });
    expect(await portKinds(product.id)).toEqual(['KAFKA_TOPIC', 'POSTGRES_TABLE']);
  });

  it('loses no kind when two transactions add ports of different kinds to one product at once', async () => {
    const product = await factories.product(teamId, domainId);
    const first = new Client({ connectionString: database.url });
    const second = new Client({ connectionString: database.url });
    await Promise.all([first.connect(), second.connect()]);
    try {
      const insert = (client: Client, name: string, kind: string, location: object) =>
        client.query('INSERT INTO output_ports (product_id, name, kind, location) VALUES ($1, $2, $3, $4)', [
          product.id,
          name,
          kind,
          location,
        ]);
      await first.query('BEGIN');
      await second.query('BEGIN');
      await insert(first, 'topic', 'KAFKA_TOPIC', { cluster: 'main', topic: 'a' });
      // The second insert waits for the first transaction's lock on the product, then sees its port.
      const pending = insert(second, 'table', 'POSTGRES_TABLE', { database: 'main', schema: 'public', table: 'b' });
      await new Promise((resolve) => setTimeout(resolve, 200));
      await first.query('COMMIT');
      await pending;
      await second.query('COMMIT');
    } finally {
      await Promise.all([first.end(), second.end()]);
    }
    expect(await portKinds(product.id)).toEqual(['KAFKA_TOPIC', 'POSTGRES_TABLE']);
  });
});
