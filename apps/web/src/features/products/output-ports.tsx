import Link from 'next/link';
import { PORT_KINDS } from '@tessera/contracts';
import { formatDate } from '@/lib/format';
import { requestAccess } from '../access/access.actions';
import { RequestAccessDialog } from '../access/request-access-dialog';
import type { ProductPage, ViewerSubscription } from './product.query';

type OutputPort = ProductPage['outputPorts'][number];

/** What the viewer brings to the ports: the teams they could ask for, and what their teams already asked. */
export interface PortViewer {
  /** The viewer's teams other than the owning one. */
  readonly requestingTeams: readonly { id: string; name: string }[];
  readonly subscriptions: readonly ViewerSubscription[];
}

/**
 * How consumers read the product. Connection details appear only when the API returns them
 * (the owning team, admins, approved subscribers); everyone else gets the way to ask.
 */
export function OutputPorts({ product, viewer }: { product: ProductPage; viewer: PortViewer }) {
  if (product.outputPorts.length === 0) {
    return <p className="text-sm text-slate-600">This product has no output ports yet.</p>;
  }
  return (
    <ul className="space-y-3">
      {product.outputPorts.map((port) => (
        <li key={port.id}>
          <OutputPortCard
            port={port}
            product={product}
            viewer={viewer}
            subscriptions={viewer.subscriptions.filter((subscription) => subscription.port.id === port.id)}
          />
        </li>
      ))}
    </ul>
  );
}

function OutputPortCard({
  port,
  product,
  viewer,
  subscriptions,
}: {
  port: OutputPort;
  product: ProductPage;
  viewer: PortViewer;
  subscriptions: readonly ViewerSubscription[];
}) {
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
          <RequestAccess port={port} product={product} viewer={viewer} subscriptions={subscriptions} />
        )}
        {port.connectionDetails && subscriptions.some((subscription) => subscription.status === 'APPROVED') ? (
          <SubscriptionNotes subscriptions={subscriptions} />
        ) : null}
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
 * The way to ask for the connection details: a dialog (or, without JavaScript, a page) with
 * the request form; a request already waiting is said instead of asking twice.
 */
function RequestAccess({
  port,
  product,
  viewer,
  subscriptions,
}: {
  port: OutputPort;
  product: ProductPage;
  viewer: PortViewer;
  subscriptions: readonly ViewerSubscription[];
}) {
  const pending = subscriptions.filter((subscription) => subscription.status === 'PENDING');
  const waitingTeams = new Set(pending.map((subscription) => subscription.consumerTeam.name));
  const teams = viewer.requestingTeams.filter((team) => !waitingTeams.has(team.name));
  const noteId = `request-access-${port.id}`;
  return (
    <div className="space-y-2 rounded-md border border-dashed border-slate-300 p-3">
      <SubscriptionNotes subscriptions={pending} />
      <div className="flex flex-wrap items-center gap-3">
        {teams.length > 0 ? (
          <RequestAccessDialog
            action={requestAccess.bind(null, port.id)}
            href={`/products/${product.slug}/request-access?port=${encodeURIComponent(port.name)}`}
            portName={port.name}
            productName={product.name}
            teams={teams}
          />
        ) : null}
        <p id={noteId} className="flex-1 text-xs text-slate-600">
          Connection details of {product.name} are shown to its team and to teams whose access the owners approved
          {product.accessMode === 'OPEN' ? ' (open access: requests are approved at once)' : ''}.
        </p>
      </div>
    </div>
  );
}

/** "Marketing Analytics asked on 3 Dec 2026; waiting for the owners." and the like. */
function SubscriptionNotes({ subscriptions }: { subscriptions: readonly ViewerSubscription[] }) {
  if (subscriptions.length === 0) return null;
  return (
    <ul aria-label="Your teams’ access" className="space-y-1 text-sm">
      {subscriptions.map((subscription) => (
        <li key={subscription.id} className="text-slate-800">
          {subscription.status === 'PENDING' ? (
            <>
              <strong>{subscription.consumerTeam.name}</strong> asked on {formatDate(subscription.requestedAt)}; waiting
              for the owners.
            </>
          ) : (
            <>
              <strong>{subscription.consumerTeam.name}</strong> has access
              {subscription.expiresAt ? ` until ${formatDate(subscription.expiresAt)}` : ''}
              {subscription.renewalRequestedAt ? '; a renewal is waiting for the owners' : ''}.{' '}
              <Link href="/subscriptions" className="font-medium underline underline-offset-2">
                Your subscriptions
              </Link>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function displayValue(value: unknown): string {
  if (value === undefined || value === null) return '—';
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : JSON.stringify(value);
}
