import { Injectable } from '@nestjs/common';
import type { AccessMode, Classification } from '@tessera/contracts';
import type { Prisma } from '../../generated/prisma/client';
import { buildConnection, toPageRequest, type ConnectionShape } from '../../infra/graphql/pagination';
import { AuditService } from '../audit/audit.service';
import { AuthorizationService } from '../authorization/authorization.service';
import { productVisibility } from '../authorization/policy';
import type { RequestContext, Actor } from '../identity/actor';
import type { CreateDataProductCommand } from './dto/create-data-product.input';
import { parseListArguments, type DataProductsArgs } from './dto/data-products.args';
import type { TransferProductOwnershipCommand } from './dto/transfer-product-ownership.input';
import type { UpdateDataProductCommand } from './dto/update-data-product.input';
import type { DataProduct } from './models/data-product.model';
import { ProductAccess } from './product-access';
import { cursorOf } from './product-list.sql';
import { changedFields, productSnapshot, toDataProduct } from './product.mapper';
import { productsError } from './products.errors';
import { ProductsRepository } from './products.repository';
import { isId } from './dto/validation';

/** Sensitive data is never open to everyone: CONFIDENTIAL and RESTRICTED need the owners' approval. */
function assertAccessModeFits(classification: Classification, accessMode: AccessMode): void {
  if (accessMode === 'OPEN' && (classification === 'CONFIDENTIAL' || classification === 'RESTRICTED'))
    throw productsError('OPEN_ACCESS_NOT_ALLOWED', undefined, [
      { path: 'accessMode', message: `${classification} data needs APPROVAL_REQUIRED` },
    ]);
}

/** Reading, registering and describing data products. Lifecycle and ports have their own services. */
@Injectable()
export class ProductsService {
  constructor(
    private readonly authorization: AuthorizationService,
    private readonly access: ProductAccess,
    private readonly products: ProductsRepository,
    private readonly audit: AuditService,
  ) {}

  /** By id or by slug; a hidden draft answers DATA_PRODUCT_NOT_FOUND, exactly like a missing product. */
  async get(actor: Actor, reference: { id?: string | null; slug?: string | null }): Promise<DataProduct> {
    this.authorization.assert(actor, 'product.discover');
    const { id, slug } = reference;
    if ((id == null) === (slug == null))
      throw productsError('INVALID_LOOKUP', undefined, [{ path: 'id', message: 'give exactly one of id and slug' }]);
    // An id that is not a UUID names nothing; answer as for any other unknown id.
    if (id != null && !isId(id)) throw productsError('DATA_PRODUCT_NOT_FOUND');
    const row = id != null ? await this.products.findById(id) : await this.products.findBySlug(slug!);
    return toDataProduct(this.access.assertVisible(actor, row));
  }

  /** Lists visible products with filters and keyset paging; totalCount counts visible ones only. */
  async list(actor: Actor, args: DataProductsArgs): Promise<ConnectionShape<DataProduct>> {
    this.authorization.assert(actor, 'product.discover');
    const { filter, order } = parseListArguments(args);
    const page = toPageRequest(args);
    const visibility = productVisibility(actor);
    const rows = await this.products.list({ filter, order, page, visibility });
    return buildConnection(rows, page, {
      cursorOf: (row) => cursorOf(order, row),
      countTotal: () => this.products.count(filter, visibility),
      toNode: toDataProduct,
    });
  }

  async create(request: RequestContext, input: CreateDataProductCommand): Promise<DataProduct> {
    const { actor } = request;
    this.authorization.assert(actor, 'product.create', { teamId: input.teamId });
    return this.products.transaction(async (tx) => {
      const team = await this.products.findTeam(input.teamId, tx);
      if (!team) throw productsError('TEAM_NOT_FOUND', undefined, [{ path: 'teamId', message: 'no such team' }]);
      const domain = await this.products.findDomain({ id: input.domainId, slug: input.domainSlug }, tx);
      if (!domain)
        throw productsError('DOMAIN_NOT_FOUND', undefined, [
          { path: input.domainId !== undefined ? 'domainId' : 'domainSlug', message: 'no such domain' },
        ]);
      const classification = input.classification ?? 'INTERNAL';
      const accessMode = input.accessMode ?? 'APPROVAL_REQUIRED';
      assertAccessModeFits(classification, accessMode);
      const row = await this.products.create(tx, {
        slug: input.slug,
        name: input.name,
        domainId: domain.id,
        teamId: team.id,
        purpose: input.purpose ?? '',
        usage: input.usage ?? '',
        limitations: input.limitations ?? '',
        tags: input.tags ?? [],
        classification,
        accessMode,
        supportLinks: (input.supportLinks ?? []) as Prisma.InputJsonValue[],
      });
      await this.audit.record(tx, request, {
        action: 'data_product.create',
        entityType: 'data_product',
        entityId: row.id,
        teamId: row.teamId,
        before: null,
        after: productSnapshot(row),
      });
      return toDataProduct(row);
    });
  }

  /** Changes descriptive fields; a change to nothing writes nothing and records no audit event. */
  async update(request: RequestContext, input: UpdateDataProductCommand): Promise<DataProduct> {
    const { actor } = request;
    this.authorization.assert(actor, 'catalog.write');
    return this.products.transaction(async (tx) => {
      const current = await this.access.lockForChange(tx, actor, input.id, 'product.update');
      this.access.assertNotRetired(current);
      const { id: _id, ...fields } = input;
      const { before, after } = changedFields(current, fields);
      if (Object.keys(after).length === 0) return toDataProduct(current);
      if ('classification' in after || 'accessMode' in after)
        assertAccessModeFits(input.classification ?? current.classification, input.accessMode ?? current.accessMode);
      const updated = await this.products.update(tx, current.id, after);
      await this.audit.record(tx, request, {
        action: 'data_product.update',
        entityType: 'data_product',
        entityId: current.id,
        teamId: current.teamId,
        before,
        after,
      });
      return toDataProduct(updated);
    });
  }

  /**
   * Moves a product to another team (platform admins only). Its ports, subscriptions and
   * history stay with it; from now on the new team decides access and sees its drafts.
   */
  async transferOwnership(
    request: RequestContext,
    input: TransferProductOwnershipCommand,
  ): Promise<{ dataProduct: DataProduct; previousTeamId: string }> {
    const { actor } = request;
    this.authorization.assert(actor, 'product.transferOwnership');
    return this.products.transaction(async (tx) => {
      const current = await this.access.lockForChange(tx, actor, input.productId, 'product.transferOwnership');
      this.access.assertNotRetired(current);
      const team = await this.products.findTeam(input.teamId, tx);
      if (!team) throw productsError('TEAM_NOT_FOUND', undefined, [{ path: 'teamId', message: 'no such team' }]);
      if (team.id === current.teamId)
        throw productsError('OWNER_UNCHANGED', undefined, [{ path: 'teamId', message: 'is the current owner' }]);
      const updated = await this.products.transferOwnership(tx, current.id, team.id);
      await this.audit.record(tx, request, {
        action: 'data_product.transfer_ownership',
        entityType: 'data_product',
        entityId: current.id,
        teamId: team.id,
        before: { teamId: current.teamId },
        after: { teamId: team.id, reason: input.reason },
      });
      return { dataProduct: toDataProduct(updated), previousTeamId: current.teamId };
    });
  }
}
