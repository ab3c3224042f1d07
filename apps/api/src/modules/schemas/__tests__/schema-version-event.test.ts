import { EVENT_TYPES } from '@tessera/contracts';
import avro from 'avsc';
import { describe, expect, it } from 'vitest';
import type { SchemaVersionRow } from '../schemas.repository';
import { schemaVersionEvent } from '../schema-version.event';

const row: SchemaVersionRow = {
  id: '0193a7e4-0000-7000-8000-000000000001',
  portId: '0193a7e4-0000-7000-8000-000000000002',
  version: 3,
  format: 'AVRO',
  definition: '{}',
  fingerprint: 'f'.repeat(64),
  contractVersion: '2.0.0',
  source: 'TESSERA',
  registryId: null,
  registryVersion: null,
  changes: [],
  breaking: true,
  overrideReason: null,
  publishedById: null,
  createdAt: new Date('2026-11-28T10:00:00Z'),
  searchText: '',
};

describe('the schema.version.published event', () => {
  it('carries the version, its diff and its subscribers in the shape of its Avro schema', () => {
    const envelope = avro.Type.forSchema(EVENT_TYPES['schema.version.published'].schema as avro.Schema);
    const data = schemaVersionEvent(row, {
      port: {
        id: row.portId,
        name: 'orders',
        product: { id: 'p', slug: 'shop', name: 'Shop', teamId: 't', status: 'PUBLISHED' },
      },
      verdict: 'BREAKING_ALLOWED_MAJOR',
      changes: [
        { path: '$.email', kind: 'FIELD_ADDED_WITHOUT_DEFAULT', breaks: 'WRITERS', message: 'm', versions: [2] },
      ],
      subscribers: [{ subscriptionId: 's', teamId: 'c', teamSlug: 'consumers', teamName: 'Consumers' }],
    });
    const event = { id: 'e', type: 't', source: 's', subject: 'x', time: 0, dataVersion: 1, data };

    expect(envelope.isValid(event, { errorHook: (path) => expect.fail(`invalid at ${path.join('.')}`) })).toBe(true);
    expect(envelope.fromBuffer(envelope.toBuffer(event))).toMatchObject({
      data: {
        version: 3,
        changes: [{ path: '$.email', kind: 'FIELD_ADDED_WITHOUT_DEFAULT', breaks: 'WRITERS', message: 'm' }],
        subscribers: [{ teamSlug: 'consumers' }],
        registryId: null,
      },
    });
  });
});
