import Form from 'next/form';
import Link from 'next/link';
import { loadViewerForHeader } from '../session/viewer.query';
import { NavLink } from './nav-link';
import { UserMenu } from './user-menu';

/** The wordmark, the catalog search box, the main navigation and who is signed in, on every page. */
export async function SiteHeader() {
  const viewer = await loadViewerForHeader();
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3 sm:px-6">
        <Link href="/" className="text-xl font-bold tracking-tight text-slate-900">
          Tessera
        </Link>
        {/* next/form upgrades this to a client-side navigation; without JavaScript it is a plain GET form. */}
        <Form action="/search" role="search" className="order-last flex w-full gap-2 sm:order-none sm:w-auto sm:flex-1">
          <label htmlFor="site-search" className="sr-only">
            Search data products
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            placeholder="Search data products"
            className="w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-900 placeholder:text-slate-500 focus:border-slate-500 focus:ring-2 focus:ring-slate-300 focus:outline-none sm:max-w-sm"
          />
          <button
            type="submit"
            className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700 focus-visible:ring-2 focus-visible:ring-slate-400 focus-visible:ring-offset-2 focus-visible:outline-none"
          >
            Search
          </button>
        </Form>
        <nav aria-label="Main" className="ml-auto flex items-center gap-1">
          <NavLink href="/">Home</NavLink>
          <NavLink href="/search">Search</NavLink>
          {viewer ? <NavLink href="/inbox">Inbox</NavLink> : null}
          {viewer ? <NavLink href="/subscriptions">Subscriptions</NavLink> : null}
          {viewer?.user.isPlatformAdmin ? <NavLink href="/admin">Admin</NavLink> : null}
        </nav>
        {viewer ? (
          <UserMenu viewer={viewer} />
        ) : (
          <Link
            href="/sign-in"
            className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
          >
            Sign in
          </Link>
        )}
      </div>
    </header>
  );
}
