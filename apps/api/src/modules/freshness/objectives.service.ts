import { Injectable } from '@nestjs/common';
import { AuditService, type TransactionClient } from '../audit/audit.service';
import { AuthorizationService } from '../authorization/authorization.service';
import type { Action } from '../authorization/policy';
import type { Actor, RequestContext } from '../identity/actor';
import { toOutputPort } from '../products/product.mapper';
import type { OutputPort } from '../products/models/ports.model';
import type { RemoveFreshnessObjectiveCommand } from './dto/simple-inputs';
import type { SetFreshnessObjectiveCommand } from './dto/set-freshness-objective.input';
import { freshnessError } from './freshness.errors';
import { FreshnessSchedules } from './freshness-schedules';
import type { FreshnessObjective } from './models/freshness-objective.model';
import { objectiveSnapshot, toObjective } from './objective.mapper';
import { mergeObjective } from './objective-settings';
import { ObjectivesRepository, type PortRow, type ProductRow } from './objectives.repository';
import { sameJson } from '../products/product.mapper';

const portNotFound = () => freshnessError('OUTPUT_PORT_NOT_FOUND');

/**
 * Setting and removing freshness objectives. The change and its audit row commit together;
 * the BullMQ schedule follows right after the commit (and the workers' reconciliation
 * repairs it if Redis was away at that moment).
 */
@Injectable()
export class ObjectivesService {
  constructor(
    private readonly authorization: AuthorizationService,
    private readonly objectives: ObjectivesRepository,
    private readonly schedules: FreshnessSchedules,
    private readonly audit: AuditService,
  ) {}

  async setObjective(
    request: RequestContext,
    input: SetFreshnessObjectiveCommand,
  ): Promise<{ objective: FreshnessObjective; outputPort: OutputPort }> {
    this.authorization.assert(request.actor, 'catalog.write');
    const { row, port, product, changed } = await this.objectives.transaction(async (tx) => {
      const { port, product } = await this.lockPort(tx, request.actor, input.portId, 'objective.manage');
      if (product.status === 'RETIRED') throw freshnessError('DATA_PRODUCT_RETIRED');
      const current = await this.objectives.findByPort(port.id, tx);
      const data = mergeObjective(current, input, port.kind);
      if (current) {
        const before = objectiveSnapshot(current);
        const unchanged = Object.entries(data).every(([key, value]) => sameJson(before[key], value));
        if (unchanged) return { row: current, port, product, changed: false };
      }
      const now = new Date();
      const row = current
        ? await this.objectives.update(tx, current.id, data)
        : await this.objectives.create(tx, port.id, data);
      if (current?.enabled && !row.enabled) await this.objectives.closeOpenRun(tx, row.id, now);
      await this.audit.record(tx, request, {
        action: current ? 'freshness_objective.update' : 'freshness_objective.create',
        entityType: 'freshness_objective',
        entityId: row.id,
        teamId: product.teamId,
        before: current ? objectiveSnapshot(current) : null,
        after: objectiveSnapshot(row),
      });
      return { row, port, product, changed: true };
    });
    if (changed) await this.schedules.syncAfterCommit(row);
    return { objective: toObjective(row, product.id), outputPort: toOutputPort(port) };
  }

  async removeObjective(
    request: RequestContext,
    input: RemoveFreshnessObjectiveCommand,
  ): Promise<{ removedObjectiveId: string; outputPort: OutputPort }> {
    this.authorization.assert(request.actor, 'catalog.write');
    const { row, port } = await this.objectives.transaction(async (tx) => {
      const { port, product } = await this.lockPort(tx, request.actor, input.portId, 'objective.manage');
      const row = await this.objectives.findByPort(port.id, tx);
      if (!row) throw freshnessError('OBJECTIVE_NOT_FOUND');
      // Results and incidents go with it (ON DELETE CASCADE): they only mean something against it.
      await this.objectives.delete(tx, row.id);
      await this.audit.record(tx, request, {
        action: 'freshness_objective.delete',
        entityType: 'freshness_objective',
        entityId: row.id,
        teamId: product.teamId,
        before: objectiveSnapshot(row),
        after: null,
      });
      return { row, port };
    });
    await this.schedules.removeAfterCommit(row.id);
    return { removedObjectiveId: row.id, outputPort: toOutputPort(port) };
  }

  /**
   * The port and its locked product, if the actor can see it (else OUTPUT_PORT_NOT_FOUND, as
   * for a missing port) and may do `action` (else FORBIDDEN).
   */
  private async lockPort(
    tx: TransactionClient,
    actor: Actor,
    portId: string,
    action: Action,
  ): Promise<{ port: PortRow; product: ProductRow }> {
    const found = await this.objectives.findPort(portId, tx);
    if (!found) throw portNotFound();
    const product = await this.objectives.lockProduct(tx, found.productId);
    if (!product) throw portNotFound();
    const resource = { teamId: product.teamId, status: product.status };
    this.authorization.assertVisible(actor, 'product.read', resource, portNotFound);
    this.authorization.assert(actor, action, resource);
    // Read again under the product's lock: a concurrent removal may have won.
    const port = await this.objectives.findPort(portId, tx);
    if (!port) throw portNotFound();
    return { port, product };
  }
}
