import { Injectable } from '@nestjs/common';
import type { ProductStatus } from '@tessera/contracts';
import type { DomainError } from '../../infra/graphql/domain-error';
import type { TransactionClient } from '../audit/audit.service';
import { AuthorizationService } from '../authorization/authorization.service';
import type { Action } from '../authorization/policy';
import type { Actor } from '../identity/actor';
import { productsError } from './products.errors';
import { ProductsRepository, type ProductRow } from './products.repository';

const productNotFound = () => productsError('DATA_PRODUCT_NOT_FOUND');

/** The checks every change to a product starts with, shared by the products, lifecycle and ports services. */
@Injectable()
export class ProductAccess {
  constructor(
    private readonly authorization: AuthorizationService,
    private readonly products: ProductsRepository,
  ) {}

  /** A product the actor can see, or the given NOT_FOUND (the same for missing and hidden). */
  assertVisible(actor: Actor, row: ProductRow | null, notFound: () => DomainError = productNotFound): ProductRow {
    if (row === null) throw notFound();
    this.authorization.assertVisible(actor, 'product.read', resourceOf(row), notFound);
    return row;
  }

  isVisible(actor: Actor, row: ProductRow): boolean {
    return this.authorization.allows(actor, 'product.read', resourceOf(row));
  }

  /**
   * Locks the product for the rest of the transaction, then checks that the actor can see it
   * (else NOT_FOUND) and may do `action` to it (else FORBIDDEN).
   */
  async lockForChange(
    tx: TransactionClient,
    actor: Actor,
    productId: string,
    action: Action,
    notFound: () => DomainError = productNotFound,
  ): Promise<ProductRow> {
    const row = this.assertVisible(actor, await this.products.lockById(tx, productId), notFound);
    this.authorization.assert(actor, action, resourceOf(row));
    return row;
  }

  /**
   * Retired products are read-only tombstones kept for lineage and history: no edits, no
   * port changes, no new inputs. Removing their input ports stays possible, so upstream
   * owners are never blocked from removing a port by a product nobody maintains.
   */
  assertNotRetired(row: ProductRow): void {
    if (row.status === 'RETIRED') throw productsError('DATA_PRODUCT_RETIRED');
  }
}

export function resourceOf(row: Pick<ProductRow, 'teamId' | 'status'>): { teamId: string; status: ProductStatus } {
  return { teamId: row.teamId, status: row.status };
}
