import { describe, expect, it } from 'vitest';
import { diffDescriptors } from '../descriptor-diff';
import { descriptorFromSnapshot, snapshotFromDescriptor } from '../descriptor-snapshot';
import { descriptorOf, FULL_DOCUMENT } from './fixtures';

const canonical = (document: unknown) => descriptorFromSnapshot(snapshotFromDescriptor(descriptorOf(document)));

describe('descriptor diffs', () => {
  it('finds nothing between a document and itself, whatever the port order', () => {
    const reordered = { ...FULL_DOCUMENT, outputPorts: [...FULL_DOCUMENT.outputPorts].reverse() };
    expect(diffDescriptors(canonical(FULL_DOCUMENT), canonical(reordered))).toEqual([]);
  });

  it('names the deepest changed field, ports by name', () => {
    const [events, table] = FULL_DOCUMENT.outputPorts;
    const changed = {
      ...FULL_DOCUMENT,
      name: 'Orders placed (v1)',
      outputPorts: [
        { ...events, 'x-tessera': { ...events?.['x-tessera'], location: { cluster: 'main', topic: 'orders.v2' } } },
        table,
      ],
    };
    expect(diffDescriptors(canonical(FULL_DOCUMENT), canonical(changed))).toEqual([
      { path: 'name', kind: 'CHANGED', before: 'Orders placed', after: 'Orders placed (v1)' },
      {
        path: 'outputPorts[order-events].x-tessera.location.topic',
        kind: 'CHANGED',
        before: 'orders.placed.v1',
        after: 'orders.v2',
      },
    ]);
  });

  it('reports added and removed ports and fields, unknown ones included', () => {
    const changed = {
      ...FULL_DOCUMENT,
      outputPorts: [
        FULL_DOCUMENT.outputPorts[0],
        { name: 'order-lines', 'x-tessera': { kind: 'KAFKA_TOPIC', location: { cluster: 'main', topic: 'lines' } } },
      ],
      team: { name: 'orders-team' },
    };
    const changes = diffDescriptors(canonical(FULL_DOCUMENT), canonical(changed));
    expect(changes).toEqual([
      { path: 'team.x-oncall', kind: 'REMOVED', before: 'pagerduty/orders', after: null },
      {
        path: 'outputPorts[order-lines]',
        kind: 'ADDED',
        before: null,
        after: {
          name: 'order-lines',
          'x-tessera': { kind: 'KAFKA_TOPIC', location: { cluster: 'main', topic: 'lines' } },
        },
      },
      expect.objectContaining({ path: 'outputPorts[orders-table]', kind: 'REMOVED', after: null }),
    ]);
  });

  it('lists every field of a new product as added, each port on its own', () => {
    const changes = diffDescriptors(null, canonical(FULL_DOCUMENT));
    expect(changes.map((change) => change.path)).toEqual([
      'apiVersion',
      'kind',
      'id',
      'name',
      'status',
      'domain',
      'description',
      'tags',
      'team',
      'inputPorts[customers]',
      'outputPorts[order-events]',
      'outputPorts[orders-table]',
      'support',
      'x-tessera',
      'x-custom-owner-note',
    ]);
    expect(changes.every((change) => change.kind === 'ADDED' && change.before === null)).toBe(true);
  });

  it('compares tags as a whole list', () => {
    const changes = diffDescriptors(canonical(FULL_DOCUMENT), canonical({ ...FULL_DOCUMENT, tags: ['orders'] }));
    expect(changes).toEqual([{ path: 'tags', kind: 'CHANGED', before: ['orders', 'events'], after: ['orders'] }]);
  });
});
