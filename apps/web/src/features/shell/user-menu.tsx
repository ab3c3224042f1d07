import Link from 'next/link';
import { signOut } from '../session/session.actions';
import type { Viewer } from '../session/viewer.query';

const ROLE_LABELS = { OWNER: 'owner', MEMBER: 'member' } as const;

/**
 * The signed-in user, their teams and their settings, in a native disclosure: it opens and
 * closes without JavaScript, and sign-out is a plain form post.
 */
export function UserMenu({ viewer }: { viewer: Viewer }) {
  return (
    <details className="group relative">
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-md px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 [&::-webkit-details-marker]:hidden">
        <span
          aria-hidden="true"
          className="flex size-7 items-center justify-center rounded-full bg-slate-800 text-xs text-white"
        >
          {initials(viewer.user.displayName)}
        </span>
        <span>{viewer.user.displayName}</span>
        <span aria-hidden="true" className="text-slate-500 group-open:rotate-180">
          ▾
        </span>
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-72 rounded-lg border border-slate-200 bg-white p-3 shadow-lg">
        <p className="truncate text-xs text-slate-600">{viewer.user.email}</p>
        <nav aria-label="Your teams" className="mt-3">
          <h2 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Your teams</h2>
          {viewer.memberships.length === 0 ? (
            <p className="mt-1 text-sm text-slate-600">You are not in a team yet.</p>
          ) : (
            <ul className="mt-1 space-y-0.5">
              {viewer.memberships.map(({ team, role }) => (
                <li key={team.id}>
                  <Link
                    href={`/teams/${team.slug}`}
                    className="flex items-center justify-between rounded px-2 py-1 text-sm text-slate-800 hover:bg-slate-100"
                  >
                    <span>{team.name}</span>
                    <span className="text-xs text-slate-500">{ROLE_LABELS[role]}</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </nav>
        <div className="mt-3 space-y-0.5 border-t border-slate-100 pt-3">
          <Link href="/settings/tokens" className="block rounded px-2 py-1 text-sm text-slate-800 hover:bg-slate-100">
            Your tokens and sessions
          </Link>
          {viewer.user.isPlatformAdmin ? (
            <Link href="/admin" className="block rounded px-2 py-1 text-sm text-slate-800 hover:bg-slate-100">
              Administration
            </Link>
          ) : null}
          <form action={signOut}>
            <button
              type="submit"
              className="w-full rounded px-2 py-1 text-left text-sm text-slate-800 hover:bg-slate-100 focus-visible:ring-2 focus-visible:ring-slate-400 focus-visible:outline-none"
            >
              Sign out
            </button>
          </form>
        </div>
      </div>
    </details>
  );
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase())
    .join('');
}
