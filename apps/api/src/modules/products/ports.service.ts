import { Injectable } from '@nestjs/common';
import { PORT_KINDS, type PortKind } from '@tessera/contracts';
import { AuditService, type TransactionClient } from '../audit/audit.service';
import { AuthorizationService } from '../authorization/authorization.service';
import type { RequestContext } from '../identity/actor';
import type { AddInputPortCommand } from './dto/add-input-port.input';
import type { AddOutputPortCommand } from './dto/add-output-port.input';
import type { UpdateOutputPortCommand } from './dto/update-output-port.input';
import { issuesOf } from './dto/validation';
import type { DataProduct } from './models/data-product.model';
import type { InputPort, OutputPort } from './models/ports.model';
import { ProductAccess } from './product-access';
import { changedFields, toDataProduct, toInputPort, toOutputPort } from './product.mapper';
import { productsError } from './products.errors';
import { PortsRepository, type OutputPortRow } from './ports.repository';
import { ProductsRepository } from './products.repository';

const outputPortNotFound = () => productsError('OUTPUT_PORT_NOT_FOUND');
const inputPortNotFound = () => productsError('INPUT_PORT_NOT_FOUND');

/** Checks a location against its kind's own schema; each kind owns its format (PORT_KINDS). */
function validLocation(kind: PortKind, location: Record<string, unknown>): Record<string, string> {
  const parsed = PORT_KINDS[kind].location.safeParse(location);
  if (!parsed.success)
    throw productsError(
      'INVALID_PORT_LOCATION',
      `The location is not a valid ${PORT_KINDS[kind].label} location`,
      issuesOf(parsed.error, ['location']),
    );
  return parsed.data;
}

function outputPortAudit(row: OutputPortRow) {
  return {
    productId: row.productId,
    name: row.name,
    description: row.description,
    kind: row.kind,
    location: row.location,
  };
}

/**
 * Output ports (how a product is read) and input ports (which other products' ports it
 * reads: lineage). Every change locks the owning product, so port names stay unique and the
 * product's search text (its port names) is rewritten in the same transaction.
 */
@Injectable()
export class PortsService {
  constructor(
    private readonly authorization: AuthorizationService,
    private readonly access: ProductAccess,
    private readonly products: ProductsRepository,
    private readonly ports: PortsRepository,
    private readonly audit: AuditService,
  ) {}

  async addOutputPort(
    request: RequestContext,
    input: AddOutputPortCommand,
  ): Promise<{ outputPort: OutputPort; dataProduct: DataProduct }> {
    this.authorization.assert(request.actor, 'catalog.write');
    return this.products.transaction(async (tx) => {
      const product = await this.access.lockForChange(tx, request.actor, input.productId, 'product.update');
      this.access.assertNotRetired(product);
      const location = validLocation(input.kind, input.location);
      if (await this.ports.outputPortNameTaken(tx, product.id, input.name))
        throw productsError('PORT_NAME_TAKEN', undefined, [{ path: 'name', message: 'taken' }]);
      const port = await this.ports.createOutputPort(tx, {
        productId: product.id,
        name: input.name,
        description: input.description,
        kind: input.kind,
        location,
      });
      await this.products.refreshSearchExtra(tx, product.id);
      await this.audit.record(tx, request, {
        action: 'output_port.create',
        entityType: 'output_port',
        entityId: port.id,
        teamId: product.teamId,
        before: null,
        after: outputPortAudit(port),
      });
      return { outputPort: toOutputPort(port), dataProduct: await this.reload(tx, product.id) };
    });
  }

  /** Name, description and location; the kind stays. A change to nothing writes nothing. */
  async updateOutputPort(
    request: RequestContext,
    input: UpdateOutputPortCommand,
  ): Promise<{ outputPort: OutputPort; dataProduct: DataProduct }> {
    this.authorization.assert(request.actor, 'catalog.write');
    return this.products.transaction(async (tx) => {
      const { product, port } = await this.lockOutputPort(tx, request, input.id);
      this.access.assertNotRetired(product);
      const { id: _id, ...fields } = input;
      const changes = {
        ...fields,
        ...(fields.location !== undefined ? { location: validLocation(port.kind, fields.location) } : {}),
      };
      const { before, after } = changedFields(port, changes);
      if (Object.keys(after).length === 0)
        return { outputPort: toOutputPort(port), dataProduct: toDataProduct(product) };
      if (after.name !== undefined && (await this.ports.outputPortNameTaken(tx, product.id, input.name!, port.id)))
        throw productsError('PORT_NAME_TAKEN', undefined, [{ path: 'name', message: 'taken' }]);
      // Grants were made on the old location; moving the port would leave them pointing at it.
      if (after.location !== undefined && (await this.ports.countLiveSubscriptions(tx, port.id)) > 0)
        throw productsError('PORT_HAS_SUBSCRIBERS', undefined, [
          { path: 'location', message: 'the port has subscribers' },
        ]);
      const updated = await this.ports.updateOutputPort(tx, port.id, after);
      if (after.name !== undefined) await this.products.refreshSearchExtra(tx, product.id);
      await this.audit.record(tx, request, {
        action: 'output_port.update',
        entityType: 'output_port',
        entityId: port.id,
        teamId: product.teamId,
        before,
        after,
      });
      return { outputPort: toOutputPort(updated), dataProduct: await this.reload(tx, product.id) };
    });
  }

