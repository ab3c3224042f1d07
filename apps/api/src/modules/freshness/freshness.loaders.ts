import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import type { IncidentStatus } from '../../generated/prisma/client';
import type { GraphqlContext } from '../../infra/graphql/loader-registry';
import {
  buildConnection,
  toPageRequest,
  type ConnectionArgs,
  type ConnectionShape,
} from '../../infra/graphql/pagination';
import { AuthorizationService } from '../authorization/authorization.service';
import { productVisibility } from '../authorization/policy';
import type { Actor } from '../identity/actor';
import { requestContextOf } from '../identity/request-context.decorator';
import type { User } from '../organisation/models/user.model';
import type { DataProduct } from '../products/models/data-product.model';
import type { OutputPort } from '../products/models/ports.model';
import { toDataProduct, toOutputPort } from '../products/product.mapper';
import { freshnessError } from './freshness.errors';
import { HistoryRepository, type IncidentScope, type IncidentWithPlace, type ResultRow } from './history.repository';
import type { FreshnessObjective, FreshnessResult } from './models/freshness-objective.model';
import type { Incident } from './models/incident.model';
import { toIncident, toObjective } from './objective.mapper';
import { ObjectivesRepository } from './objectives.repository';

function byKey<Row>(rows: readonly Row[], keyOf: (row: Row) => string): Map<string, Row> {
  return new Map(rows.map((row) => [keyOf(row), row]));
}

function groupBy<Row>(rows: readonly Row[], keyOf: (row: Row) => string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const group = groups.get(keyOf(row));
    if (group) group.push(row);
    else groups.set(keyOf(row), [row]);
  }
  return groups;
}

export function incidentOf(row: IncidentWithPlace): Incident {
  return toIncident(row, { portId: row.objective.portId, productId: row.objective.port.productId });
}

function toResult(row: ResultRow): FreshnessResult {
  return {
    id: row.id.toString(),
    status: row.status,
    startedAt: row.startedAt,
    endedAt: row.endedAt,
    lastCheckedAt: row.lastCheckedAt,
    checkCount: row.checkCount,
    lastDataAt: row.lastDataAt,
    errorCode: row.errorCode,
    errorMessage: row.errorMessage,
  };
}

/** One clock per request, so every window of a response ends at the same instant. */
const requestNow = new WeakMap<GraphqlContext, Date>();

/**
 * Request-scoped DataLoaders for everything freshness adds to the graph. Parents reached
 * through a visible product are visible; loaders reached by id (incidents, objectives) apply
 * the viewer's product visibility themselves.
 */
@Injectable()
export class FreshnessLoaders {
  constructor(
    private readonly authorization: AuthorizationService,
    private readonly objectives: ObjectivesRepository,
    private readonly history: HistoryRepository,
  ) {}

  actorOf(context: GraphqlContext): Actor {
    return requestContextOf(context).actor;
  }

  now(context: GraphqlContext): Date {
    let now = requestNow.get(context);
    if (!now) {
      now = new Date();
      requestNow.set(context, now);
    }
    return now;
  }

  objectiveOfPort(context: GraphqlContext): DataLoader<string, FreshnessObjective | null> {
    const now = this.now(context);
    return context.loaders.get('freshness.objectiveByPortId', async (portIds: readonly string[]) => {
      const rows = byKey(await this.objectives.byPortIds(portIds), (row) => row.portId);
      return portIds.map((id) => {
        const row = rows.get(id);
        return row ? toObjective(row, row.port.productId, now) : null;
      });
    });
  }

  visibleObjective(context: GraphqlContext): DataLoader<string, FreshnessObjective | null> {
    const now = this.now(context);
    const visibility = productVisibility(this.actorOf(context));
    return context.loaders.get('freshness.visibleObjectiveById', async (ids: readonly string[]) => {
      const rows = byKey(await this.objectives.visibleByIds(ids, visibility), (row) => row.id);
      return ids.map((id) => {
        const row = rows.get(id);
        return row ? toObjective(row, row.port.productId, now) : null;
      });
    });
  }

