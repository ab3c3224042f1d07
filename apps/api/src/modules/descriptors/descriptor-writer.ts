import { Injectable } from '@nestjs/common';
import type { ProductStatus } from '@tessera/contracts';
import type { Prisma } from '../../generated/prisma/client';
import { AuditService, type AuditEntry, type TransactionClient } from '../audit/audit.service';
import type { RequestContext } from '../identity/actor';
import type { ApplyPlan } from './descriptor-plan';
import type { ProductSnapshot } from './descriptor-snapshot';
import {
  DescriptorsRepository,
  type ProductColumns,
  type ProductRow,
  type StoredProduct,
} from './descriptors.repository';

/** Everything an apply has checked and resolved, ready to be written. */
export interface ResolvedApply {
  readonly stored: StoredProduct | null;
  readonly desired: ProductSnapshot;
  readonly plan: ApplyPlan;
  /** The statuses the product passes through, in order. */
  readonly steps: readonly ProductStatus[];
  readonly teamId: string;
  readonly domainId: string;
  readonly replacementId: string | null;
  /** Input port name -> the id of the output port it reads. */
  readonly sourcePortIds: ReadonlyMap<string, string>;
}

const STEP_ACTION: Record<ProductStatus, string> = {
  DRAFT: 'data_product.update',
  PUBLISHED: 'data_product.publish',
  DEPRECATED: 'data_product.deprecate',
  RETIRED: 'data_product.retire',
};

/** The lifecycle timestamps the steps set: first publication, deprecation, retirement. */
export function lifecycleTimestamps(
  stored: Pick<ProductRow, 'publishedAt' | 'status'> | null,
  steps: readonly ProductStatus[],
  now: Date,
): Pick<ProductColumns, 'publishedAt' | 'deprecatedAt' | 'retiredAt'> {
  const timestamps: Pick<ProductColumns, 'publishedAt' | 'deprecatedAt' | 'retiredAt'> = {};
  for (const step of steps) {
    if (step === 'PUBLISHED') {
      timestamps.publishedAt = stored?.publishedAt ?? now;
      // Back from deprecation: it is no longer deprecated.
      if (stored?.status === 'DEPRECATED') timestamps.deprecatedAt = null;
    }
    if (step === 'DEPRECATED') timestamps.deprecatedAt = now;
    if (step === 'RETIRED') timestamps.retiredAt = now;
  }
  return timestamps;
}

/** Writes a checked apply: the product, its ports, and one audit event per changed entity. */
@Injectable()
export class DescriptorWriter {
  constructor(
    private readonly repository: DescriptorsRepository,
    private readonly audit: AuditService,
  ) {}

  async write(tx: TransactionClient, request: RequestContext, apply: ResolvedApply): Promise<ProductRow> {
    const { row, entry } = await this.writeProduct(tx, apply);
    await this.writePorts(tx, request, row, apply);
    // Recorded after the ports, so the product's event carries its final set of ports.
    if (entry) await this.audit.record(tx, request, entry);
    return row;
  }

  /** Writes the product row; returns the audit entry to record once its ports are written. */
  private async writeProduct(
    tx: TransactionClient,
    apply: ResolvedApply,
  ): Promise<{ row: ProductRow; entry: AuditEntry | null }> {
    const { stored, desired, teamId } = apply;
    const columns: ProductColumns = {
      name: desired.name,
      domainId: apply.domainId,
      purpose: desired.purpose,
      usage: desired.usage,
      limitations: desired.limitations,
      tags: [...desired.tags],
      classification: desired.classification,
      accessMode: desired.accessMode,
      status: desired.status,
      supportLinks: desired.supportLinks as Prisma.InputJsonArray,
      sunsetAt: desired.sunsetAt ? new Date(desired.sunsetAt) : null,
      replacementId: apply.replacementId,
      extensions: desired.extensions as Prisma.InputJsonObject,
      ...lifecycleTimestamps(stored?.row ?? null, apply.steps, new Date()),
    };
    if (!stored) {
      const created = await this.repository.createProduct(tx, { ...columns, slug: desired.slug, teamId });
      return {
        row: created,
        entry: {
          action: 'data_product.create',
          entityType: 'data_product',
          entityId: created.id,
          teamId,
          before: null,
          after: created,
        },
      };
    }
    // Written even when only ports change, so the product's updatedAt says it changed.
    const updated = await this.repository.updateProduct(tx, stored.row.id, columns);
    if (!apply.plan.productChanged) return { row: updated, entry: null };
    const lastStep = apply.steps[apply.steps.length - 1];
    return {
      row: updated,
      entry: {
        action: lastStep ? STEP_ACTION[lastStep] : 'data_product.update',
        entityType: 'data_product',
        entityId: updated.id,
        teamId,
        before: stored.row,
        after: updated,
      },
    };
  }

  private async writePorts(
    tx: TransactionClient,
    request: RequestContext,
    product: ProductRow,
    apply: ResolvedApply,
  ): Promise<void> {
    const { outputPorts, inputPorts } = apply.plan;
    const record = (entityType: string, verb: string, entityId: string, before: unknown, after: unknown) =>
      this.audit.record(tx, request, {
        action: `${entityType}.${verb}`,
        entityType,
        entityId,
        teamId: product.teamId,
        before,
        after,
      });
    const storedInput = (name: string) => apply.stored?.inputPorts.get(name);
    const storedOutput = (name: string) => apply.stored?.outputPorts.get(name);

    // Edges first: removing an input port never depends on anything else.
    for (const port of inputPorts.remove) {
      const row = storedInput(port.name);
      if (!row) continue;
      await this.repository.deleteInputPort(tx, row.id);
      await record('input_port', 'delete', row.id, row, null);
    }
    for (const port of outputPorts.remove) {
      const row = storedOutput(port.name);
      if (!row) continue;
      await this.repository.deleteOutputPort(tx, row.id);
      await record('output_port', 'delete', row.id, row, null);
    }
    for (const { after } of outputPorts.update) {
      const row = storedOutput(after.name);
      if (!row) continue;
      const updated = await this.repository.updateOutputPort(tx, row.id, after);
      await record('output_port', 'update', row.id, row, updated);
    }
    for (const port of outputPorts.create) {
      const created = await this.repository.createOutputPort(tx, product.id, port);
      await record('output_port', 'create', created.id, null, created);
    }
    // Search reads port names and their latest schema fields from search_extra.
    if (outputPorts.remove.length + outputPorts.update.length + outputPorts.create.length > 0)
      await this.repository.refreshSearchExtra(tx, product.id);
    for (const { after } of inputPorts.update) {
      const row = storedInput(after.name);
      if (!row) continue;
      const updated = await this.repository.updateInputPort(tx, row.id, after);
      await record('input_port', 'update', row.id, row, updated);
    }
    for (const port of inputPorts.create) {
      const sourcePortId = apply.sourcePortIds.get(port.name);
      if (!sourcePortId) throw new Error(`input port ${port.name} has no resolved source`);
      const created = await this.repository.createInputPort(tx, product.id, sourcePortId, port);
      await record('input_port', 'create', created.id, null, created);
    }
  }
}
