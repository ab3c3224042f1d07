import { describe, expect, it } from 'vitest';
import { validateDescriptor } from './descriptor';
import { dependencyOrder, referencedProducts } from './descriptor-order';

const ids = (entries: { id: string }[]) => entries.map((entry) => entry.id);

describe('dependency order', () => {
  it('keeps the file order when nothing depends on anything', () => {
    const { ordered, cyclic } = dependencyOrder([
      { id: 'a', dependsOn: [] },
      { id: 'b', dependsOn: [] },
    ]);
    expect(ids(ordered)).toEqual(['a', 'b']);
    expect(cyclic).toEqual([]);
  });

  it('applies a product after the products whose ports it consumes', () => {
    const { ordered } = dependencyOrder([
      { id: 'analytics', dependsOn: ['orders', 'payments'] },
      { id: 'orders', dependsOn: ['customers'] },
      { id: 'payments', dependsOn: ['orders'] },
      { id: 'customers', dependsOn: [] },
    ]);
    expect(ids(ordered)).toEqual(['customers', 'orders', 'payments', 'analytics']);
  });

  it('ignores references to products that are not being applied, and to itself', () => {
    const { ordered } = dependencyOrder([
      { id: 'b', dependsOn: ['elsewhere', 'b'] },
      { id: 'a', dependsOn: [] },
    ]);
    expect(ids(ordered)).toEqual(['b', 'a']);
  });

  it('puts products that consume each other last, in file order, and names them', () => {
    const { ordered, cyclic } = dependencyOrder([
      { id: 'x', dependsOn: ['y'] },
      { id: 'y', dependsOn: ['x'] },
      { id: 'z', dependsOn: [] },
    ]);
    expect(ids(ordered)).toEqual(['z', 'x', 'y']);
    expect(cyclic).toEqual(['x', 'y']);
  });
});

describe('products a descriptor refers to', () => {
  it('lists the sources of its input ports and its replacement', () => {
    const result = validateDescriptor({
      apiVersion: 'v1.0.0',
      kind: 'DataProduct',
      id: 'orders-daily-v1',
      name: 'Orders daily (v1)',
      domain: 'orders',
      team: { name: 'orders-team' },
      inputPorts: [{ name: 'orders', contractId: 'orders-placed/order-events' }],
      'x-tessera': { replacement: 'orders-daily' },
    });
    expect(result.ok && referencedProducts(result.descriptor)).toEqual(['orders-placed', 'orders-daily']);
  });
});
