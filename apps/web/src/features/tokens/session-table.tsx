import { formatDateTime } from '@/lib/format';
import { ActionButton } from '../forms/action-button';
import { describeBrowser } from './browser-name';
import { revokeSession } from './sessions.actions';

/** A signed-in browser as listed: never its cookie. */
export interface SessionRow {
  readonly id: string;
  readonly current: boolean;
  readonly createdAt: string;
  readonly lastSeenAt: string;
  readonly expiresAt: string;
  readonly ipAddress?: string | null;
  readonly userAgent?: string | null;
}

/** The user's signed-in browsers; each but the one in use can be signed out. */
export function SessionTable({ sessions }: { sessions: readonly SessionRow[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Your signed-in browsers</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2">
              Browser
            </th>
            <th scope="col" className="px-3 py-2">
              Address
            </th>
            <th scope="col" className="px-3 py-2">
              Signed in
            </th>
            <th scope="col" className="px-3 py-2">
              Last used
            </th>
            <th scope="col" className="px-3 py-2">
              Expires
            </th>
            <th scope="col" className="px-3 py-2">
              <span className="sr-only">Sign out</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {sessions.map((session) => {
            const browser = describeBrowser(session.userAgent);
            return (
              <tr key={session.id}>
                <th scope="row" className="px-3 py-2 text-left font-medium text-slate-900">
                  <span title={session.userAgent ?? undefined} className="whitespace-nowrap">
                    {browser}
                  </span>
                  {session.current ? (
                    <span className="ml-2 whitespace-nowrap rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-800">
                      This browser
                    </span>
                  ) : null}
                </th>
                <td className="px-3 py-2 font-mono text-xs text-slate-700">{session.ipAddress ?? '—'}</td>
                <td className="px-3 py-2 text-slate-700">{formatDateTime(session.createdAt)}</td>
                <td className="px-3 py-2 text-slate-700">{formatDateTime(session.lastSeenAt)}</td>
                <td className="px-3 py-2 text-slate-700">{formatDateTime(session.expiresAt)}</td>
                <td className="px-3 py-2">
                  {session.current ? null : (
                    <ActionButton
                      action={revokeSession.bind(null, session.id)}
                      label="Sign out"
                      pendingLabel="Signing out…"
                      formLabel={`Sign out ${browser}, signed in ${formatDateTime(session.createdAt)}`}
                      tone="danger"
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
