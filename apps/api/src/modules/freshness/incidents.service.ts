import { Injectable } from '@nestjs/common';
import type { ProductStatus } from '@tessera/contracts';
import { AuditService } from '../audit/audit.service';
import { AuthorizationService } from '../authorization/authorization.service';
import type { RequestContext } from '../identity/actor';
import type { AcknowledgeIncidentCommand } from './dto/simple-inputs';
import { freshnessError } from './freshness.errors';
import { incidentOf } from './freshness.loaders';
import { HistoryRepository } from './history.repository';
import type { Incident } from './models/incident.model';

const incidentNotFound = () => freshnessError('INCIDENT_NOT_FOUND');

/** Acknowledging incidents: a team member says someone is on it; reminders stop. */
@Injectable()
export class IncidentsService {
  constructor(
    private readonly authorization: AuthorizationService,
    private readonly history: HistoryRepository,
    private readonly audit: AuditService,
  ) {}

  /** Allowed again on an acknowledged incident (the note is replaced); refused once resolved. */
  async acknowledge(request: RequestContext, input: AcknowledgeIncidentCommand): Promise<{ incident: Incident }> {
    this.authorization.assert(request.actor, 'catalog.write');
    return this.history.transaction(async (tx) => {
      const row = await this.history.lockIncident(tx, input.id);
      if (!row) throw incidentNotFound();
      const { product } = row.objective.port;
      const resource = { teamId: product.teamId, status: product.status as ProductStatus };
      this.authorization.assertVisible(request.actor, 'product.read', resource, incidentNotFound);
      this.authorization.assert(request.actor, 'incident.acknowledge', resource);
      if (row.status === 'RESOLVED') throw freshnessError('INCIDENT_RESOLVED');
      const updated = await this.history.acknowledge(tx, row.id, {
        at: new Date(),
        userId: request.actor.userId,
        note: input.note,
      });
      await this.audit.record(tx, request, {
        action: 'incident.acknowledge',
        entityType: 'incident',
        entityId: row.id,
        teamId: product.teamId,
        before: { status: row.status, acknowledgeNote: row.acknowledgeNote },
        after: { status: updated.status, acknowledgeNote: updated.acknowledgeNote },
      });
      return { incident: incidentOf(updated) };
    });
  }
}
