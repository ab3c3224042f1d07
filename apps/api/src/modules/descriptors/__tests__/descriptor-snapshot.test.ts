import { describe, expect, it } from 'vitest';
import { descriptorFromSnapshot, snapshotFromDescriptor } from '../descriptor-snapshot';
import { descriptorOf, FULL_DOCUMENT } from './fixtures';

describe('descriptor snapshots', () => {
  it('gives back the same document, unknown fields included, in the standard order', () => {
    const document = descriptorFromSnapshot(snapshotFromDescriptor(descriptorOf(FULL_DOCUMENT)));
    expect(document).toEqual({
      ...FULL_DOCUMENT,
      // Ports come back sorted by name; a location in its kind's field order.
      outputPorts: [
        {
          name: 'order-events',
          description: 'One event per order.',
          type: 'topic',
          version: '1.0.0',
          'x-tessera': {
            kind: 'KAFKA_TOPIC',
            location: { cluster: 'main', topic: 'orders.placed.v1' },
            'x-retention-days': 7,
          },
        },
        {
          name: 'orders-table',
          'x-tessera': { kind: 'POSTGRES_TABLE', location: { database: 'shop', schema: 'public', table: 'orders' } },
        },
      ],
    });
    expect(Object.keys(document)).toEqual([
      'apiVersion',
      'kind',
      'id',
      'name',
      'status',
      'domain',
      'description',
      'tags',
      'team',
      'inputPorts',
      'outputPorts',
      'support',
      'x-tessera',
      'x-custom-owner-note',
    ]);
  });

  it('keeps unknown fields apart from the modeled ones', () => {
    const snapshot = snapshotFromDescriptor(descriptorOf(FULL_DOCUMENT));
    expect(snapshot.extensions).toEqual({
      'x-custom-owner-note': 'kept as is',
      description: { 'x-audience': 'analysts' },
      team: { 'x-oncall': 'pagerduty/orders' },
      'x-tessera': { 'x-cost-centre': { id: 42, owner: 'finance' } },
    });
    expect(snapshot.outputPorts[0]?.extensions).toEqual({
      type: 'topic',
      version: '1.0.0',
      'x-tessera': { 'x-retention-days': 7 },
    });
    expect(snapshot.inputPorts[0]?.extensions).toEqual({ version: '2', 'x-reason': 'enrich' });
  });

  it('writes out the defaults a minimal descriptor leaves implicit, and maps ODPS statuses', () => {
    const minimal = {
      apiVersion: 'v1',
      kind: 'DataProduct',
      id: 'tiny',
      name: 'Tiny',
      status: 'proposed',
      domain: 'misc',
      team: { name: 'misc-team' },
    };
    const snapshot = snapshotFromDescriptor(descriptorOf(minimal));
    expect(snapshot).toMatchObject({ status: 'DRAFT', classification: 'INTERNAL', accessMode: 'APPROVAL_REQUIRED' });
    expect(descriptorFromSnapshot(snapshot)).toEqual({
      apiVersion: 'v1',
      kind: 'DataProduct',
      id: 'tiny',
      name: 'Tiny',
      status: 'draft',
      domain: 'misc',
      team: { name: 'misc-team' },
      'x-tessera': { classification: 'INTERNAL', accessMode: 'APPROVAL_REQUIRED' },
    });
  });

  it('normalises the sunset date to UTC', () => {
    const snapshot = snapshotFromDescriptor(
      descriptorOf({
        ...FULL_DOCUMENT,
        status: 'deprecated',
        'x-tessera': { sunsetAt: '2027-03-01T12:00:00+02:00', replacement: 'orders-v2' },
      }),
    );
    expect(snapshot.sunsetAt).toBe('2027-03-01T10:00:00.000Z');
    expect(descriptorFromSnapshot(snapshot)['x-tessera']).toEqual({
      classification: 'INTERNAL',
      accessMode: 'APPROVAL_REQUIRED',
      sunsetAt: '2027-03-01T10:00:00.000Z',
      replacement: 'orders-v2',
    });
  });

  it('leaves port locations out for readers who may not see connection details', () => {
    const document = descriptorFromSnapshot(snapshotFromDescriptor(descriptorOf(FULL_DOCUMENT)), {
      withLocations: false,
    });
    expect(JSON.stringify(document)).not.toContain('orders.placed.v1');
    expect((document.outputPorts as { 'x-tessera': unknown }[])[1]?.['x-tessera']).toEqual({ kind: 'POSTGRES_TABLE' });
  });

  it("keeps a port's contract apart from the port's unknown fields and gives it back", () => {
    const contract = { description: { usage: 'Join on order_id.' }, 'x-custom': [1, 2] };
    const [first, ...rest] = FULL_DOCUMENT.outputPorts;
    const snapshot = snapshotFromDescriptor(
      descriptorOf({ ...FULL_DOCUMENT, outputPorts: [{ ...first, contract }, ...rest] }),
    );
    expect(snapshot.outputPorts[0]).toMatchObject({ contract, extensions: { type: 'topic', version: '1.0.0' } });
    expect(snapshot.outputPorts[1]?.contract).toBeNull();
    const ports = descriptorFromSnapshot(snapshot).outputPorts as Record<string, unknown>[];
    expect(ports[0]?.contract).toEqual(contract);
    expect(ports[1]).not.toHaveProperty('contract');
  });
});