  visiblePort(context: GraphqlContext): DataLoader<string, OutputPort | null> {
    const visibility = productVisibility(this.actorOf(context));
    return context.loaders.get('freshness.visiblePortById', async (ids: readonly string[]) => {
      const rows = byKey(await this.objectives.visiblePortsByIds(ids, visibility), (row) => row.id);
      return ids.map((id) => {
        const row = rows.get(id);
        return row ? toOutputPort(row) : null;
      });
    });
  }

  visibleProduct(context: GraphqlContext): DataLoader<string, DataProduct | null> {
    const actor = this.actorOf(context);
    return context.loaders.get('freshness.visibleProductById', async (ids: readonly string[]) => {
      const rows = byKey(await this.objectives.productsByIds(ids), (row) => row.id);
      return ids.map((id) => {
        const row = rows.get(id);
        return row && this.authorization.allows(actor, 'product.read', { teamId: row.teamId, status: row.status })
          ? toDataProduct(row)
          : null;
      });
    });
  }

  user(context: GraphqlContext): DataLoader<string, User | null> {
    return context.loaders.get('freshness.userById', async (ids: readonly string[]) => {
      const rows = byKey(await this.history.usersByIds(ids), (row) => row.id);
      return ids.map((id) => {
        const row = rows.get(id);
        return row
          ? { id: row.id, email: row.email, displayName: row.displayName, isPlatformAdmin: row.isPlatformAdmin }
          : null;
      });
    });
  }

  openIncident(context: GraphqlContext): DataLoader<string, Incident | null> {
    return context.loaders.get('freshness.unresolvedIncidentByObjectiveId', async (ids: readonly string[]) => {
      const rows = byKey(await this.history.unresolvedByObjectives(ids), (row) => row.objectiveId);
      return ids.map((id) => {
        const row = rows.get(id);
        return row ? incidentOf(row) : null;
      });
    });
  }

  /** Runs overlapping the last `days` days, per objective, in one statement for every objective of the response. */
  runsInWindow(context: GraphqlContext, days: number): DataLoader<string, ResultRow[]> {
    const from = new Date(this.now(context).getTime() - days * 86_400_000);
    return context.loaders.get(`freshness.runsInWindow:${days}`, async (ids: readonly string[]) => {
      const groups = groupBy(await this.history.runsSince(ids, from), (row) => row.objectiveId);
      return ids.map((id) => groups.get(id) ?? []);
    });
  }

  async historyPage(objectiveId: string, args: ConnectionArgs): Promise<ConnectionShape<FreshnessResult>> {
    const page = toPageRequest(args);
    const rows = await this.history.resultsPage(objectiveId, page);
    return buildConnection(rows, page, {
      cursorOf: (row) => [row.id.toString()],
      countTotal: () => this.history.countResults(objectiveId),
      toNode: toResult,
    });
  }

  async incidents(
    scope: IncidentScope,
    statuses: readonly IncidentStatus[] | null,
    args: ConnectionArgs,
  ): Promise<ConnectionShape<Incident>> {
    const page = toPageRequest(args);
    const rows = await this.history.incidentsPage(scope, statuses, page);
    return buildConnection(rows, page, {
      cursorOf: (row) => [row.openedAt.toISOString(), row.id],
      countTotal: () => this.history.countIncidents(scope, statuses),
      toNode: incidentOf,
    });
  }

  /** `incident(id)`: NOT_FOUND when missing or when its product is hidden from the viewer. */
  async incident(context: GraphqlContext, id: string): Promise<Incident> {
    const actor = this.actorOf(context);
    this.authorization.assert(actor, 'product.discover');
    const row = /^[0-9a-f-]{36}$/i.test(id) ? await this.history.findIncident(id) : null;
    const notFound = () => freshnessError('INCIDENT_NOT_FOUND');
    if (!row) throw notFound();
    const { product } = row.objective.port;
    this.authorization.assertVisible(
      actor,
      'product.read',
      { teamId: product.teamId, status: product.status as DataProduct['status'] },
      notFound,
    );
    return incidentOf(row);
  }
}
