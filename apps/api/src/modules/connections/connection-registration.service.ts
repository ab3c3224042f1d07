import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { Injectable } from '@nestjs/common';
import { AuditService, type TransactionClient } from '../audit/audit.service';
import { AuthorizationService } from '../authorization/authorization.service';
import type { RequestContext } from '../identity/actor';
import { ConnectionCodec } from './connection-codec';
import {
  auditSnapshot,
  changedSecrets,
  registeredKafkaCluster,
  registeredPostgresDatabase,
  registeredSchemaRegistry,
  updatedKafkaCluster,
  updatedPostgresDatabase,
  updatedSchemaRegistry,
  type ConnectionDraft,
} from './connection-changes';
import type { ConnectionKind } from './connection-settings';
import { connectionsError } from './connections.errors';
import { ConnectionsRepository, type ConnectionRow } from './connections.repository';
import type { RegisterKafkaClusterCommand } from './dto/register-kafka-cluster.input';
import type { RegisterPostgresDatabaseCommand } from './dto/register-postgres-database.input';
import type { RegisterSchemaRegistryCommand } from './dto/register-schema-registry.input';
import type { UpdateKafkaClusterCommand } from './dto/update-kafka-cluster.input';
import type { UpdatePostgresDatabaseCommand } from './dto/update-postgres-database.input';
import type { UpdateSchemaRegistryCommand } from './dto/update-schema-registry.input';
import type { KafkaCluster, PostgresDatabase, SchemaRegistry } from './models/connection.model';

const KIND_LABEL: Record<ConnectionKind, string> = {
  KAFKA_CLUSTER: 'Kafka cluster',
  SCHEMA_REGISTRY: 'schema registry',
  POSTGRES_DATABASE: 'Postgres database',
};

interface LockedConnection<Kind extends ConnectionKind> {
  readonly row: ConnectionRow;
  readonly draft: ConnectionDraft<Kind>;
}

/**
 * Registering and changing connections (platform admins). Each change is worked out in full
 * first (connection-changes.ts), then written with its audit event in one transaction; the
 * audit event names replaced secrets but never holds their values.
 */
@Injectable()
export class ConnectionRegistrationService {
  constructor(
    private readonly authorization: AuthorizationService,
    private readonly connections: ConnectionsRepository,
    private readonly codec: ConnectionCodec,
    private readonly audit: AuditService,
  ) {}

  async registerKafkaCluster(request: RequestContext, input: RegisterKafkaClusterCommand): Promise<KafkaCluster> {
    this.authorization.assert(request.actor, 'connection.manage');
    return this.connections.transaction(async (tx) => {
      const registryId = (await this.resolveRegistry(tx, input)) ?? null;
      return (await this.create(
        tx,
        request,
        'KAFKA_CLUSTER',
        registeredKafkaCluster(input, registryId),
      )) as KafkaCluster;
    });
  }

  async updateKafkaCluster(request: RequestContext, input: UpdateKafkaClusterCommand): Promise<KafkaCluster> {
    this.authorization.assert(request.actor, 'connection.manage');
    return this.connections.transaction(async (tx) => {
      const current = await this.lock(tx, input.id, 'KAFKA_CLUSTER');
      const registryId = input.detachRegistry ? null : await this.resolveRegistry(tx, input);
      return (await this.change(
        tx,
        request,
        current,
        updatedKafkaCluster(current.draft, input, registryId),
      )) as KafkaCluster;
    });
  }

  async registerSchemaRegistry(request: RequestContext, input: RegisterSchemaRegistryCommand): Promise<SchemaRegistry> {
    this.authorization.assert(request.actor, 'connection.manage');
    return this.connections.transaction(
      async (tx) =>
        (await this.create(tx, request, 'SCHEMA_REGISTRY', registeredSchemaRegistry(input))) as SchemaRegistry,
    );
  }

  async updateSchemaRegistry(request: RequestContext, input: UpdateSchemaRegistryCommand): Promise<SchemaRegistry> {
    this.authorization.assert(request.actor, 'connection.manage');
    return this.connections.transaction(async (tx) => {
      const current = await this.lock(tx, input.id, 'SCHEMA_REGISTRY');
      return (await this.change(tx, request, current, updatedSchemaRegistry(current.draft, input))) as SchemaRegistry;
    });
  }

  async registerPostgresDatabase(
    request: RequestContext,
    input: RegisterPostgresDatabaseCommand,
  ): Promise<PostgresDatabase> {
    this.authorization.assert(request.actor, 'connection.manage');
    return this.connections.transaction(
      async (tx) =>
        (await this.create(tx, request, 'POSTGRES_DATABASE', registeredPostgresDatabase(input))) as PostgresDatabase,
    );
  }

