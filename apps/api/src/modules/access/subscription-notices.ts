import type { TeamNotification, TeamNotificationType } from '../notifications/team-notifier';

/** What every notice about a subscription is built from. */
export interface NoticeSubject {
  readonly subscription: {
    readonly id: string;
    readonly purpose: string;
    readonly status: string;
    readonly expiresAt: Date | null;
    readonly decisionReason: string | null;
    readonly endReason: string | null;
    readonly renewalDays: number | null;
  };
  readonly port: { readonly id: string; readonly name: string };
  readonly product: { readonly id: string; readonly slug: string; readonly name: string; readonly teamId: string };
  readonly consumerTeam: { readonly id: string; readonly slug: string; readonly name: string };
  readonly portalUrl: string;
}

function notice(
  subject: NoticeSubject,
  teamId: string,
  type: TeamNotificationType,
  idempotencyKey: string,
  title: string,
  summary: string,
): TeamNotification {
  const { subscription, port, product, consumerTeam } = subject;
  return {
    teamId,
    type,
    idempotencyKey,
    title,
    summary,
    link: `${subject.portalUrl}/products/${encodeURIComponent(product.slug)}`,
    product: { id: product.id, slug: product.slug, name: product.name },
    data: {
      subscriptionId: subscription.id,
      status: subscription.status,
      portId: port.id,
      portName: port.name,
      consumerTeam: { id: consumerTeam.id, slug: consumerTeam.slug, name: consumerTeam.name },
      purpose: subscription.purpose,
      expiresAt: subscription.expiresAt?.toISOString() ?? null,
    },
  };
}

const portOf = ({ product, port }: NoticeSubject) => `${product.name} / ${port.name}`;
const day = (date: Date) => date.toISOString().slice(0, 10);
const expiryText = (expiresAt: Date | null) => (expiresAt ? ` until ${day(expiresAt)}` : '');

/** To the owning team: a first request, or a renewal of an approved subscription. */
export function requestedNotice(subject: NoticeSubject, renewal: { requestedAt: Date } | null): TeamNotification {
  const { subscription, consumerTeam } = subject;
  if (renewal) {
    return notice(
      subject,
      subject.product.teamId,
      'subscription.requested',
      `subscription:${subscription.id}:renewal-requested:${renewal.requestedAt.getTime()}`,
      `${consumerTeam.name} asks to renew access to ${portOf(subject)}`,
      `${consumerTeam.name} asks for ${subscription.renewalDays ?? 0} more days of access` +
        `${subscription.expiresAt ? ` (it now ends on ${day(subscription.expiresAt)})` : ''}. Purpose: ${subscription.purpose}`,
    );
  }
  return notice(
    subject,
    subject.product.teamId,
    'subscription.requested',
    `subscription:${subscription.id}:requested`,
    `${consumerTeam.name} requests access to ${portOf(subject)}`,
    `Purpose: ${subscription.purpose}. Approve or reject the request in Tessera.`,
  );
}

/** To the consumer team: the owners (or the open access rule) decided a request or a renewal. */
export function decidedNotice(
  subject: NoticeSubject,
  decision: 'approved' | 'rejected',
  renewal: { requestedAt: Date } | null,
): TeamNotification {
  const { subscription } = subject;
  const what = renewal ? 'renewal of access' : 'access';
  const reason = subscription.decisionReason ? ` Reason: ${subscription.decisionReason}` : '';
  const key = renewal
    ? `subscription:${subscription.id}:renewal-${decision}:${renewal.requestedAt.getTime()}`
    : `subscription:${subscription.id}:${decision}`;
  return notice(
    subject,
    subject.consumerTeam.id,
    decision === 'approved' ? 'subscription.approved' : 'subscription.rejected',
    key,
    `Your ${what} to ${portOf(subject)} was ${decision}`,
    decision === 'approved'
      ? `Access is granted${expiryText(subscription.expiresAt)}.${reason}`
      : `The request was rejected.${reason}`,
  );
}

/** To a team of the subscription: access ended before its time. */
export function revokedNotice(subject: NoticeSubject, teamId: string): TeamNotification {
  const { subscription } = subject;
  const reason = subscription.endReason ? ` Reason: ${subscription.endReason}` : '';
  return notice(
    subject,
    teamId,
    'subscription.revoked',
    `subscription:${subscription.id}:revoked`,
    `Access of ${subject.consumerTeam.name} to ${portOf(subject)} was revoked`,
    `The grants are being removed.${reason}`,
  );
}

/** To the consumer team, once per expiry date: renew before it passes. */
export function expiringNotice(subject: NoticeSubject): TeamNotification {
  const { subscription } = subject;
  return notice(
    subject,
    subject.consumerTeam.id,
    'subscription.expiring',
    `subscription:${subscription.id}:expiring:${subscription.expiresAt?.getTime() ?? 0}`,
    `Your access to ${portOf(subject)} expires soon`,
    `Access ends${subscription.expiresAt ? ` on ${day(subscription.expiresAt)}` : ''}. Ask for a renewal before then to keep it.`,
  );
}

/** To the consumer team: the expiry passed and the grants are being removed. */
export function expiredNotice(subject: NoticeSubject): TeamNotification {
  const { subscription } = subject;
  return notice(
    subject,
    subject.consumerTeam.id,
    'subscription.expired',
    `subscription:${subscription.id}:expired`,
    `Your access to ${portOf(subject)} expired`,
    'The grants are being removed. Request access again if you still need it.',
  );
}
