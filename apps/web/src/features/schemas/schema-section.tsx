import { formatDateTime } from '@/lib/format';
import { Badge } from '../catalog/badges';
import type { ProductOutputPort } from '../products/product.query';
import { FieldTable } from './field-table';
import type { SchemaComparison } from './schema-comparison.query';
import { SchemaDiff } from './schema-diff';
import type { SchemaSelection } from './schema-selection';

const SOURCE_LABELS: Record<string, string> = {
  TESSERA: 'published in Tessera',
  REGISTRY_IMPORT: 'imported from the registry',
  REGISTRY_DRIFT: 'found in the registry (drift)',
};

/**
 * Each output port's schema: the newest version as a field table, the version history, and a
 * comparison of any two versions (a GET form: it works without JavaScript).
 */
export function SchemaSection({
  slug,
  ports,
  selection,
  comparison,
}: {
  slug: string;
  ports: readonly ProductOutputPort[];
  selection: SchemaSelection | null;
  comparison: SchemaComparison | null;
}) {
  const withSchemas = ports.filter((port) => port.latestSchemaVersion);
  if (withSchemas.length === 0) {
    return <p className="text-sm text-slate-600">No schema has been published for this product’s ports yet.</p>;
  }
  return (
    <div className="space-y-8">
      {withSchemas.map((port) => {
        const latest = port.latestSchemaVersion!;
        const versions = port.schemaVersions.nodes;
        const selected = selection?.portId === port.id ? selection : null;
        return (
          <article key={port.id} aria-labelledby={`schema-${port.id}`} className="space-y-4">
            <div className="flex flex-wrap items-baseline gap-2">
              <h3 id={`schema-${port.id}`} className="font-mono text-base font-semibold text-slate-900">
                {port.name}
              </h3>
              <Badge tone="info">{latest.format}</Badge>
              <span className="text-xs text-slate-600">
                version {latest.version} · contract {port.contractVersion} · changes checked{' '}
                {port.compatibilityMode.toLowerCase().replace('_', ' ')}
              </span>
            </div>
            <FieldTable fields={latest.fields} caption={`Fields of ${port.name}, version ${latest.version}`} />

            <div className="space-y-2">
              <h4 className="font-semibold text-slate-900">Version history</h4>
              <ol aria-label={`Schema versions of ${port.name}`} className="space-y-1 text-sm">
                {versions.map((version) => (
                  <li key={version.id} className="flex flex-wrap items-center gap-2">
                    <span className="font-mono font-semibold text-slate-900">v{version.version}</span>
                    <span className="text-slate-600">contract {version.contractVersion}</span>
                    <span className="text-slate-600">{formatDateTime(version.createdAt)}</span>
                    <span className="text-xs text-slate-600">{SOURCE_LABELS[version.source] ?? version.source}</span>
                    {version.breaking ? <Badge tone="bad">breaking</Badge> : null}
                    {version.overrideReason ? (
                      <span className="text-xs text-slate-700">override: {version.overrideReason}</span>
                    ) : null}
                  </li>
                ))}
              </ol>
              {port.schemaVersions.totalCount > versions.length ? (
                <p className="text-xs text-slate-600">
                  The newest {versions.length} of {port.schemaVersions.totalCount} versions.
                </p>
              ) : null}
            </div>

            {versions.length >= 2 ? (
              <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                <form
                  action={`/products/${slug}#schema`}
                  method="get"
                  aria-label={`Compare versions of ${port.name}`}
                  className="flex flex-wrap items-end gap-3"
                >
                  <input type="hidden" name="schemaPort" value={port.name} />
                  <VersionSelect
                    name="from"
                    label="Compare version"
                    versions={versions}
                    value={selected?.from ?? versions[1]!.version}
                    portId={port.id}
                  />
                  <VersionSelect
                    name="to"
                    label="with version"
                    versions={versions}
                    value={selected?.to ?? versions[0]!.version}
                    portId={port.id}
                  />
                  <button
                    type="submit"
                    className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-slate-400 focus-visible:outline-none"
                  >
                    Compare
                  </button>
                </form>
                {selected && comparison ? (
                  <SchemaDiff comparison={comparison} portName={port.name} />
                ) : (
                  <p className="text-sm text-slate-600">Choose two versions to see what changed between them.</p>
                )}
              </div>
            ) : null}
          </article>
        );
      })}
    </div>
  );
}

function VersionSelect({
  name,
  label,
  versions,
  value,
  portId,
}: {
  name: string;
  label: string;
  versions: readonly { version: number }[];
  value: number;
  portId: string;
}) {
  const id = `${name}-${portId}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={String(value)}
        className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900"
      >
        {versions.map((version) => (
          <option key={version.version} value={version.version}>
            v{version.version}
          </option>
        ))}
      </select>
    </div>
  );
}
