import { Injectable } from '@nestjs/common';
import { EVENT_TYPES, type EventName } from '@tessera/contracts';
import { v7 as uuidv7 } from 'uuid';
import type { Prisma } from '../../generated/prisma/client';
import type { AuditEntry, TransactionClient } from '../audit/audit.service';
import { OutboxRepository } from './outbox.repository';

/** Which audited changes other systems hear about, and as what. */
const EVENT_OF_ACTION: Readonly<Record<string, EventName>> = {
  'data_product.create': 'data_product.registered',
  'data_product.update': 'data_product.updated',
  'data_product.publish': 'data_product.published',
  'data_product.deprecate': 'data_product.deprecated',
  'data_product.retire': 'data_product.retired',
  // The new teamId is in the product's state, which is what data_product.updated carries.
  'data_product.transfer_ownership': 'data_product.updated',
  'output_port.create': 'output_port.added',
  'output_port.delete': 'output_port.removed',
  // A schema version's audit `after` is the event's data: the version, its diff and its subscribers.
  'schema_version.publish': 'schema.version.published',
  'schema_version.drift': 'schema.version.published',
  // A subscription's state after each decision, keyed by its product (see subscriptionState).
  'subscription.request': 'subscription.requested',
  'subscription.approve': 'subscription.approved',
  'subscription.reject': 'subscription.rejected',
  'subscription.renewal_approve': 'subscription.renewed',
  'subscription.revoke': 'subscription.revoked',
  'subscription.expire': 'subscription.expired',
};

/**
 * Writes catalog events into the outbox inside the transaction of the change. The audit
 * writer calls it for every audited change, so no mutation can forget its event, and an
 * event exists exactly when its change committed.
 */
@Injectable()
export class OutboxService {
  constructor(private readonly outbox: OutboxRepository) {}

  async appendForChange(tx: TransactionClient, entry: AuditEntry): Promise<void> {
    const name = EVENT_OF_ACTION[entry.action];
    if (!name) return;
    const definition = EVENT_TYPES[name];
    const data =
      entry.entityType === 'data_product'
        ? await productState(tx, entry.entityId)
        : entry.entityType === 'schema_version'
          ? (entry.after as Record<string, unknown> | null)
          : entry.entityType === 'subscription'
            ? subscriptionState(entry)
            : portState(entry);
    if (!data) return;
    await this.outbox.append(tx, {
      id: uuidv7(),
      eventType: name,
      aggregateType: definition.aggregateType,
      aggregateId: entry.entityType === 'data_product' ? entry.entityId : String(data.productId),
      dataVersion: definition.dataVersion,
      payload: data as Prisma.InputJsonValue,
      occurredAt: new Date(),
    });
  }
}

/** The product as committed by this transaction (the change is already applied in it). */
async function productState(tx: TransactionClient, id: string): Promise<Record<string, unknown> | null> {
  const product = await tx.dataProduct.findUnique({
    where: { id },
    include: { outputPorts: { select: { name: true }, orderBy: { name: 'asc' } } },
  });
  if (!product) return null;
  return {
    id: product.id,
    slug: product.slug,
    name: product.name,
    domainId: product.domainId,
    teamId: product.teamId,
    status: product.status,
    classification: product.classification,
    accessMode: product.accessMode,
    tags: product.tags,
    sunsetAt: product.sunsetAt?.getTime() ?? null,
    replacementId: product.replacementId,
    outputPorts: product.outputPorts.map((port) => port.name),
    updatedAt: product.updatedAt.getTime(),
  };
}

/** Carries no purpose or reasons: free text stays in the catalog, where only the two teams read it. */
function subscriptionState(entry: AuditEntry): Record<string, unknown> | null {
  const after = entry.after as {
    productId?: string;
    portId?: string;
    consumerTeamId?: string;
    status?: string;
    expiresAt?: Date | string | null;
  } | null;
  if (!after?.productId || !after.portId || !after.consumerTeamId || !after.status) return null;
  return {
    subscriptionId: entry.entityId,
    productId: after.productId,
    portId: after.portId,
    consumerTeamId: after.consumerTeamId,
    status: after.status,
    expiresAt: after.expiresAt ? new Date(after.expiresAt).getTime() : null,
  };
}

function portState(entry: AuditEntry): Record<string, unknown> | null {
  const port = (entry.after ?? entry.before) as {
    id?: string;
    productId?: string;
    name?: string;
    kind?: string;
  } | null;
  if (!port?.productId) return null;
  return { portId: entry.entityId, productId: port.productId, name: port.name ?? '', kind: port.kind ?? '' };
}
