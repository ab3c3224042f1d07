import { Injectable } from '@nestjs/common';
import { AuthorizationService } from '../authorization/authorization.service';
import type { Actor } from '../identity/actor';
import { diffSchemas, schemaFields } from './compatibility';
import type { CompareSchemaVersionsQuery } from './dto/compare-schema-versions.args';
import type { SchemaVersionComparison } from './models/payloads.model';
import type { SchemaField } from './models/schema-version.model';
import { checkAgainstHistory, parseStored } from './schema-history';
import { SchemaPortAccess } from './schema-port-access';
import { toSchemaChange, toSchemaVersion } from './schema-version.mapper';
import { schemasError } from './schemas.errors';
import { SchemasRepository, type SchemaVersionRow } from './schemas.repository';

/** Reading schema versions for people: field tables and version-to-version comparisons. */
@Injectable()
export class SchemaComparisonService {
  constructor(
    private readonly authorization: AuthorizationService,
    private readonly access: SchemaPortAccess,
    private readonly repository: SchemasRepository,
  ) {}

  /**
   * Field by field (added, removed, changed, with types and docs), plus the compatibility
   * changes from `from` to `to` with whom each breaks, whatever the port's mode.
   */
  async compare(actor: Actor, query: CompareSchemaVersionsQuery): Promise<SchemaVersionComparison> {
    this.authorization.assert(actor, 'product.discover');
    const port = await this.access.visiblePort(actor, query.portId);
    const rows = await this.repository.versionsByNumbers(port.id, [query.from, query.to]);
    const from = versionOf(rows, query.from, 'from');
    const to = versionOf(rows, query.to, 'to');
    const before = parseStored(from);
    const after = parseStored(to);
    const diff = diffSchemas(from.format, before, after);
    const compatibility = checkAgainstHistory('NONE', after, [from]);
    return {
      format: from.format,
      from: toSchemaVersion(from),
      to: toSchemaVersion(to),
      fields: diff.entries.map((entry) => ({
        path: entry.path,
        change: entry.change,
        fromType: entry.fromType ?? null,
        toType: entry.toType ?? null,
        fromDoc: entry.fromDoc ?? null,
        toDoc: entry.toDoc ?? null,
        aspects: [...(entry.aspects ?? [])],
      })),
      changes: compatibility.changes.map(toSchemaChange),
    };
  }

  /** A version's field table; no access check of its own: versions are reached through visible ports. */
  fieldsOf(version: { version: number; format: SchemaVersionRow['format']; definition: string }): SchemaField[] {
    return schemaFields(parseStored(version)).map((field) => ({
      path: field.path,
      name: field.name,
      type: field.type,
      doc: field.doc ?? null,
      required: field.required,
      default: field.default ?? null,
      depth: field.depth,
    }));
  }
}

function versionOf(rows: readonly SchemaVersionRow[], number: number, argument: 'from' | 'to'): SchemaVersionRow {
  const row = rows.find((candidate) => candidate.version === number);
  if (!row) {
    throw schemasError('SCHEMA_VERSION_NOT_FOUND', `The port has no schema version ${number}`, [
      { path: argument, message: 'no such version' },
    ]);
  }
  return row;
}
