import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requestAccess } from '@/features/access/access.actions';
import { RequestAccessForm } from '@/features/access/request-access-form';
import { loadProductPage } from '@/features/products/product.query';
import { requireViewer } from '@/features/session/viewer.query';
import { firstParam, type SearchParams } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Request access' };

interface RequestAccessPageProps {
  readonly params: Promise<{ slug: string }>;
  readonly searchParams: Promise<SearchParams>;
}

/**
 * The request form on a page of its own: where "Request access" leads without JavaScript
 * (with it, the same form opens in a dialog on the product page).
 */
export default async function RequestAccessPage({ params, searchParams }: RequestAccessPageProps) {
  const [{ slug }, query, viewer] = await Promise.all([params, searchParams, requireViewer()]);
  const page = await loadProductPage(slug);
  if (!page) notFound();
  const { product } = page;
  const port =
    product.outputPorts.find((candidate) => candidate.name === firstParam(query.port)) ?? product.outputPorts[0];
  if (!port) notFound();
  const waiting = new Set(
    page.mySubscriptions
      .filter((subscription) => subscription.port.id === port.id && subscription.status !== 'APPROVED')
      .map((subscription) => subscription.consumerTeam.name),
  );
  const teams = viewer.memberships
    .map((membership) => membership.team)
    .filter((team) => team.id !== product.team.id && !waiting.has(team.name));

  return (
    <div className="mx-auto max-w-xl space-y-6">
      <div className="space-y-1">
        <p className="text-sm text-slate-600">
          <Link href={`/products/${product.slug}`} className="hover:underline">
            {product.name}
          </Link>
        </p>
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">Request access to {port.name}</h1>
        <p className="text-sm text-slate-700">
          {product.team.name} approves or rejects; once approved, your team sees the connection details and gets its
          grant.
        </p>
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        {port.connectionDetails ? (
          <p className="text-sm text-slate-700">
            You can already read {port.name}: its connection details are on the product page.
          </p>
        ) : (
          <RequestAccessForm
            action={requestAccess.bind(null, port.id)}
            portName={port.name}
            productName={product.name}
            teams={teams}
            waitingNote={
              waiting.size > 0
                ? `${[...waiting].join(', ')} asked already; the owners decide in their inbox.`
                : undefined
            }
          />
        )}
      </div>
      <Link
        href={`/products/${product.slug}`}
        className="inline-block font-medium text-slate-900 underline underline-offset-2"
      >
        Back to {product.name}
      </Link>
    </div>
  );
}
