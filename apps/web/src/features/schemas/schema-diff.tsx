import { Badge, type BadgeTone } from '../catalog/badges';
import type { SchemaComparison } from './schema-comparison.query';

const CHANGE_TONES: Record<string, BadgeTone> = { ADDED: 'good', REMOVED: 'bad', CHANGED: 'warn' };
const BREAKS_LABELS: Record<string, string> = {
  NONE: 'compatible',
  READERS: 'breaks readers',
  WRITERS: 'breaks writers',
  BOTH: 'breaks readers and writers',
};

/** Two versions side by side, field by field: what was added, removed and changed, and whom each change breaks. */
export function SchemaDiff({ comparison, portName }: { comparison: SchemaComparison; portName: string }) {
  const { from, to } = comparison;
  return (
    <div className="space-y-3" data-testid="schema-diff">
      <h4 className="font-semibold text-slate-900">
        Version {from.version} → version {to.version} of {portName}
      </h4>
      {comparison.fields.length === 0 ? (
        <p className="text-sm text-slate-600">No field differs.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <caption className="sr-only">
              Field changes from version {from.version} to version {to.version}
            </caption>
            <thead className="bg-slate-50 text-left text-xs font-semibold text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Field
                </th>
                <th scope="col" className="px-3 py-2">
                  Change
                </th>
                <th scope="col" className="px-3 py-2">
                  Version {from.version}
                </th>
                <th scope="col" className="px-3 py-2">
                  Version {to.version}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {comparison.fields.map((field) => (
                <tr key={field.path}>
                  <th scope="row" className="px-3 py-1.5 text-left font-mono font-medium text-slate-900">
                    {field.path.replace(/^\$\./, '')}
                  </th>
                  <td className="px-3 py-1.5">
                    <Badge tone={CHANGE_TONES[field.change] ?? 'neutral'}>{field.change.toLowerCase()}</Badge>
                    {field.aspects.length > 0 ? (
                      <span className="ml-2 text-xs text-slate-600">{field.aspects.join(', ')}</span>
                    ) : null}
                  </td>
                  <td className="px-3 py-1.5 align-top">
                    <Side type={field.fromType} doc={field.fromDoc} removed={field.change === 'REMOVED'} />
                  </td>
                  <td className="px-3 py-1.5 align-top">
                    <Side type={field.toType} doc={field.toDoc} added={field.change === 'ADDED'} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {comparison.changes.length > 0 ? (
        <ul aria-label="Compatibility of the changes" className="space-y-1 text-sm">
          {comparison.changes.map((change, index) => (
            <li key={`${change.path}-${change.kind}-${index}`} className="flex flex-wrap items-baseline gap-2">
              <Badge tone={change.breaks === 'NONE' ? 'good' : 'bad'}>
                {BREAKS_LABELS[change.breaks] ?? change.breaks}
              </Badge>
              <span className="text-slate-700">{change.message}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function Side({
  type,
  doc,
  added,
  removed,
}: {
  type?: string | null;
  doc?: string | null;
  added?: boolean;
  removed?: boolean;
}) {
  if (!type && !doc) return <span className="text-slate-500">—</span>;
  const tone = added
    ? 'bg-emerald-50 text-emerald-900'
    : removed
      ? 'bg-rose-50 text-rose-900 line-through'
      : 'text-slate-800';
  return (
    <div className="space-y-0.5">
      {type ? <code className={`rounded px-1 font-mono text-xs ${tone}`}>{type}</code> : null}
      {doc ? <p className="text-xs text-slate-600">{doc}</p> : null}
    </div>
  );
}
