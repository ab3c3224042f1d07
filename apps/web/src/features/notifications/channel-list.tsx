import type { NotificationChannelFieldsFragment } from '@/generated/graphql/graphql';
import { formatDateTime } from '@/lib/format';
import { Badge, type BadgeTone } from '../catalog/badges';
import { ActionButton } from '../forms/action-button';
import {
  deleteNotificationChannel,
  rotateChannelSecret,
  sendTestNotification,
  setChannelEnabled,
} from './channels.actions';

const DELIVERY_TONES: Record<string, BadgeTone> = {
  DELIVERED: 'good',
  PENDING: 'neutral',
  RETRYING: 'warn',
  DEAD: 'bad',
};

const KIND_LABELS: Record<string, string> = { WEBHOOK: 'Webhook', SLACK: 'Slack', EMAIL: 'Email' };

/** The team's channels: where each sends, its state, its latest deliveries and what can be done with it. */
export function ChannelList({ channels }: { channels: readonly NotificationChannelFieldsFragment[] }) {
  if (channels.length === 0) {
    return (
      <p className="text-sm text-slate-600">
        No channels yet: incidents and access requests reach nobody outside the portal.
      </p>
    );
  }
  return (
    <ul aria-label="Notification channels" className="space-y-3">
      {channels.map((channel) => (
        <li key={channel.id} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <div className="flex flex-wrap items-center gap-2">
            <h3 className="font-semibold text-slate-900">{channel.name}</h3>
            <Badge tone="info">{KIND_LABELS[channel.kind] ?? channel.kind}</Badge>
            {channel.enabled ? <Badge tone="good">enabled</Badge> : <Badge tone="warn">disabled</Badge>}
          </div>
          <p className="text-sm break-all text-slate-700">
            {channel.kind === 'EMAIL' ? (channel.recipients ?? []).join(', ') : channel.url}
          </p>
          {!channel.enabled && channel.disabledReason ? (
            <p className="text-sm text-amber-900">Disabled: {channel.disabledReason}</p>
          ) : null}
          {channel.kind === 'WEBHOOK' && channel.signingSecretCreatedAt ? (
            <p className="text-xs text-slate-600">
              Signing secret created {formatDateTime(channel.signingSecretCreatedAt)}
              {channel.previousSecretExpiresAt
                ? `; the previous one signs until ${formatDateTime(channel.previousSecretExpiresAt)}`
                : ''}
              .
            </p>
          ) : null}
          <Deliveries channel={channel} />
          <div className="flex flex-wrap items-start gap-3">
            <ActionButton
              action={sendTestNotification.bind(null, channel.id)}
              formLabel={`Send a test notification through ${channel.name}`}
              label="Send test"
              pendingLabel="Sending…"
            />
            {channel.kind === 'WEBHOOK' ? (
              <ActionButton
                action={rotateChannelSecret.bind(null, channel.id)}
                formLabel={`Rotate the signing secret of ${channel.name}`}
                label="Rotate secret"
                pendingLabel="Rotating…"
                secretLabel="New signing secret"
              />
            ) : null}
            <ActionButton
              action={setChannelEnabled.bind(null, channel.id, !channel.enabled)}
              formLabel={`${channel.enabled ? 'Disable' : 'Enable'} ${channel.name}`}
              label={channel.enabled ? 'Disable' : 'Enable'}
              pendingLabel="Saving…"
            />
            <ActionButton
              action={deleteNotificationChannel.bind(null, channel.id)}
              formLabel={`Delete ${channel.name}`}
              label="Delete"
              pendingLabel="Deleting…"
              tone="danger"
            />
          </div>
        </li>
      ))}
    </ul>
  );
}

function Deliveries({ channel }: { channel: NotificationChannelFieldsFragment }) {
  const { nodes, totalCount } = channel.deliveries;
  if (nodes.length === 0) return <p className="text-xs text-slate-600">Nothing sent yet.</p>;
  return (
    <div>
      <p className="text-xs font-semibold text-slate-700">
        Latest deliveries ({nodes.length} of {totalCount})
      </p>
      <ul aria-label={`Latest deliveries of ${channel.name}`} className="mt-1 space-y-1 text-sm">
        {nodes.map((delivery) => (
          <li key={delivery.id} className="flex flex-wrap items-center gap-2">
            <Badge tone={DELIVERY_TONES[delivery.status] ?? 'neutral'}>{delivery.status.toLowerCase()}</Badge>
            <span className="text-slate-800">{delivery.title}</span>
            <span className="text-xs text-slate-600">
              {formatDateTime(delivery.createdAt)} · {delivery.attempts}{' '}
              {delivery.attempts === 1 ? 'attempt' : 'attempts'}
              {delivery.lastStatusCode ? ` · ${delivery.lastStatusCode}` : ''}
            </span>
            {delivery.lastError ? <span className="text-xs text-red-700">{delivery.lastError}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
