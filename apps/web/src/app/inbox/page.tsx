import type { Metadata } from 'next';
import { acknowledgeIncident } from '@/features/access/access.actions';
import { IncidentList } from '@/features/freshness/incident-list';
import { ActionButton } from '@/features/forms/action-button';
import { AccessRequestList } from '@/features/inbox/access-request-list';
import { loadInbox } from '@/features/inbox/inbox.query';
import { ProvisioningFailures } from '@/features/inbox/provisioning-failures';
import { requireViewer } from '@/features/session/viewer.query';

export const metadata: Metadata = { title: 'Inbox' };

// No loading.tsx beside this page, like the other reading pages: it must be complete HTML
// without JavaScript, and its decisions are plain forms.
export default async function InboxPage() {
  const viewer = await requireViewer();
  const inboxes = await loadInbox(
    viewer.memberships.map((membership) => ({ id: membership.team.id, role: membership.role })),
  );
  const waiting = inboxes.reduce(
    (sum, inbox) => sum + inbox.accessRequests.length + inbox.openIncidents.length + inbox.provisioningFailures.length,
    0,
  );

  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">Inbox</h1>
        <p className="text-sm text-slate-700">
          {waiting === 0
            ? 'Nothing waits for your teams.'
            : `${waiting} ${waiting === 1 ? 'thing waits' : 'things wait'} for your teams: access requests to decide, incidents to acknowledge and grants that failed.`}
        </p>
      </div>
      {inboxes.length === 0 ? <p className="text-sm text-slate-600">You are in no team yet.</p> : null}
      {inboxes.map((inbox) => (
        <section key={inbox.team.id} aria-labelledby={`inbox-${inbox.team.slug}`} className="space-y-5">
          <h2
            id={`inbox-${inbox.team.slug}`}
            className="border-b border-slate-200 pb-1 text-xl font-semibold text-slate-900"
          >
            {inbox.team.name}
          </h2>
          <div className="space-y-2">
            <h3 className="font-semibold text-slate-900">Access requests ({inbox.accessRequests.length})</h3>
            {inbox.accessRequests.length === 0 ? (
              <p className="text-sm text-slate-600">No request waits for a decision.</p>
            ) : (
              <AccessRequestList
                requests={inbox.accessRequests}
                canDecide={inbox.isOwner || viewer.user.isPlatformAdmin}
              />
            )}
          </div>
          <div className="space-y-2">
            <h3 className="font-semibold text-slate-900">Open incidents ({inbox.openIncidents.length})</h3>
            {inbox.openIncidents.length === 0 ? (
              <p className="text-sm text-slate-600">All the team’s monitored products are within their objectives.</p>
            ) : (
              <IncidentList
                incidents={inbox.openIncidents}
                label={`Open incidents of ${inbox.team.name}`}
                showProduct
                actions={(incident) =>
                  incident.status === 'OPEN' ? (
                    <ActionButton
                      action={acknowledgeIncident.bind(null, incident.id)}
                      formLabel={`Acknowledge the incident on ${incident.dataProduct.name} ${incident.outputPort.name}`}
                      label="Acknowledge"
                      pendingLabel="Acknowledging…"
                      tone="primary"
                    >
                      <label className="sr-only" htmlFor={`note-${incident.id}`}>
                        Note for the team (optional)
                      </label>
                      <input
                        id={`note-${incident.id}`}
                        name="note"
                        placeholder="What is being done (optional)"
                        maxLength={2000}
                        className="min-w-64 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 placeholder:text-slate-500"
                      />
                    </ActionButton>
                  ) : null
                }
              />
            )}
          </div>
          <div className="space-y-2">
            <h3 className="font-semibold text-slate-900">
              Provisioning failures ({inbox.provisioningFailures.length})
            </h3>
            {inbox.provisioningFailures.length === 0 ? (
              <p className="text-sm text-slate-600">
                Every approved grant on the team’s ports is in place or on its way.
              </p>
            ) : (
              <ProvisioningFailures failures={inbox.provisioningFailures} />
            )}
          </div>
        </section>
      ))}
    </div>
  );
}
