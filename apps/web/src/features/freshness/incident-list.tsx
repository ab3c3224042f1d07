import Link from 'next/link';
import type { IncidentFieldsFragment } from '@/generated/graphql/graphql';
import { formatDateTime } from '@/lib/format';
import { Badge, type BadgeTone } from '../catalog/badges';

const STATUS_TONES: Record<string, BadgeTone> = { OPEN: 'bad', ACKNOWLEDGED: 'warn', RESOLVED: 'good' };
const KIND_LABELS: Record<string, string> = { BREACH: 'Stale data', CHECK_FAILURE: 'Check failing' };

/** Incidents, newest first: what, on which port, since when, who acknowledged it and when it resolved. */
export function IncidentList({
  incidents,
  label,
  showProduct = false,
  actions,
}: {
  incidents: readonly IncidentFieldsFragment[];
  label: string;
  showProduct?: boolean;
  /** Extra controls per incident, such as the inbox's acknowledge form. */
  actions?: (incident: IncidentFieldsFragment) => React.ReactNode;
}) {
  return (
    <ul aria-label={label} className="space-y-2">
      {incidents.map((incident) => (
        <li key={incident.id} className="space-y-1 rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-sm">
          <p className="flex flex-wrap items-center gap-2">
            <Badge tone={STATUS_TONES[incident.status] ?? 'neutral'}>{incident.status.toLowerCase()}</Badge>
            <span className="font-medium text-slate-900">{KIND_LABELS[incident.kind] ?? incident.kind}</span>
            <span className="text-slate-600">on</span>
            {showProduct ? (
              <Link
                href={`/products/${incident.dataProduct.slug}`}
                className="font-medium text-slate-900 hover:underline"
              >
                {incident.dataProduct.name}
              </Link>
            ) : null}
            <code className="text-slate-800">{incident.outputPort.name}</code>
          </p>
          <p className="text-slate-700">
            Opened {formatDateTime(incident.openedAt)}
            {incident.acknowledgedAt
              ? ` · acknowledged ${formatDateTime(incident.acknowledgedAt)}${incident.acknowledgedBy ? ` by ${incident.acknowledgedBy.displayName}` : ''}`
              : ''}
            {incident.recoveringSince && !incident.resolvedAt
              ? ` · recovering since ${formatDateTime(incident.recoveringSince)}`
              : ''}
            {incident.resolvedAt ? ` · resolved ${formatDateTime(incident.resolvedAt)}` : ''}
            {incident.reminderCount > 0 ? ` · ${incident.reminderCount} reminders sent` : ''}
          </p>
          {incident.acknowledgeNote ? <p className="text-slate-700">Note: {incident.acknowledgeNote}</p> : null}
          {actions ? actions(incident) : null}
        </li>
      ))}
    </ul>
  );
}
