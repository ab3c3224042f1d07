import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { DomainError, ErrorCategory } from '../../infra/graphql/domain-error';
import type { GraphqlContext } from '../../infra/graphql/loader-registry';
import {
  buildConnection,
  toPageRequest,
  type ConnectionArgs,
  type ConnectionShape,
} from '../../infra/graphql/pagination';
import type { SchemaVersion } from './models/schema-version.model';
import { toSchemaVersion } from './schema-version.mapper';
import { SchemasRepository, type PortSchemaSettings, type SchemaVersionRow } from './schemas.repository';

function groupBy<Row>(rows: readonly Row[], keyOf: (row: Row) => string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/**
 * Request-scoped DataLoaders for the schema fields of output ports, so a product page with
 * many ports (and many products with ports) costs the same number of statements as one.
 * Ports are only reached through visible products, so these loaders apply no visibility.
 */
@Injectable()
export class SchemaLoaders {
  constructor(private readonly repository: SchemasRepository) {}

  /** The schema settings of ports (format, mode, contract version, subject), by port id. */
  settings(context: GraphqlContext): DataLoader<string, PortSchemaSettings | null> {
    return context.loaders.get('schemas.settingsByPortId', async (ids: readonly string[]) => {
      const rows = new Map((await this.repository.schemaSettingsOfPorts(ids)).map((row) => [row.id, row]));
      return ids.map((id) => rows.get(id) ?? null);
    });
  }

  latest(context: GraphqlContext): DataLoader<string, SchemaVersion | null> {
    return context.loaders.get('schemas.latestByPortId', async (ids: readonly string[]) => {
      const rows = new Map((await this.repository.latestVersionsOfPorts(ids)).map((row) => [row.portId, row]));
      return ids.map((id) => {
        const row = rows.get(id);
        return row ? toSchemaVersion(row) : null;
      });
    });
  }

  drift(context: GraphqlContext): DataLoader<string, SchemaVersion[]> {
    return context.loaders.get('schemas.driftByPortId', async (ids: readonly string[]) => {
      const groups = groupBy(await this.repository.driftVersionsOfPorts(ids), (row) => row.portId);
      return ids.map((id) => (groups.get(id) ?? []).map(toSchemaVersion));
    });
  }

  /**
   * A port's versions, newest first, as a connection. The pages of every port in the response
   * asked for with the same arguments are read in one statement, their counts in another.
   */
  async versions(
    context: GraphqlContext,
    portId: string,
    args: ConnectionArgs,
  ): Promise<ConnectionShape<SchemaVersion>> {
    const page = toPageRequest(args);
    // Cursors of this list hold one version number; anything else was not issued here.
    if (page.cursor !== null && (page.cursor.length !== 1 || typeof page.cursor[0] !== 'number')) {
      throw new DomainError(
        ErrorCategory.VALIDATION_FAILED,
        'INVALID_CURSOR',
        'The cursor is not valid for this list',
        [{ path: 'after', message: 'not a cursor of schema versions' }],
      );
    }
    const pages = context.loaders.get(
      `schemas.versionPages:${JSON.stringify(page)}`,
      async (ids: readonly string[]) => {
        const groups = groupBy(await this.repository.versionPagesOfPorts(ids, page), (row) => row.portId);
        return ids.map((id) => groups.get(id) ?? []);
      },
    );
    const counts = context.loaders.get('schemas.versionCounts', async (ids: readonly string[]) => {
      const totals = await this.repository.countVersionsOfPorts(ids);
      return ids.map((id) => totals.get(id) ?? 0);
    });
    const rows: SchemaVersionRow[] = await pages.load(portId);
    return buildConnection(rows, page, {
      cursorOf: (row) => [row.version],
      countTotal: () => counts.load(portId),
      toNode: toSchemaVersion,
    });
  }
}
