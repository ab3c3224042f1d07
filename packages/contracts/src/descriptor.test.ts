import { describe, expect, it } from 'vitest';
import { locateDescriptorPath, parseDescriptorYaml, validateDescriptor } from './descriptor';

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

describe('hostile descriptor text', () => {
  it('refuses a YAML alias bomb with an issue instead of throwing', () => {
    const levels = ['a0: &a0 [x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level <= 12; level += 1) {
      levels.push(
        `a${level}: &a${level} [${Array<string>(9)
          .fill(`*a${level - 1}`)
          .join(', ')}]`,
      );
    }
    const result = parseDescriptorYaml(levels.join('\n'));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues[0]?.message).toMatch(/alias/i);
  });
});

describe('descriptor rules beyond single fields', () => {
  const base = {
    apiVersion: 'v1.0.0',
    kind: 'DataProduct',
    id: 'orders-placed',
    name: 'Orders placed',
    domain: 'orders',
    team: { name: 'orders-team' },
  };

  it('refuses two input ports with the same name', () => {
    const result = validateDescriptor({
      ...base,
      inputPorts: [
        { name: 'customers', contractId: 'customer-profiles/profiles' },
        { name: 'customers', contractId: 'customer-profiles/addresses' },
      ],
    });
    expect(result).toEqual({
      ok: false,
      issues: [{ path: 'inputPorts.1.name', message: 'duplicate input port name "customers"' }],
    });
  });

  it('refuses a product that replaces itself', () => {
    const result = validateDescriptor({ ...base, 'x-tessera': { replacement: 'orders-placed' } });
    expect(result).toEqual({
      ok: false,
      issues: [{ path: 'x-tessera.replacement', message: 'a product cannot replace itself' }],
    });
  });

  it('needs a sunset date on a deprecated product', () => {
    expect(validateDescriptor({ ...base, status: 'deprecated' })).toEqual({
      ok: false,
      issues: [{ path: 'x-tessera.sunsetAt', message: 'a deprecated product needs a sunset date' }],
    });
    expect(
      validateDescriptor({ ...base, status: 'deprecated', 'x-tessera': { sunsetAt: '2027-01-01T00:00:00Z' } }).ok,
    ).toBe(true);
  });
});

describe('locating a path in descriptor text', () => {
  it('finds the line and column of a field the server names', () => {
    expect(locateDescriptorPath(VALID, 'inputPorts.0.contractId')).toEqual({ line: 20, column: 17 });
    expect(locateDescriptorPath(VALID, 'team.name')).toEqual({ line: 8, column: 9 });
  });

  it('falls back to the nearest parent of a missing field', () => {
    expect(locateDescriptorPath(VALID, 'x-tessera.sunsetAt')).toEqual({ line: 1, column: 1 });
    expect(locateDescriptorPath(VALID, 'outputPorts.0.nope')).toEqual({ line: 14, column: 5 });
  });
});
