import type { SchemaChange } from './compatibility';
import type { PortSubscriber, PortWithProduct, SchemaVersionRow } from './schemas.repository';

/**
 * The data of a `schema.version.published` event (packages/contracts events.ts, Avro record
 * SchemaVersionState): also the audit row's `after`, from which the outbox takes it.
 */
export function schemaVersionEvent(
  row: SchemaVersionRow,
  input: {
    readonly port: Pick<PortWithProduct, 'id' | 'name' | 'product'>;
    readonly verdict: string;
    readonly changes: readonly SchemaChange[];
    readonly subscribers: readonly PortSubscriber[];
  },
): Record<string, unknown> {
  return {
    versionId: row.id,
    portId: input.port.id,
    productId: input.port.product.id,
    portName: input.port.name,
    version: row.version,
    format: row.format,
    fingerprint: row.fingerprint,
    contractVersion: row.contractVersion,
    source: row.source,
    verdict: input.verdict,
    breaking: row.breaking,
    overrideReason: row.overrideReason,
    registryId: row.registryId,
    changes: input.changes.map(({ path, kind, breaks, message }) => ({ path, kind, breaks, message })),
    subscribers: input.subscribers.map(({ subscriptionId, teamId, teamSlug, teamName }) => ({
      subscriptionId,
      teamId,
      teamSlug,
      teamName,
    })),
    publishedAt: row.createdAt.getTime(),
  };
}
