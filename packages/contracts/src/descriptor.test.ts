import { describe, expect, it } from 'vitest';
import { parseDescriptorYaml, validateDescriptor } from './descriptor';

const VALID = `apiVersion: v1.0.0
kind: DataProduct
id: orders-placed
name: Orders placed
status: active
domain: orders
team:
  name: orders-team
  x-oncall: pagerduty/orders
description:
  purpose: Every order placed in the web shop.
tags: [orders, events]
outputPorts:
  - name: order-events
    x-tessera:
      kind: KAFKA_TOPIC
      location: { cluster: main, topic: orders.placed.v1 }
inputPorts:
  - name: customers
    contractId: customer-profiles/profiles
x-custom-owner-note: kept as is
`;

describe('data product descriptors', () => {
  it('accepts an ODPS v1 document and keeps fields Tessera does not model', () => {
    const result = parseDescriptorYaml(VALID);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.descriptor).toMatchObject({
      id: 'orders-placed',
      status: 'active',
      team: { name: 'orders-team', 'x-oncall': 'pagerduty/orders' },
    });
    expect(result.descriptor['x-custom-owner-note']).toBe('kept as is');
  });

  it('names the line, column and field path of a bad value', () => {
    const result = parseDescriptorYaml(VALID.replace('topic: orders.placed.v1', 'topic: "orders placed"'));
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: 'outputPorts.0.x-tessera.location.topic',
          message: 'letters, digits, ".", "_" and "-"',
          line: 17,
          column: 41,
        },
      ],
    });
  });

  it('points a missing required field at its parent object', () => {
    const result = parseDescriptorYaml(VALID.replace('domain: orders\n', ''));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]).toMatchObject({ path: 'domain', line: 1 });
  });

  it('reports YAML syntax errors with their line', () => {
    const result = parseDescriptorYaml('apiVersion: v1.0.0\nkind: [DataProduct\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.line).toBeGreaterThanOrEqual(2);
  });

  it('refuses duplicate port names, a port location of the wrong kind, and consuming its own port', () => {
    const result = validateDescriptor({
      apiVersion: 'v1.0.0',
      kind: 'DataProduct',
      id: 'a',
      name: 'A',
      domain: 'd',
      team: { name: 't' },
      outputPorts: [
        { name: 'p', 'x-tessera': { kind: 'POSTGRES_TABLE', location: { cluster: 'main', topic: 'x' } } },
        { name: 'p', 'x-tessera': { kind: 'KAFKA_TOPIC', location: { cluster: 'main', topic: 'x' } } },
      ],
      inputPorts: [{ name: 'self', contractId: 'a/p' }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining([
        'outputPorts.0.x-tessera.location.database',
        'outputPorts.1.name',
        'inputPorts.0.contractId',
      ]),
    );
  });
});
