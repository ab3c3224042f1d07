import { describe, expect, it } from 'vitest';
import { lifecycleSteps, planApply } from '../descriptor-plan';
import { snapshotFromDescriptor } from '../descriptor-snapshot';
import { lifecycleTimestamps } from '../descriptor-writer';
import { descriptorOf, FULL_DOCUMENT } from './fixtures';

const snapshot = (document: unknown) => snapshotFromDescriptor(descriptorOf(document));

describe('apply plans', () => {
  it('plans nothing when the descriptor matches what is stored', () => {
    const plan = planApply(snapshot(FULL_DOCUMENT), snapshot(FULL_DOCUMENT));
    expect(plan.isEmpty).toBe(true);
    expect(plan.productChanged).toBe(false);
  });

  it('creates the product and every port when nothing is stored', () => {
    const plan = planApply(null, snapshot(FULL_DOCUMENT));
    expect(plan.productChanged).toBe(true);
    expect(plan.outputPorts.create.map((port) => port.name)).toEqual(['order-events', 'orders-table']);
    expect(plan.inputPorts.create.map((port) => port.name)).toEqual(['customers']);
  });

  it('matches ports by name: updates, removals, and a new edge when the source changes', () => {
    const desired = snapshot({
      ...FULL_DOCUMENT,
      outputPorts: [{ ...FULL_DOCUMENT.outputPorts[0], description: 'Changed.' }],
      inputPorts: [{ name: 'customers', contractId: 'customer-profiles/addresses' }],
    });
    const plan = planApply(snapshot(FULL_DOCUMENT), desired);
    expect(plan.productChanged).toBe(false);
    expect(plan.outputPorts.update.map(({ after }) => after.description)).toEqual(['Changed.']);
    expect(plan.outputPorts.remove.map((port) => port.name)).toEqual(['orders-table']);
    expect(plan.inputPorts.remove.map((port) => port.contractId)).toEqual(['customer-profiles/profiles']);
    expect(plan.inputPorts.create.map((port) => port.contractId)).toEqual(['customer-profiles/addresses']);
  });

  it('counts a change of unknown fields as a change of the product', () => {
    const plan = planApply(snapshot(FULL_DOCUMENT), snapshot({ ...FULL_DOCUMENT, 'x-custom-owner-note': 'new' }));
    expect(plan.productChanged).toBe(true);
  });
});

describe('lifecycle steps', () => {
  it('takes one legal step for an existing product, and refuses an illegal one', () => {
    expect(lifecycleSteps('PUBLISHED', 'PUBLISHED')).toEqual([]);
    expect(lifecycleSteps('DRAFT', 'PUBLISHED')).toEqual(['PUBLISHED']);
    expect(lifecycleSteps('DEPRECATED', 'PUBLISHED')).toEqual(['PUBLISHED']);
    expect(lifecycleSteps('PUBLISHED', 'RETIRED')).toBeNull();
    expect(lifecycleSteps('PUBLISHED', 'DRAFT')).toBeNull();
    expect(lifecycleSteps('RETIRED', 'PUBLISHED')).toBeNull();
  });

  it('walks a new product from draft along the shortest legal path', () => {
    expect(lifecycleSteps(null, 'DRAFT')).toEqual([]);
    expect(lifecycleSteps(null, 'PUBLISHED')).toEqual(['PUBLISHED']);
    expect(lifecycleSteps(null, 'DEPRECATED')).toEqual(['PUBLISHED', 'DEPRECATED']);
    expect(lifecycleSteps(null, 'RETIRED')).toEqual(['PUBLISHED', 'DEPRECATED', 'RETIRED']);
  });

  it('stamps first publication once and clears the deprecation when a product returns', () => {
    const now = new Date('2026-12-01T00:00:00Z');
    const first = new Date('2026-01-01T00:00:00Z');
    expect(lifecycleTimestamps(null, ['PUBLISHED', 'DEPRECATED'], now)).toEqual({
      publishedAt: now,
      deprecatedAt: now,
    });
    expect(lifecycleTimestamps({ status: 'DEPRECATED', publishedAt: first }, ['PUBLISHED'], now)).toEqual({
      publishedAt: first,
      deprecatedAt: null,
    });
    expect(lifecycleTimestamps({ status: 'PUBLISHED', publishedAt: first }, [], now)).toEqual({});
  });
});
