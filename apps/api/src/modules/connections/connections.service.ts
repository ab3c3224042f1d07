import { Injectable } from '@nestjs/common';
import type { LoaderRegistry } from '../../infra/graphql/loader-registry';
import { buildConnection, toPageRequest, type ConnectionShape } from '../../infra/graphql/pagination';
import { validateInput } from '../../infra/graphql/validate-input';
import { AuditService } from '../audit/audit.service';
import { AuthorizationService } from '../authorization/authorization.service';
import type { Actor, RequestContext } from '../identity/actor';
import { ConnectionCodec, type ConnectionModel } from './connection-codec';
import { connectionsError } from './connections.errors';
import { ConnectionsRepository, type ConnectionUsage } from './connections.repository';
import { connectionsFilterSchema, type ConnectionsArgs } from './dto/connection-inputs';
import { idSchema } from './dto/validation';

const notFound = () => connectionsError('CONNECTION_NOT_FOUND');

function usageText(usage: ConnectionUsage): string {
  return [
    usage.outputPorts > 0 ? `${usage.outputPorts} output port(s) name it` : null,
    usage.principals > 0 ? `${usage.principals} team principal(s) are set on it` : null,
    usage.linkedClusters > 0 ? `${usage.linkedClusters} Kafka cluster(s) link it` : null,
  ]
    .filter((part) => part !== null)
    .join(', ');
}

/**
 * Reading and removing connections (platform admins). Registering and changing them:
 * ConnectionRegistrationService; testing them: ConnectionTestService.
 */
@Injectable()
export class ConnectionsService {
  constructor(
    private readonly authorization: AuthorizationService,
    private readonly connections: ConnectionsRepository,
    private readonly codec: ConnectionCodec,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, args: ConnectionsArgs): Promise<ConnectionShape<ConnectionModel>> {
    this.authorization.assert(actor, 'connection.read');
    const filter = validateInput(connectionsFilterSchema, { kind: args.kind });
    const page = toPageRequest(args);
    const rows = await this.connections.page(filter, page);
    return buildConnection(rows, page, {
      cursorOf: (row) => [row.name, row.id],
      countTotal: () => this.connections.count(filter),
      toNode: (row) => this.codec.toModel(row),
    });
  }

  async get(actor: Actor, id: string): Promise<ConnectionModel> {
    this.authorization.assert(actor, 'connection.read');
    // An id that is not a UUID names nothing.
    const row = idSchema.safeParse(id).success ? await this.connections.findById(id) : null;
    if (!row) throw notFound();
    return this.codec.toModel(row);
  }

  /** Refused with CONNECTION_IN_USE while output ports name it, team principals are set on it or clusters link it. */
  async remove(request: RequestContext, input: { id: string }): Promise<{ removedConnectionId: string }> {
    this.authorization.assert(request.actor, 'connection.manage');
    return this.connections.transaction(async (tx) => {
      const row = await this.connections.lockById(tx, input.id);
      if (!row) throw notFound();
      const usage = await this.connections.usage(tx, row);
      if (usage.outputPorts + usage.principals + usage.linkedClusters > 0)
        throw connectionsError('CONNECTION_IN_USE', `The connection "${row.name}" is in use: ${usageText(usage)}`);
      await this.connections.delete(tx, row.id);
      await this.audit.record(tx, request, {
        action: 'connection.remove',
        entityType: 'connection',
        entityId: row.id,
        teamId: null,
        before: this.codec.auditForm(row),
        after: null,
      });
      return { removedConnectionId: row.id };
    });
  }

  /** Connections by id, for fields such as KafkaCluster.registry; one query per request. */
  byId(loaders: LoaderRegistry) {
    return loaders.get<string, ConnectionModel | null>('connections.byId', async (ids) => {
      const rows = new Map((await this.connections.findByIds(ids)).map((row) => [row.id, row]));
      return ids.map((id) => {
        const row = rows.get(id);
        return row ? this.codec.toModel(row) : null;
      });
    });
  }
}
