import type { Metadata } from 'next';
import Link from 'next/link';
import { requestRenewal, revokeSubscription } from '@/features/access/access.actions';
import { loadMySubscriptions, type MySubscription } from '@/features/access/my-subscriptions.query';
import { Badge, type BadgeTone } from '@/features/catalog/badges';
import { ActionButton } from '@/features/forms/action-button';
import { formatDate } from '@/lib/format';

export const metadata: Metadata = { title: 'My subscriptions' };

const STATUS_TONES: Record<string, BadgeTone> = {
  PENDING: 'warn',
  APPROVED: 'good',
  REJECTED: 'bad',
  REVOKED: 'neutral',
  EXPIRED: 'neutral',
};
const GRANT_TONES: Record<string, BadgeTone> = {
  ACTIVE: 'good',
  PENDING: 'neutral',
  FAILED: 'bad',
  REMOVED: 'neutral',
};
const FIELD =
  'rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 placeholder:text-slate-500';

// No loading.tsx, like the other reading pages: complete HTML without JavaScript.
export default async function MySubscriptionsPage() {
  const subscriptions = await loadMySubscriptions();
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">My subscriptions</h1>
        <p className="text-sm text-slate-700">
          What your teams read from other teams’ products: requests waiting, access granted and when it ends.
        </p>
      </div>
      {subscriptions.nodes.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-slate-600">
          Your teams have not asked for access yet. Find a product and use “Request access” on its output port.
        </p>
      ) : (
        <ul aria-label="Subscriptions" className="space-y-3">
          {subscriptions.nodes.map((subscription) => (
            <SubscriptionItem key={subscription.id} subscription={subscription} />
          ))}
        </ul>
      )}
    </div>
  );
}

function SubscriptionItem({ subscription }: { subscription: MySubscription }) {
  const what = `${subscription.product.name} ${subscription.port.name} for ${subscription.consumerTeam.name}`;
  return (
    <li className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
      <p className="flex flex-wrap items-center gap-2">
        <Badge tone={STATUS_TONES[subscription.status] ?? 'neutral'}>{subscription.status.toLowerCase()}</Badge>
        <Link href={`/products/${subscription.product.slug}`} className="font-semibold text-slate-900 hover:underline">
          {subscription.product.name}
        </Link>
        <code className="text-slate-800">{subscription.port.name}</code>
        <span className="text-slate-600">for</span>
        <span className="font-medium text-slate-900">{subscription.consumerTeam.name}</span>
        {subscription.grants.map((grant) => (
          <Badge key={grant.id} tone={GRANT_TONES[grant.status] ?? 'neutral'}>
            grant {grant.status.toLowerCase()}
          </Badge>
        ))}
      </p>
      <p className="text-slate-700">
        Asked {formatDate(subscription.requestedAt)}
        {subscription.decidedAt ? ` · decided ${formatDate(subscription.decidedAt)}` : ''}
        {subscription.status === 'APPROVED'
          ? subscription.expiresAt
            ? ` · access ends ${formatDate(subscription.expiresAt)}`
            : ' · no expiry'
          : ''}
        {subscription.endedAt ? ` · ended ${formatDate(subscription.endedAt)}` : ''}
      </p>
      {subscription.decisionReason ? (
        <p className="text-slate-700">Owners’ note: {subscription.decisionReason}</p>
      ) : null}
      {subscription.endReason ? <p className="text-slate-700">Why it ended: {subscription.endReason}</p> : null}
      {subscription.grants
        .filter((grant) => grant.status === 'FAILED' && grant.lastError)
        .map((grant) => (
          <p key={grant.id} className="text-rose-800">
            The grant failed{grant.lastErrorCode ? ` (${grant.lastErrorCode})` : ''}: {grant.lastError}
          </p>
        ))}
      {subscription.renewalRequestedAt ? (
        <p className="text-slate-700">
          Renewal for {subscription.renewalDays} more days asked {formatDate(subscription.renewalRequestedAt)}; the
          owners decide.
        </p>
      ) : null}
      {subscription.status === 'APPROVED' ? (
        <div className="flex flex-wrap items-start gap-4">
          {subscription.expiresAt && !subscription.renewalRequestedAt ? (
            <ActionButton
              action={requestRenewal.bind(null, subscription.id)}
              formLabel={`Renew ${what}`}
              label="Request renewal"
              pendingLabel="Sending…"
            >
              <label className="sr-only" htmlFor={`renew-${subscription.id}`}>
                More days
              </label>
              <select id={`renew-${subscription.id}`} name="durationDays" defaultValue="90" className={FIELD}>
                <option value="30">30 more days</option>
                <option value="90">90 more days</option>
                <option value="180">180 more days</option>
                <option value="365">One more year</option>
              </select>
            </ActionButton>
          ) : null}
          <ActionButton
            action={revokeSubscription.bind(null, subscription.id)}
            formLabel={`End ${what}`}
            label="End access"
            pendingLabel="Ending…"
            tone="danger"
          >
            <label className="sr-only" htmlFor={`revoke-${subscription.id}`}>
              Reason for ending (required)
            </label>
            <input
              id={`revoke-${subscription.id}`}
              name="reason"
              placeholder="Reason (required)"
              required
              className={FIELD}
            />
          </ActionButton>
        </div>
      ) : null}
    </li>
  );
}
