import Link from 'next/link';
import { formatDate, formatDateTime } from '@/lib/format';
import { Badge } from '../catalog/badges';
import { approveSubscription, rejectSubscription } from '../access/access.actions';
import { ActionButton } from '../forms/action-button';
import type { AccessRequest } from './inbox.query';

const INPUT =
  'rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 placeholder:text-slate-500 focus:border-slate-500 focus:ring-2 focus:ring-slate-300 focus:outline-none';

/** Requests waiting for the team: who asks, for what and how long; owners approve or reject with a reason. */
export function AccessRequestList({ requests, canDecide }: { requests: readonly AccessRequest[]; canDecide: boolean }) {
  return (
    <ul aria-label="Access requests" className="space-y-3">
      {requests.map((request) => {
        const renewal = request.status === 'APPROVED' && request.renewalRequestedAt;
        const what = `${request.consumerTeam.name} on ${request.product.name} ${request.port.name}`;
        return (
          <li key={request.id} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
            <p className="flex flex-wrap items-center gap-2">
              <Badge tone="warn">{renewal ? 'renewal' : 'new request'}</Badge>
              <Link href={`/teams/${request.consumerTeam.slug}`} className="font-semibold text-slate-900 hover:underline">
                {request.consumerTeam.name}
              </Link>
              <span className="text-slate-600">asks to read</span>
              <Link href={`/products/${request.product.slug}`} className="font-semibold text-slate-900 hover:underline">
                {request.product.name}
              </Link>
              <code className="text-slate-800">{request.port.name}</code>
            </p>
            <p className="text-slate-800">
              <span className="text-slate-600">Purpose: </span>
              {request.purpose}
            </p>
            <p className="text-slate-600">
              {renewal
                ? `Renewal for ${request.renewalDays} more days asked ${formatDateTime(request.renewalRequestedAt!)}; access now ends ${request.expiresAt ? formatDate(request.expiresAt) : 'never'}.`
                : `Asked ${formatDateTime(request.requestedAt)}${request.requestedBy ? ` by ${request.requestedBy.displayName}` : ''}, for ${request.durationDays ? `${request.durationDays} days` : 'as long as needed (until revoked)'}.`}
            </p>
            {canDecide ? (
              <div className="flex flex-wrap items-start gap-4">
                <ActionButton
                  action={approveSubscription.bind(null, request.id)}
                  formLabel={`Approve ${what}`}
                  label="Approve"
                  pendingLabel="Approving…"
                  tone="primary"
                >
                  <label className="sr-only" htmlFor={`approve-reason-${request.id}`}>
                    Note for {request.consumerTeam.name} (optional)
                  </label>
                  <input
                    id={`approve-reason-${request.id}`}
                    name="reason"
                    placeholder="Note (optional)"
                    maxLength={2000}
                    className={INPUT}
                  />
                </ActionButton>
                <ActionButton
                  action={rejectSubscription.bind(null, request.id)}
                  formLabel={`Reject ${what}`}
                  label="Reject"
                  pendingLabel="Rejecting…"
                  tone="danger"
                >
                  <label className="sr-only" htmlFor={`reject-reason-${request.id}`}>
                    Reason for rejecting (required)
                  </label>
                  <input
                    id={`reject-reason-${request.id}`}
                    name="reason"
                    placeholder="Reason (required)"
                    required
                    maxLength={2000}
                    className={INPUT}
                  />
                </ActionButton>
              </div>
            ) : (
              <p className="text-xs text-slate-600">The team’s owners decide.</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
