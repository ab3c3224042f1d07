import Link from 'next/link';
import { PORT_KINDS } from '@tessera/contracts';
import type { ProductPage } from './product.query';

type OutputPort = ProductPage['outputPorts'][number];

/**
 * How consumers read the product. Connection details appear only when the API returns them
 * (the owning team, admins, approved subscribers); everyone else gets the way to ask.
 */
export function OutputPorts({ product }: { product: ProductPage }) {
  if (product.outputPorts.length === 0) {
    return <p className="text-sm text-slate-600">This product has no output ports yet.</p>;
  }
  return (
    <ul className="space-y-3">
      {product.outputPorts.map((port) => (
        <li key={port.id}>
          <OutputPortCard port={port} productName={product.name} />
        </li>
      ))}
    </ul>
  );
}

function OutputPortCard({ port, productName }: { port: OutputPort; productName: string }) {
  const kind = PORT_KINDS[port.kind];
  return (
    <article aria-labelledby={`port-${port.id}`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`port-${port.id}`} className="font-mono text-sm font-semibold text-slate-900">
          {port.name}
        </h3>
        <span className="text-xs font-medium text-slate-600">{kind?.label ?? port.kind}</span>
      </div>
      {port.description ? <p className="mt-1 text-sm text-slate-700">{port.description}</p> : null}
      <div className="mt-3">
        {port.connectionDetails ? (
          <ConnectionDetails port={port} location={port.connectionDetails.location} />
        ) : (
          <RequestAccess portName={port.name} productName={productName} />
        )}
      </div>
      <p className="mt-3 text-xs text-slate-600">
        {port.consumers.length === 0
          ? 'No product you can see reads this port.'
          : `Read by ${port.consumers.length === 1 ? '1 product' : `${port.consumers.length} products`} you can see: `}
        {port.consumers.map((consumer, index) => (
          <span key={consumer.id}>
            {index > 0 ? ', ' : ''}
            <Link href={`/products/${consumer.product.slug}`} className="font-medium text-slate-800 hover:underline">
              {consumer.product.name}
            </Link>
          </span>
        ))}
      </p>
    </article>
  );
}

function ConnectionDetails({ port, location }: { port: OutputPort; location: Record<string, unknown> }) {
  const fields: readonly string[] = PORT_KINDS[port.kind]?.connectionFields ?? Object.keys(location);
  return (
    <div aria-label={`Connection details of ${port.name}`} role="group" className="rounded-md bg-slate-50 p-3">
      <p className="text-xs font-semibold text-slate-700">Connection details</p>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {fields.map((field) => (
          <div key={field} className="contents">
            <dt className="text-slate-600">{field}</dt>
            <dd className="font-mono text-slate-900">{displayValue(location[field])}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/**
 * Access requests arrive with subscriptions; until then the call to action is shown, honestly
 * disabled, so consumers see where access will be asked for.
 */
function RequestAccess({ portName, productName }: { portName: string; productName: string }) {
  const noteId = `request-access-${portName}`;
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-md border border-dashed border-slate-300 p-3">
      <button
        type="button"
        disabled
        aria-describedby={noteId}
        className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white disabled:cursor-not-allowed disabled:opacity-60"
      >
        Request access
      </button>
      <p id={noteId} className="flex-1 text-xs text-slate-600">
        Connection details of {productName} are shown to its team and approved subscribers. Access requests arrive with
        subscriptions; until then, ask the owners through the support links.
      </p>
    </div>
  );
}

function displayValue(value: unknown): string {
  if (value === undefined || value === null) return '—';
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : JSON.stringify(value);
}
