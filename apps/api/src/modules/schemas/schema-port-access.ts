import { Injectable } from '@nestjs/common';
import type { TransactionClient } from '../audit/audit.service';
import { AuthorizationService } from '../authorization/authorization.service';
import type { Action } from '../authorization/policy';
import type { Actor } from '../identity/actor';
import { isId } from '../products/dto/validation';
import { schemasError } from './schemas.errors';
import { SchemasRepository, type PortWithProduct } from './schemas.repository';

const portNotFound = () => schemasError('OUTPUT_PORT_NOT_FOUND');

/**
 * The access checks every schema use case starts with. A port is as visible as its product:
 * another team's draft answers OUTPUT_PORT_NOT_FOUND, exactly like a port that does not exist.
 */
@Injectable()
export class SchemaPortAccess {
  constructor(
    private readonly authorization: AuthorizationService,
    private readonly repository: SchemasRepository,
  ) {}

  /** The port when the actor can see its product, else OUTPUT_PORT_NOT_FOUND. */
  async visiblePort(actor: Actor, portId: string, tx?: TransactionClient): Promise<PortWithProduct> {
    const port = isId(portId) ? await this.repository.findPort(portId, tx) : null;
    return this.assertVisible(actor, port);
  }

  /**
   * Locks the port's product for the rest of the transaction, then checks that the actor can
   * see it (else NOT_FOUND) and may do `action` (else FORBIDDEN). Retired products are read-only.
   */
  async lockForChange(tx: TransactionClient, actor: Actor, portId: string, action: Action): Promise<PortWithProduct> {
    const found = await this.visiblePort(actor, portId, tx);
    await this.repository.lockProduct(tx, found.product.id);
    // Read again under the lock: a concurrent change may have altered or removed the port.
    const port = this.assertVisible(actor, await this.repository.findPort(portId, tx));
    this.authorization.assert(actor, action, { teamId: port.product.teamId, status: port.product.status });
    if (port.product.status === 'RETIRED') throw schemasError('DATA_PRODUCT_RETIRED');
    return port;
  }

  /**
   * Registry subjects name the topic (a connection detail) and drift is the owners' to act on:
   * both are shown to the owning team and admins, as connection details are.
   */
  seesRegistryDetails(actor: Actor, teamId: string): boolean {
    return this.authorization.allows(actor, 'port.readConnection', { teamId });
  }

  private assertVisible(actor: Actor, port: PortWithProduct | null): PortWithProduct {
    if (!port) throw portNotFound();
    this.authorization.assertVisible(
      actor,
      'product.read',
      { teamId: port.product.teamId, status: port.product.status },
      portNotFound,
    );
    return port;
  }
}
