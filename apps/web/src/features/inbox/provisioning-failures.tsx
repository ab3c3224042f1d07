import Link from 'next/link';
import { formatDateTime } from '@/lib/format';
import type { ProvisioningFailure } from './inbox.query';

/** Grants the worker could not make: the subscription is approved, but the consumer cannot read yet. */
export function ProvisioningFailures({ failures }: { failures: readonly ProvisioningFailure[] }) {
  return (
    <ul aria-label="Provisioning failures" className="space-y-2">
      {failures.map((failure) => (
        <li
          key={failure.grantId}
          className="space-y-1 rounded-lg border border-rose-200 bg-white p-3 text-sm shadow-sm"
        >
          <p className="flex flex-wrap items-center gap-2">
            <span className="font-semibold text-slate-900">{failure.consumerTeam.name}</span>
            <span className="text-slate-600">on</span>
            <Link href={`/products/${failure.product.slug}`} className="font-semibold text-slate-900 hover:underline">
              {failure.product.name}
            </Link>
            <code className="text-slate-800">{failure.portName}</code>
            {failure.lastErrorCode ? (
              <code className="rounded bg-rose-50 px-1 text-rose-800">{failure.lastErrorCode}</code>
            ) : null}
          </p>
          {failure.lastError ? <p className="text-slate-800">{failure.lastError}</p> : null}
          <p className="text-xs text-slate-600">
            {failure.attempts} {failure.attempts === 1 ? 'attempt' : 'attempts'}
            {failure.lastAttemptAt ? `, the last ${formatDateTime(failure.lastAttemptAt)}` : ''}; retried automatically.
          </p>
        </li>
      ))}
    </ul>
  );
}
