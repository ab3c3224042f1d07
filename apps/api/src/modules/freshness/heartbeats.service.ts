import { Injectable } from '@nestjs/common';
import { AuthorizationService } from '../authorization/authorization.service';
import type { RequestContext } from '../identity/actor';
import type { ReportFreshnessCommand } from './dto/simple-inputs';
import { freshnessError } from './freshness.errors';
import { HeartbeatsRepository } from './heartbeats.repository';
import type { FreshnessHeartbeat } from './models/payloads.model';
import { ObjectivesRepository } from './objectives.repository';

/** Producer clocks drift; a report further ahead than this is a bug, not data from the future. */
const MAX_CLOCK_SKEW_MS = 5 * 60_000;

const portNotFound = () => freshnessError('OUTPUT_PORT_NOT_FOUND');

/**
 * PUSH freshness: producers report the time of their newest data. A heartbeat is a
 * measurement, not a catalog change, so it is not audited (10,000 producers reporting every
 * minute would drown the audit log); the stored value is the newest time reported.
 */
@Injectable()
export class HeartbeatsService {
  constructor(
    private readonly authorization: AuthorizationService,
    private readonly objectives: ObjectivesRepository,
    private readonly heartbeats: HeartbeatsRepository,
  ) {}

  async report(request: RequestContext, input: ReportFreshnessCommand): Promise<FreshnessHeartbeat> {
    // Tokens scoped freshness:report alone cannot read the catalog, so the port is read
    // first and the policy decides on its owning team.
    const port = await this.objectives.findPort(input.portId);
    const product = port ? await this.objectives.findProduct(port.productId) : null;
    if (!port || !product) {
      if (request.actor.type === 'anonymous') this.authorization.assert(request.actor, 'freshness.report');
      throw portNotFound();
    }
    const resource = { teamId: product.teamId, status: product.status };
    // Another team's draft is not revealed: NOT_FOUND, as if it did not exist.
    if (product.status === 'DRAFT' && !this.authorization.allows(request.actor, 'freshness.report', resource)) {
      this.authorization.assertVisible(request.actor, 'freshness.report', resource, portNotFound);
    }
    this.authorization.assert(request.actor, 'freshness.report', resource);
    const now = new Date();
    if (input.lastUpdatedAt.getTime() > now.getTime() + MAX_CLOCK_SKEW_MS) {
      throw freshnessError('FUTURE_HEARTBEAT', undefined, [{ path: 'lastUpdatedAt', message: 'is in the future' }]);
    }
    const stored = await this.heartbeats.record(port.id, input.lastUpdatedAt, now);
    return { portId: port.id, ...stored };
  }
}
