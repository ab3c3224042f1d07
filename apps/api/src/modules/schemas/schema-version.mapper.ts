import type { Prisma } from '../../generated/prisma/client';
import type { SchemaChange as EngineChange } from './compatibility';
import type { SchemaChange, SchemaVersion } from './models/schema-version.model';
import type { SchemaVersionRow } from './schemas.repository';

/** What a version row keeps of each change (the `versions` are the port's version numbers). */
export function storedChanges(changes: readonly EngineChange[]): Prisma.InputJsonValue {
  return changes.map((change) => ({
    path: change.path,
    kind: change.kind,
    breaks: change.breaks,
    message: change.message,
    versions: [...change.versions],
  }));
}

export function toSchemaChange(change: EngineChange): SchemaChange {
  return { ...change, versions: [...change.versions] };
}

function changesOf(json: Prisma.JsonValue): SchemaChange[] {
  if (!Array.isArray(json)) return [];
  return json.map((item) => {
    const change = (item ?? {}) as Partial<SchemaChange>;
    return {
      path: String(change.path ?? ''),
      kind: String(change.kind ?? ''),
      breaks: change.breaks ?? 'NONE',
      message: String(change.message ?? ''),
      versions: Array.isArray(change.versions) ? change.versions.map(Number) : [],
    };
  });
}

export function toSchemaVersion(row: SchemaVersionRow): SchemaVersion {
  return {
    id: row.id,
    portId: row.portId,
    version: row.version,
    format: row.format,
    definition: row.definition,
    fingerprint: row.fingerprint,
    contractVersion: row.contractVersion,
    source: row.source,
    registryId: row.registryId,
    registryVersion: row.registryVersion,
    changes: changesOf(row.changes),
    breaking: row.breaking,
    overrideReason: row.overrideReason,
    createdAt: row.createdAt,
  };
}
