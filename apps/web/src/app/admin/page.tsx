import type { Metadata } from 'next';
import Link from 'next/link';
import { Pager } from '@/features/catalog/pager';
import { createDomain, createTeam, createUser } from '@/features/admin/admin.actions';
import { CreateDomainForm, CreateTeamForm, CreateUserForm } from '@/features/admin/admin-forms';
import { loadAdminOverview } from '@/features/admin/admin.query';
import { requireViewer } from '@/features/session/viewer.query';
import { firstParam, hrefWith, type SearchParams } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Administration' };

interface AdminPageProps {
  readonly searchParams: Promise<SearchParams>;
}

export default async function AdminPage({ searchParams }: AdminPageProps) {
  const viewer = await requireViewer();
  if (!viewer.user.isPlatformAdmin) {
    return (
      <div className="max-w-2xl space-y-3">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">Administration</h1>
        <p role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
          Administration is for platform admins.
        </p>
      </div>
    );
  }
  const params = await searchParams;
  const { users, teams, domains } = await loadAdminOverview({
    after: firstParam(params.usersAfter),
    before: firstParam(params.usersBefore),
  });

  return (
    <div className="space-y-10">
      <div className="space-y-1">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">Administration</h1>
        <p className="text-sm text-slate-700">
          People, teams and domains of this Tessera. Kafka clusters, schema registries and databases are under{' '}
          <Link href="/admin/connections" className="font-medium text-slate-900 underline underline-offset-2">
            Connections
          </Link>
          .
        </p>
      </div>

      <section aria-labelledby="users-heading" className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="min-w-0 space-y-3">
          <h2 id="users-heading" className="text-xl font-semibold text-slate-900">
            Users <span className="text-base font-normal text-slate-600">({users.totalCount})</span>
          </h2>
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
            <table className="min-w-full divide-y divide-slate-200 text-sm">
              <caption className="sr-only">Users, by sign-in address</caption>
              <thead className="bg-slate-50 text-left text-xs font-semibold text-slate-600">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    Name
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Sign-in address
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Role
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {users.nodes.map((user) => (
                  <tr key={user.id}>
                    <th scope="row" className="px-3 py-2 text-left font-medium text-slate-900">
                      {user.displayName}
                    </th>
                    <td className="px-3 py-2 text-slate-700">{user.email}</td>
                    <td className="px-3 py-2 text-slate-700">{user.isPlatformAdmin ? 'platform admin' : 'user'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            label="User pages"
            previous={
              users.pageInfo.hasPreviousPage && users.pageInfo.startCursor
                ? hrefWith('/admin', { usersBefore: users.pageInfo.startCursor })
                : undefined
            }
            next={
              users.pageInfo.hasNextPage && users.pageInfo.endCursor
                ? hrefWith('/admin', { usersAfter: users.pageInfo.endCursor })
                : undefined
            }
          />
        </div>
        <CreateUserForm action={createUser} />
      </section>

      <section aria-labelledby="teams-heading" className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="min-w-0 space-y-3">
          <h2 id="teams-heading" className="text-xl font-semibold text-slate-900">
            Teams <span className="text-base font-normal text-slate-600">({teams.totalCount})</span>
          </h2>
          <ul
            aria-label="Teams"
            className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm"
          >
            {teams.nodes.map((team) => (
              <li key={team.id} className="flex items-center justify-between gap-3 px-4 py-2.5 text-sm">
                <Link href={`/teams/${team.slug}`} className="font-medium text-slate-900 hover:underline">
                  {team.name}
                </Link>
                <span className="text-slate-600">
                  {team.members.length} {team.members.length === 1 ? 'member' : 'members'} ·{' '}
                  <Link href={`/teams/${team.slug}/settings`} className="underline underline-offset-2">
                    settings<span className="sr-only"> of {team.name}</span>
                  </Link>
                </span>
              </li>
            ))}
          </ul>
        </div>
        <CreateTeamForm action={createTeam} />
      </section>

      <section aria-labelledby="domains-heading" className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="min-w-0 space-y-3">
          <h2 id="domains-heading" className="text-xl font-semibold text-slate-900">
            Domains <span className="text-base font-normal text-slate-600">({domains.totalCount})</span>
          </h2>
          <ul
            aria-label="Domains"
            className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm"
          >
            {domains.nodes.map((domain) => (
              <li key={domain.id} className="flex items-center justify-between gap-3 px-4 py-2.5 text-sm">
                <Link href={`/domains/${domain.slug}`} className="font-medium text-slate-900 hover:underline">
                  {domain.name}
                </Link>
                <span className="text-slate-600">owned by {domain.team.name}</span>
              </li>
            ))}
          </ul>
        </div>
        <CreateDomainForm action={createDomain} teams={teams.nodes} />
      </section>

      <section
        aria-labelledby="connections-heading"
        className="rounded-lg border border-dashed border-slate-300 bg-white/60 p-5"
      >
        <h2 id="connections-heading" className="text-base font-semibold text-slate-900">
          Connections
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          Arrive with access provisioning and freshness checks: Kafka clusters, schema registries and monitored
          databases, with secrets encrypted at rest.
        </p>
      </section>
    </div>
  );
}
