'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';

/** Longer than any page the portal renders: a navigation the router dropped must not spin forever. */
const GIVE_UP_MS = 15_000;

/**
 * The loading state of the reading pages (search, product, domain, team, inbox), which have
 * no loading.tsx: a Suspense fallback would stream their content behind a swap that only
 * JavaScript performs, and they must be complete HTML without it. With JavaScript, a click
 * on a same-origin link or a GET form (search, filters) shows this bar and announces
 * "Loading…" until the new URL is rendered. Without JavaScript, the browser's own progress
 * indicator does the job.
 */
export function NavigationProgress() {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  // The URL the navigation started from: once another URL has rendered, it is over.
  const [startedAt, setStartedAt] = useState<string | null>(null);
  const location = `${pathname}?${searchParams.toString()}`;
  const pending = startedAt === location;

  useEffect(() => {
    const start = (target: URL) => {
      if (target.origin !== window.location.origin) return;
      if (target.pathname === window.location.pathname && target.search === window.location.search) return;
      setStartedAt(`${window.location.pathname}?${new URLSearchParams(window.location.search).toString()}`);
    };
    // Captured before next/link's own handler, which prevents the default to route on the client.
    const onClick = (event: MouseEvent) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = (event.target as Element | null)?.closest?.('a[href]');
      if (!(anchor instanceof HTMLAnchorElement) || anchor.target || anchor.hasAttribute('download')) return;
      // A link that opens a dialog when scripts run (its page is the no-JavaScript fallback).
      if (anchor.dataset.noProgress !== undefined) return;
      start(new URL(anchor.href));
    };
    const onSubmit = (event: SubmitEvent) => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement) || form.method.toLowerCase() !== 'get') return;
      const target = new URL(form.action, window.location.href);
      target.search = new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString();
      start(target);
    };
    // Back and forward go to a page the router may already hold; never show the bar for them.
    const onPopState = () => setStartedAt(null);
    document.addEventListener('click', onClick, { capture: true });
    document.addEventListener('submit', onSubmit, { capture: true });
    window.addEventListener('popstate', onPopState);
    return () => {
      window.removeEventListener('popstate', onPopState);
      document.removeEventListener('click', onClick, { capture: true });
      document.removeEventListener('submit', onSubmit, { capture: true });
    };
  }, []);

  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => setStartedAt(null), GIVE_UP_MS);
    return () => clearTimeout(timer);
  }, [pending]);

  return (
    <div role="status" aria-live="polite" className="pointer-events-none fixed inset-x-0 top-0 z-50">
      {pending ? (
        <>
          <span className="sr-only">Loading…</span>
          <div data-testid="navigation-progress" className="h-1 w-full animate-pulse bg-slate-900" />
        </>
      ) : null}
    </div>
  );
}
