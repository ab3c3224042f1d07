import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/features/session/sign-in-form';
import { loadViewer } from '@/features/session/viewer.query';
import { safeNextPath } from '@/lib/session';
import { firstParam } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Sign in' };

interface SignInPageProps {
  readonly searchParams: Promise<Record<string, string | string[] | undefined>>;
}

// No loading.tsx beside this page, like the home page: a loading boundary streams the form
// after its fallback and only JavaScript swaps it in, and signing in must work without it.
export default async function SignInPage({ searchParams }: SignInPageProps) {
  const next = safeNextPath(firstParam((await searchParams).next));
  if (await loadViewer()) redirect(next);

  return (
    <div className="mx-auto max-w-sm space-y-6">
      <div>
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">Sign in</h1>
        <p className="mt-2 text-sm text-slate-700">Sign in to discover data products and manage your teams.</p>
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <SignInForm next={next} />
      </div>
    </div>
  );
}
