import type { ProductOutputPort } from '../products/product.query';

type Field = NonNullable<ProductOutputPort['latestSchemaVersion']>['fields'][number];

/** The schema as a table people read: nested fields indented under their parent, with docs and defaults. */
export function FieldTable({ fields, caption }: { fields: readonly Field[]; caption: string }) {
  if (fields.length === 0) return <p className="text-sm text-slate-600">The schema declares no fields.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2">
              Field
            </th>
            <th scope="col" className="px-3 py-2">
              Type
            </th>
            <th scope="col" className="px-3 py-2">
              Required
            </th>
            <th scope="col" className="px-3 py-2">
              Default
            </th>
            <th scope="col" className="px-3 py-2">
              Description
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {fields.map((field) => (
            <tr key={field.path}>
              <th scope="row" className="px-3 py-1.5 text-left font-mono font-medium whitespace-nowrap text-slate-900">
                <span style={{ paddingLeft: `${field.depth * 1.25}rem` }} className="inline-block">
                  {field.depth > 0 ? (
                    <span aria-hidden="true" className="text-slate-400">
                      └{' '}
                    </span>
                  ) : null}
                  {field.name}
                </span>
                {field.depth > 0 ? <span className="sr-only"> (in {parentOf(field.path)})</span> : null}
              </th>
              <td className="px-3 py-1.5 font-mono text-xs break-all text-slate-700">{field.type}</td>
              <td className="px-3 py-1.5 text-slate-700">{field.required ? 'yes' : 'no'}</td>
              <td className="px-3 py-1.5 font-mono text-xs text-slate-700">{field.default ?? '—'}</td>
              <td className="px-3 py-1.5 text-slate-700">{field.doc ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function parentOf(path: string): string {
  const cut = path.lastIndexOf('.');
  return cut > 0 ? path.slice(0, cut).replace(/^\$\.?/, '') || 'the record' : 'the record';
}
