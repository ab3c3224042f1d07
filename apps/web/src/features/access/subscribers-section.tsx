import Link from 'next/link';
import { formatDate } from '@/lib/format';
import { Badge } from '../catalog/badges';
import type { ProductOutputPort } from '../products/product.query';

const GRANT_TONES = { ACTIVE: 'good', PENDING: 'neutral', FAILED: 'bad', REMOVED: 'neutral' } as const;

/**
 * The teams with approved access to each port. Who subscribes is the owning team's business:
 * other readers see the count only (the API answers null to them).
 */
export function SubscribersSection({
  ports,
  subscriberCount,
}: {
  ports: readonly ProductOutputPort[];
  subscriberCount: number;
}) {
  const visible = ports.filter((port) => port.subscriptions !== null && port.subscriptions !== undefined);
  if (visible.length === 0) {
    return (
      <p className="text-sm text-slate-700">
        {subscriberCount === 0
          ? 'No team subscribes yet.'
          : `${subscriberCount} ${subscriberCount === 1 ? 'team subscribes' : 'teams subscribe'}; the owning team sees which.`}
      </p>
    );
  }
  return (
    <div className="space-y-4">
      {visible.map((port) => {
        const subscriptions = port.subscriptions!;
        return (
          <div key={port.id} className="space-y-1">
            <h3 className="font-mono text-sm font-semibold text-slate-900">{port.name}</h3>
            {subscriptions.nodes.length === 0 ? (
              <p className="text-sm text-slate-600">No approved subscriptions.</p>
            ) : (
              <ul aria-label={`Subscribers of ${port.name}`} className="space-y-1 text-sm">
                {subscriptions.nodes.map((subscription) => (
                  <li key={subscription.id} className="flex flex-wrap items-center gap-2">
                    <Link
                      href={`/teams/${subscription.consumerTeam.slug}`}
                      className="font-medium text-slate-900 hover:underline"
                    >
                      {subscription.consumerTeam.name}
                    </Link>
                    <span className="text-slate-600">
                      {subscription.decidedAt ? `since ${formatDate(subscription.decidedAt)}` : ''}
                      {subscription.expiresAt ? `, until ${formatDate(subscription.expiresAt)}` : ', until revoked'}
                    </span>
                    {subscription.grants.map((grant, index) => (
                      <Badge key={index} tone={GRANT_TONES[grant.status]}>
                        grant {grant.status.toLowerCase()}
                      </Badge>
                    ))}
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </div>
  );
}
