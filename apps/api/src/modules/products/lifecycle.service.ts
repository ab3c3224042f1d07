import { Injectable } from '@nestjs/common';
import { isLegalTransition } from '@tessera/contracts';
import { AuditService, type TransactionClient } from '../audit/audit.service';
import { AuthorizationService } from '../authorization/authorization.service';
import type { Action } from '../authorization/policy';
import type { RequestContext } from '../identity/actor';
import type { DeprecateDataProductCommand } from './dto/deprecate-data-product.input';
import type { DataProduct } from './models/data-product.model';
import { ProductAccess } from './product-access';
import { toDataProduct } from './product.mapper';
import { productsError } from './products.errors';
import { ProductsRepository, type ProductRow, type ProductUpdateData } from './products.repository';

const ACTION_OF: Record<'PUBLISHED' | 'DEPRECATED' | 'RETIRED', { policy: Action; audit: string }> = {
  PUBLISHED: { policy: 'product.publish', audit: 'data_product.publish' },
  DEPRECATED: { policy: 'product.deprecate', audit: 'data_product.deprecate' },
  RETIRED: { policy: 'product.retire', audit: 'data_product.retire' },
};

/** What a transition changes besides the status, as the audit log records it. */
function lifecycleFields(row: ProductRow) {
  return {
    status: row.status,
    sunsetAt: row.sunsetAt,
    replacementId: row.replacementId,
    publishedAt: row.publishedAt,
    deprecatedAt: row.deprecatedAt,
    retiredAt: row.retiredAt,
  };
}

/**
 * The product lifecycle: DRAFT -> PUBLISHED -> DEPRECATED -> RETIRED, and DEPRECATED back to
 * PUBLISHED. Only the owning team's OWNERs (or platform admins) move a product; anything not
 * in `PRODUCT_TRANSITIONS` is INVALID_TRANSITION, including "moving" to the current status.
 */
@Injectable()
export class LifecycleService {
  constructor(
    private readonly authorization: AuthorizationService,
    private readonly access: ProductAccess,
    private readonly products: ProductsRepository,
    private readonly audit: AuditService,
  ) {}

  /** Publishes a draft, or un-deprecates a product (its sunset date and replacement are cleared). */
  publish(request: RequestContext, input: { id: string }): Promise<DataProduct> {
    this.authorization.assert(request.actor, 'catalog.write');
    return this.transition(request, input.id, 'PUBLISHED', (current, now) => ({
      publishedAt: current.publishedAt ?? now,
      sunsetAt: null,
      replacementId: null,
      deprecatedAt: null,
    }));
  }

  async deprecate(request: RequestContext, input: DeprecateDataProductCommand): Promise<DataProduct> {
    this.authorization.assert(request.actor, 'catalog.write');
    return this.transition(
      request,
      input.id,
      'DEPRECATED',
      async (current, now, tx) => {
        if (input.sunsetAt.getTime() <= now.getTime())
          throw productsError('SUNSET_IN_PAST', undefined, [{ path: 'sunsetAt', message: 'must be in the future' }]);
        if (input.replacementId === undefined && input.reason === undefined)
          throw productsError('REPLACEMENT_REQUIRED', undefined, [
            { path: 'replacementId', message: 'name a replacement product, or give a reason why there is none' },
          ]);
        if (input.replacementId !== undefined) await this.assertReplacement(request, current, input.replacementId, tx);
        return { sunsetAt: input.sunsetAt, replacementId: input.replacementId ?? null, deprecatedAt: now };
      },
      input.reason,
    );
  }

  retire(request: RequestContext, input: { id: string }): Promise<DataProduct> {
    this.authorization.assert(request.actor, 'catalog.write');
    return this.transition(request, input.id, 'RETIRED', (_current, now) => ({ retiredAt: now }));
  }

  /** A replacement is another product, visible to the actor and PUBLISHED, so consumers can move to it. */
  private async assertReplacement(
    request: RequestContext,
    current: ProductRow,
    replacementId: string,
    tx: TransactionClient,
  ): Promise<void> {
    if (replacementId === current.id)
      throw productsError('INVALID_REPLACEMENT', 'A product cannot replace itself', [
        { path: 'replacementId', message: 'is the product itself' },
      ]);
    const replacement = this.access.assertVisible(request.actor, await this.products.findById(replacementId, tx), () =>
      productsError('REPLACEMENT_NOT_FOUND', undefined, [{ path: 'replacementId', message: 'no such data product' }]),
    );
    if (replacement.status !== 'PUBLISHED')
      throw productsError('INVALID_REPLACEMENT', 'The replacement must be a PUBLISHED data product', [
        { path: 'replacementId', message: `is ${replacement.status}` },
      ]);
  }

  private transition(
    request: RequestContext,
    id: string,
    target: 'PUBLISHED' | 'DEPRECATED' | 'RETIRED',
    changes: (current: ProductRow, now: Date, tx: TransactionClient) => ProductUpdateData | Promise<ProductUpdateData>,
    reason?: string,
  ): Promise<DataProduct> {
    const { policy, audit } = ACTION_OF[target];
    return this.products.transaction(async (tx) => {
      const current = await this.access.lockForChange(tx, request.actor, id, policy);
      const from = current.status;
      if (!isLegalTransition(from, target))
        throw productsError('INVALID_TRANSITION', `A ${from} data product cannot become ${target}`);
      const now = new Date();
      const updated = await this.products.update(tx, current.id, {
        ...(await changes(current, now, tx)),
        status: target,
      });
      await this.audit.record(tx, request, {
        action: audit,
        entityType: 'data_product',
        entityId: current.id,
        teamId: current.teamId,
        before: lifecycleFields(current),
        after: { ...lifecycleFields(updated), ...(reason !== undefined ? { reason } : {}) },
      });
      return toDataProduct(updated);
    });
  }
}
