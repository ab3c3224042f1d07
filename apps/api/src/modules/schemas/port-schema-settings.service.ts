import { Injectable } from '@nestjs/common';
import { AuditService, type TransactionClient } from '../audit/audit.service';
import { AuthorizationService } from '../authorization/authorization.service';
import type { RequestContext } from '../identity/actor';
import type { OutputPort } from '../products/models/ports.model';
import { toOutputPort } from '../products/product.mapper';
import type { SetPortCompatibilityModeCommand } from './dto/set-port-compatibility-mode.input';
import { SchemaRegistration } from './registry/schema-registration';
import { SchemaPortAccess } from './schema-port-access';
import { schemasError } from './schemas.errors';
import { SchemasRepository } from './schemas.repository';

/** The schema settings of an output port that are not versions: its compatibility mode. */
@Injectable()
export class PortSchemaSettingsService {
  constructor(
    private readonly authorization: AuthorizationService,
    private readonly access: SchemaPortAccess,
    private readonly repository: SchemasRepository,
    private readonly registration: SchemaRegistration,
    private readonly audit: AuditService,
  ) {}

  /**
   * Owners only (policy `schema.overrideBreaking`): relaxing the mode lets breaking changes
   * through, which is the power an override needs. The registry subject, when there is one,
   * gets the same mode first, so a registry that cannot be reached changes nothing.
   */
  async setCompatibilityMode(request: RequestContext, input: SetPortCompatibilityModeCommand): Promise<OutputPort> {
    this.authorization.assert(request.actor, 'catalog.write');
    return this.repository.transaction(async (tx) => {
      const port = await this.access.lockForChange(tx, request.actor, input.portId, 'schema.overrideBreaking');
      if (port.compatibilityMode === input.mode) return this.portRow(port.id, tx);
      await this.registration.syncMode(port, input.mode, tx);
      await this.repository.updatePortSchemaSettings(tx, port.id, { compatibilityMode: input.mode });
      await this.audit.record(tx, request, {
        action: 'output_port.set_compatibility_mode',
        entityType: 'output_port',
        entityId: port.id,
        teamId: port.product.teamId,
        before: { compatibilityMode: port.compatibilityMode },
        after: { compatibilityMode: input.mode },
      });
      return this.portRow(port.id, tx);
    });
  }

  private async portRow(id: string, tx: TransactionClient): Promise<OutputPort> {
    const row = await this.repository.findPortRow(id, tx);
    if (!row) throw schemasError('OUTPUT_PORT_NOT_FOUND');
    return toOutputPort(row);
  }
}
