import type { TeamAdministration } from '../team-settings/team-settings.query';
import { ActionButton } from '../forms/action-button';
import { removeTeamPrincipal } from './principals.actions';

type Principal = NonNullable<TeamAdministration['principals']>[number];

const KIND_LABELS: Record<string, string> = { KAFKA_PRINCIPAL: 'Kafka principal', POSTGRES_ROLE: 'Postgres role' };

/** The identities the team reads with, one per connection; grants for its subscriptions go to them. */
export function PrincipalList({ teamId, principals }: { teamId: string; principals: readonly Principal[] }) {
  if (principals.length === 0) {
    return (
      <p className="text-sm text-slate-600">
        No principals yet: approved subscriptions cannot be provisioned until the team has an identity on the port’s
        connection.
      </p>
    );
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Kafka principals and Postgres roles</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2">
              Connection
            </th>
            <th scope="col" className="px-3 py-2">
              Kind
            </th>
            <th scope="col" className="px-3 py-2">
              Identity
            </th>
            <th scope="col" className="px-3 py-2">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {principals.map((principal) => (
            <tr key={principal.id}>
              <th scope="row" className="px-3 py-2 text-left font-mono font-medium text-slate-900">
                {principal.connection.name}
              </th>
              <td className="px-3 py-2 text-slate-700">{KIND_LABELS[principal.kind] ?? principal.kind}</td>
              <td className="px-3 py-2 font-mono text-slate-900">{principal.name}</td>
              <td className="px-3 py-2">
                <ActionButton
                  action={removeTeamPrincipal.bind(null, teamId, principal.connection.id)}
                  formLabel={`Remove the principal on ${principal.connection.name}`}
                  label="Remove"
                  pendingLabel="Removing…"
                  tone="danger"
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