  /**
   * Refused with PORT_IN_USE while any product (visible to the actor or not) reads the port,
   * and with PORT_HAS_SUBSCRIBERS while teams hold grants on it (removal would orphan them).
   */
  async removeOutputPort(
    request: RequestContext,
    input: { id: string },
  ): Promise<{ removedOutputPortId: string; dataProduct: DataProduct }> {
    this.authorization.assert(request.actor, 'catalog.write');
    return this.products.transaction(async (tx) => {
      const { product, port } = await this.lockOutputPort(tx, request, input.id);
      this.access.assertNotRetired(product);
      if ((await this.ports.countConsumers(tx, port.id)) > 0) throw productsError('PORT_IN_USE');
      if ((await this.ports.countLiveSubscriptions(tx, port.id)) > 0) throw productsError('PORT_HAS_SUBSCRIBERS');
      await this.ports.deleteOutputPort(tx, port.id);
      await this.products.refreshSearchExtra(tx, product.id);
      await this.audit.record(tx, request, {
        action: 'output_port.delete',
        entityType: 'output_port',
        entityId: port.id,
        teamId: product.teamId,
        before: outputPortAudit(port),
        after: null,
      });
      return { removedOutputPortId: port.id, dataProduct: await this.reload(tx, product.id) };
    });
  }

  /**
   * A lineage edge: the consuming product reads another product's output port. The source
   * must be visible to the actor (else LINEAGE_SOURCE_NOT_FOUND, as if it did not exist) and
   * not RETIRED; a product cannot read its own ports.
   */
  async addInputPort(
    request: RequestContext,
    input: AddInputPortCommand,
  ): Promise<{ inputPort: InputPort; dataProduct: DataProduct }> {
    const { actor } = request;
    this.authorization.assert(actor, 'catalog.write');
    return this.products.transaction(async (tx) => {
      const product = await this.access.lockForChange(tx, actor, input.productId, 'product.update');
      this.access.assertNotRetired(product);
      const sourceNotFound = () =>
        productsError('LINEAGE_SOURCE_NOT_FOUND', undefined, [
          { path: 'sourcePortId', message: 'no such output port' },
        ]);
      const sourcePort = await this.ports.findOutputPort(input.sourcePortId, tx);
      if (!sourcePort) throw sourceNotFound();
      const source = this.access.assertVisible(
        actor,
        await this.products.findById(sourcePort.productId, tx),
        sourceNotFound,
      );
      if (source.id === product.id)
        throw productsError('SELF_LINEAGE', undefined, [
          { path: 'sourcePortId', message: "is one of the product's own ports" },
        ]);
      if (source.status === 'RETIRED')
        throw productsError('LINEAGE_SOURCE_RETIRED', undefined, [
          { path: 'sourcePortId', message: 'its product is retired' },
        ]);
      if (await this.ports.inputPortNameTaken(tx, product.id, input.name))
        throw productsError('PORT_NAME_TAKEN', undefined, [{ path: 'name', message: 'taken' }]);
      if (await this.ports.inputPortReads(tx, product.id, sourcePort.id))
        throw productsError('INPUT_PORT_EXISTS', undefined, [{ path: 'sourcePortId', message: 'already read' }]);
      const inputPort = await this.ports.createInputPort(tx, {
        productId: product.id,
        sourcePortId: sourcePort.id,
        name: input.name,
        description: input.description,
      });
      await this.audit.record(tx, request, {
        action: 'input_port.create',
        entityType: 'input_port',
        entityId: inputPort.id,
        teamId: product.teamId,
        before: null,
        after: {
          productId: product.id,
          sourcePortId: sourcePort.id,
          name: inputPort.name,
          description: inputPort.description,
        },
      });
      return { inputPort: toInputPort(inputPort), dataProduct: toDataProduct(product) };
    });
  }

  /** Allowed on RETIRED products too, so a retired consumer never pins an upstream port forever. */
  async removeInputPort(
    request: RequestContext,
    input: { id: string },
  ): Promise<{ removedInputPortId: string; dataProduct: DataProduct }> {
    this.authorization.assert(request.actor, 'catalog.write');
    return this.products.transaction(async (tx) => {
      const found = await this.ports.findInputPort(input.id, tx);
      if (!found) throw inputPortNotFound();
      const product = await this.access.lockForChange(
        tx,
        request.actor,
        found.productId,
        'product.update',
        inputPortNotFound,
      );
      // Read again under the product's lock: a concurrent removal may have won.
      const inputPort = await this.ports.findInputPort(input.id, tx);
      if (!inputPort) throw inputPortNotFound();
      await this.ports.deleteInputPort(tx, inputPort.id);
      await this.audit.record(tx, request, {
        action: 'input_port.delete',
        entityType: 'input_port',
        entityId: inputPort.id,
        teamId: product.teamId,
        before: {
          productId: inputPort.productId,
          sourcePortId: inputPort.sourcePortId,
          name: inputPort.name,
          description: inputPort.description,
        },
        after: null,
      });
      return { removedInputPortId: inputPort.id, dataProduct: toDataProduct(product) };
    });
  }

  /** Finds the port, then locks its product and checks access (a hidden product's port is OUTPUT_PORT_NOT_FOUND). */
  private async lockOutputPort(tx: TransactionClient, request: RequestContext, id: string) {
    const found = await this.ports.findOutputPort(id, tx);
    if (!found) throw outputPortNotFound();
    const product = await this.access.lockForChange(
      tx,
      request.actor,
      found.productId,
      'product.update',
      outputPortNotFound,
    );
    // Read again under the product's lock: a concurrent change may have renamed or removed it.
    const port = await this.ports.findOutputPort(id, tx);
    if (!port) throw outputPortNotFound();
    return { product, port };
  }

  private async reload(tx: TransactionClient, productId: string): Promise<DataProduct> {
    const row = await this.products.findById(productId, tx);
    if (!row) throw productsError('DATA_PRODUCT_NOT_FOUND');
    return toDataProduct(row);
  }
}
