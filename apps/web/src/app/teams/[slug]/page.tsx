import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Pager } from '@/features/catalog/pager';
import { ProductList } from '@/features/catalog/product-card';
import { loadTeamPage } from '@/features/organisation/organisation.query';
import { pageLinks } from '@/features/organisation/product-paging';
import { canManageTeam, loadViewer } from '@/features/session/viewer.query';
import { firstParam, type SearchParams } from '@/lib/search-params';

interface TeamPageProps {
  readonly params: Promise<{ slug: string }>;
  readonly searchParams: Promise<SearchParams>;
}

async function load({ params, searchParams }: TeamPageProps) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  return { slug, team: await loadTeamPage(slug, firstParam(query.after), firstParam(query.before)) };
}

export async function generateMetadata(props: TeamPageProps): Promise<Metadata> {
  const { team } = await load(props);
  return { title: team ? team.name : 'Team not found' };
}

// No loading.tsx beside this page, like the home page: reading pages are complete HTML
// without JavaScript, which a streamed loading boundary would prevent.
export default async function TeamPage(props: TeamPageProps) {
  const [{ slug, team }, viewer] = await Promise.all([load(props), loadViewer()]);
  if (!team) notFound();
  const { products } = team;

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-2">
          <p className="text-sm font-medium text-slate-600">Team</p>
          <h1 className="text-3xl font-bold tracking-tight text-slate-900">{team.name}</h1>
          {team.description ? <p className="max-w-3xl text-slate-700">{team.description}</p> : null}
        </div>
        {canManageTeam(viewer, team.id) ? (
          <Link
            href={`/teams/${slug}/settings`}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
          >
            Team settings
          </Link>
        ) : null}
      </div>

      <div className="grid gap-8 md:grid-cols-[1fr_16rem]">
        <section aria-labelledby="team-products" className="min-w-0 space-y-3">
          <h2 id="team-products" className="text-xl font-semibold text-slate-900">
            Data products <span className="text-base font-normal text-slate-600">({products.totalCount})</span>
          </h2>
          <ProductList
            label={`Data products of ${team.name}`}
            products={products.nodes.map((product) => ({ product }))}
            empty="This team owns no data products that you can see."
          />
          <Pager label="Product pages" {...pageLinks(`/teams/${slug}`, products.pageInfo)} />
        </section>
        <aside className="space-y-6 text-sm">
          <section aria-labelledby="team-domains">
            <h2 id="team-domains" className="font-semibold text-slate-900">
              Domains
            </h2>
            {team.domains.length === 0 ? (
              <p className="mt-1 text-slate-600">No domains.</p>
            ) : (
              <ul className="mt-1 space-y-1">
                {team.domains.map((domain) => (
                  <li key={domain.slug}>
                    <Link href={`/domains/${domain.slug}`} className="text-slate-900 hover:underline">
                      {domain.name}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="team-members">
            <h2 id="team-members" className="font-semibold text-slate-900">
              Members
            </h2>
            <ul className="mt-1 space-y-1">
              {team.members.map((member) => (
                <li key={member.user.id} className="flex justify-between gap-2">
                  <span className="text-slate-900">{member.user.displayName}</span>
                  <span className="text-xs text-slate-500">{member.role === 'OWNER' ? 'owner' : 'member'}</span>
                </li>
              ))}
            </ul>
          </section>
        </aside>
      </div>
    </div>
  );
}
