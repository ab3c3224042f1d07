'use client';

import { useEffect } from 'react';

/** Props Next.js passes to an `error.tsx` boundary. */
export interface RouteErrorProps {
  readonly error: unknown;
  readonly retry: () => void;
}

/** The body of every route's error boundary: what happened, and a way to try again. */
export function RouteError({ error, retry, title }: RouteErrorProps & { title: string }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  // Server errors reach the browser without their message; the digest matches the server log.
  const digest =
    error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : undefined;

  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-6 text-red-900">
      <h1 className="text-lg font-semibold">{title}</h1>
      <p className="mt-1 text-sm">Something went wrong while loading this page. Trying again often helps.</p>
      {digest ? (
        <p className="mt-2 text-xs text-red-800">
          Reference: <code>{digest}</code>
        </p>
      ) : null}
      <button
        type="button"
        onClick={retry}
        className="mt-4 rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800 focus-visible:ring-2 focus-visible:ring-red-400 focus-visible:ring-offset-2 focus-visible:outline-none"
      >
        Try again
      </button>
    </div>
  );
}
