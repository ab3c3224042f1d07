import { validateDescriptor, type DataProductDescriptor } from '@tessera/contracts';

/** A descriptor using every modeled field, plus unknown fields at every level. */
export const FULL_DOCUMENT = {
  apiVersion: 'v1.0.0',
  kind: 'DataProduct',
  id: 'orders-placed',
  name: 'Orders placed',
  status: 'active',
  domain: 'orders',
  description: {
    purpose: 'Every order placed in the web shop.',
    usage: 'Join on order_id.',
    limitations: 'No refunds.',
    'x-audience': 'analysts',
  },
  tags: ['orders', 'events'],
  team: { name: 'orders-team', 'x-oncall': 'pagerduty/orders' },
  inputPorts: [{ name: 'customers', contractId: 'customer-profiles/profiles', version: '2', 'x-reason': 'enrich' }],
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
      'x-tessera': { kind: 'POSTGRES_TABLE', location: { table: 'orders', schema: 'public', database: 'shop' } },
    },
  ],
  support: [{ channel: '#orders-data', url: 'https://chat.example.com/orders', 'x-hours': '9-17' }],
  'x-tessera': {
    classification: 'CONFIDENTIAL',
    accessMode: 'OPEN',
    'x-cost-centre': { id: 42, owner: 'finance' },
  },
  'x-custom-owner-note': 'kept as is',
};

export function descriptorOf(document: unknown): DataProductDescriptor {
  const result = validateDescriptor(document);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.descriptor;
}
