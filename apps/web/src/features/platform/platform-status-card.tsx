import Link from 'next/link';
import { formatRelativeTime } from '@/lib/relative-time';
import type { ApiInfo, Integration, PlatformStatus } from './platform-status.query';

const INTEGRATION_LABELS: Readonly<Record<string, string>> = {
  postgres: 'PostgreSQL',
  redis: 'Redis',
  kafka: 'Kafka',
  schemaRegistry: 'Schema registry',
};

/** The API's version, its integrations and the worker heartbeat, or a clear "API unavailable". */
export function PlatformStatusCard({ status, now }: { status: PlatformStatus; now: Date }) {
  return (
    <section
      aria-labelledby="platform-status-heading"
      className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
    >
      <h2 id="platform-status-heading" className="text-lg font-semibold text-slate-900">
        Platform status
      </h2>
      {status.state === 'available' ? (
        <AvailableStatus apiInfo={status.apiInfo} now={now} />
      ) : (
        <UnavailableStatus code={status.code} />
      )}
    </section>
  );
}

function AvailableStatus({ apiInfo, now }: { apiInfo: ApiInfo; now: Date }) {
  return (
    <>
      <p className="mt-1 text-sm text-slate-600">
        API version <span className="font-mono text-slate-900">{apiInfo.version}</span>
        {' · '}
        environment <span className="font-mono text-slate-900">{apiInfo.environment}</span>
      </p>
      <h3 className="mt-5 text-sm font-medium text-slate-700">Integrations</h3>
      <ul aria-label="Integrations" className="mt-2 divide-y divide-slate-100 rounded-md border border-slate-200">
        {apiInfo.integrations.map((integration) => (
          <IntegrationRow key={integration.name} integration={integration} />
        ))}
      </ul>
      <WorkerHeartbeat heartbeatAt={apiInfo.workerHeartbeatAt} now={now} />
    </>
  );
}

function IntegrationRow({ integration }: { integration: Integration }) {
  return (
    <li className="flex items-center justify-between gap-4 px-4 py-2.5">
      <span className="text-sm text-slate-900">
        {INTEGRATION_LABELS[integration.name] ?? integration.name}{' '}
        <code className="ml-1 text-xs text-slate-500">{integration.name}</code>
      </span>
      <ConfiguredBadge configured={integration.configured} />
    </li>
  );
}

function ConfiguredBadge({ configured }: { configured: boolean }) {
  const tone = configured
    ? 'bg-emerald-50 text-emerald-800 ring-emerald-600/20'
    : 'bg-slate-100 text-slate-700 ring-slate-500/20';
  return (
    <span
      className={`shrink-0 rounded-full px-2.5 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${tone}`}
    >
      {configured ? 'configured' : 'not configured'}
    </span>
  );
}

function WorkerHeartbeat({ heartbeatAt, now }: { heartbeatAt: string | null; now: Date }) {
  if (heartbeatAt === null) {
    return <p className="mt-4 text-sm text-slate-600">no worker heartbeat yet</p>;
  }
  return (
    <p className="mt-4 text-sm text-slate-600">
      worker: last seen{' '}
      <time dateTime={heartbeatAt} title={heartbeatAt} className="text-slate-900">
        {formatRelativeTime(new Date(heartbeatAt), now)}
      </time>
    </p>
  );
}

function UnavailableStatus({ code }: { code: string }) {
  return (
    <div className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900">
      <p className="font-semibold">API unavailable</p>
      <p className="mt-1">
        The portal could not get an answer from the Tessera API, so platform status and catalog data are not shown.{' '}
        <Link href="/" className="font-medium underline underline-offset-2 hover:text-amber-950">
          Reload to try again
        </Link>
        .
      </p>
      <p className="mt-2 text-xs text-amber-800">
        Code: <code>{code}</code>
      </p>
    </div>
  );
}
