import Link from 'next/link';
import { formatDate, formatDateTime } from '@/lib/format';
import { Badge } from '../catalog/badges';
import { approveSubscription, rejectSubscription } from '../access/access.actions';
import { DecisionForms } from './decision-forms';
import type { AccessRequest } from './inbox.query';

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
              <Link
                href={`/teams/${request.consumerTeam.slug}`}
                className="font-semibold text-slate-900 hover:underline"
              >
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
              <DecisionForms
                approve={approveSubscription.bind(null, request.id)}
                reject={rejectSubscription.bind(null, request.id)}
                subject={what}
                consumerTeam={request.consumerTeam.name}
                requestId={request.id}
              />
            ) : (
              <p className="text-xs text-slate-600">The team’s owners decide.</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
