import { Injectable } from '@nestjs/common';
import { DomainError } from '../../infra/graphql/domain-error';
import { AuthorizationService } from '../authorization/authorization.service';
import type { Actor } from '../identity/actor';
import { ConnectionCodec, type ConnectionModel } from './connection-codec';
import { ConnectionDirectory } from './connection-directory';
import { ConnectionTester, type ConnectionTestResult } from './connection-tester';
import { connectionsError } from './connections.errors';
import { ConnectionsRepository, type ConnectionRow } from './connections.repository';

/**
 * "Does this connection work?" for admins: the settings come through the same directory the
 * freshness checks and grants use, so the test sees exactly what they would.
 */
@Injectable()
export class ConnectionTestService {
  constructor(
    private readonly authorization: AuthorizationService,
    private readonly connections: ConnectionsRepository,
    private readonly codec: ConnectionCodec,
    private readonly directory: ConnectionDirectory,
    private readonly tester: ConnectionTester,
  ) {}

  /** Connects for real and reports; a failure is the answer, not an error. */
  async test(actor: Actor, input: { id: string }): Promise<ConnectionTestResult & { connection: ConnectionModel }> {
    this.authorization.assert(actor, 'connection.manage');
    const row = await this.connections.findById(input.id);
    if (!row) throw connectionsError('CONNECTION_NOT_FOUND');
    return { connection: this.codec.toModel(row), ...(await this.testRow(row)) };
  }

  private async testRow(row: ConnectionRow): Promise<ConnectionTestResult> {
    try {
      switch (row.kind) {
        case 'KAFKA_CLUSTER': {
          const settings = await this.directory.kafkaCluster(row.name);
          return settings ? await this.tester.kafkaCluster(settings) : removed();
        }
        case 'SCHEMA_REGISTRY': {
          const settings = await this.directory.schemaRegistry(row.name);
          return settings ? await this.tester.schemaRegistry(settings) : removed();
        }
        case 'POSTGRES_DATABASE': {
          const settings = await this.directory.postgresDatabase(row.name);
          return settings ? await this.tester.postgresDatabase(settings) : removed();
        }
      }
    } catch (error) {
      // Secrets that cannot be decrypted are a finding of the test like any other.
      if (error instanceof DomainError) return { ok: false, message: error.message, checks: [] };
      throw error;
    }
  }
}

/** Removed (or renamed) between reading the row and reading its settings. */
function removed(): ConnectionTestResult {
  return { ok: false, message: 'The connection was removed or renamed while it was being tested', checks: [] };
}