  async updatePostgresDatabase(
    request: RequestContext,
    input: UpdatePostgresDatabaseCommand,
  ): Promise<PostgresDatabase> {
    this.authorization.assert(request.actor, 'connection.manage');
    return this.connections.transaction(async (tx) => {
      const current = await this.lock(tx, input.id, 'POSTGRES_DATABASE');
      return (await this.change(
        tx,
        request,
        current,
        updatedPostgresDatabase(current.draft, input),
      )) as PostgresDatabase;
    });
  }

  private async create<Kind extends ConnectionKind>(
    tx: TransactionClient,
    request: RequestContext,
    kind: Kind,
    draft: ConnectionDraft<Kind>,
  ) {
    // The id is chosen here because the sealed secrets are bound to it.
    const id = randomUUID();
    const row = await this.connections.create(tx, {
      id,
      kind,
      name: draft.name,
      description: draft.description,
      settings: draft.settings,
      secrets: this.codec.seal(id, draft.secrets),
      registryId: draft.registryId,
    });
    await this.audit.record(tx, request, {
      action: 'connection.register',
      entityType: 'connection',
      entityId: id,
      teamId: null,
      before: null,
      after: { kind, ...auditSnapshot(draft) },
    });
    return this.codec.toModel(row);
  }

  /** Writes the new draft; a change to nothing writes nothing and records no audit event. */
  private async change<Kind extends ConnectionKind>(
    tx: TransactionClient,
    request: RequestContext,
    current: LockedConnection<Kind>,
    next: ConnectionDraft<Kind>,
  ) {
    const replacedSecrets = changedSecrets(current.draft, next);
    const before = auditSnapshot(current.draft);
    const after = auditSnapshot(next);
    if (replacedSecrets.length === 0 && isDeepStrictEqual(before, after)) return this.codec.toModel(current.row);
    if (next.name !== current.draft.name) {
      // Ports name their connection: renaming it under them would cut them off.
      const { outputPorts } = await this.connections.usage(tx, current.row);
      if (outputPorts > 0)
        throw connectionsError(
          'CONNECTION_IN_USE',
          `The ${KIND_LABEL[current.row.kind]} cannot be renamed while ${outputPorts} output port(s) name it`,
          [{ path: 'name', message: 'in use by output ports' }],
        );
    }
    const row = await this.connections.update(tx, current.row.id, {
      name: next.name,
      description: next.description,
      settings: next.settings,
      secrets: this.codec.seal(current.row.id, next.secrets),
      registryId: next.registryId,
    });
    await this.audit.record(tx, request, {
      action: 'connection.update',
      entityType: 'connection',
      entityId: row.id,
      teamId: null,
      before: { kind: row.kind, ...before },
      after: { kind: row.kind, ...after, replacedSecrets },
    });
    return this.codec.toModel(row);
  }

  /** Locks the row; secrets that cannot be decrypted count as absent, so they must be given again. */
  private async lock<Kind extends ConnectionKind>(
    tx: TransactionClient,
    id: string,
    kind: Kind,
  ): Promise<LockedConnection<Kind>> {
    const row = await this.connections.lockById(tx, id);
    if (!row) throw connectionsError('CONNECTION_NOT_FOUND');
    if (row.kind !== kind)
      throw connectionsError(
        'WRONG_CONNECTION_KIND',
        `The connection is a ${KIND_LABEL[row.kind]}, not a ${KIND_LABEL[kind]}`,
        [{ path: 'id', message: `a ${KIND_LABEL[row.kind]}` }],
      );
    const decoded = this.codec.decode({ ...row, kind });
    return {
      row,
      draft: {
        name: row.name,
        description: row.description,
        settings: decoded.settings,
        secrets: decoded.secrets ?? {},
        registryId: row.registryId,
      },
    };
  }

  /** The registry named by id or name; undefined when neither is given. */
  private async resolveRegistry(
    tx: TransactionClient,
    reference: { registryId?: string; registryName?: string },
  ): Promise<string | undefined> {
    if (reference.registryId === undefined && reference.registryName === undefined) return undefined;
    const row =
      reference.registryId !== undefined
        ? await this.connections.findById(reference.registryId, tx)
        : await this.connections.findByName('SCHEMA_REGISTRY', reference.registryName!, tx);
    if (!row || row.kind !== 'SCHEMA_REGISTRY')
      throw connectionsError('SCHEMA_REGISTRY_NOT_FOUND', undefined, [
        {
          path: reference.registryId !== undefined ? 'registryId' : 'registryName',
          message: 'no such schema registry connection',
        },
      ]);
    return row.id;
  }
}
