import type { Metadata } from 'next';
import { Suspense, type ReactNode } from 'react';
import { NavigationProgress } from '@/features/shell/navigation-progress';
import { SiteHeader } from '@/features/shell/site-header';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Tessera', template: '%s · Tessera' },
  description: 'Tessera: discover, request and govern data products across domain teams.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow"
        >
          Skip to content
        </a>
        {/* useSearchParams needs a boundary; its fallback is nothing, so no content waits on it. */}
        <Suspense fallback={null}>
          <NavigationProgress />
        </Suspense>
        <SiteHeader />
        <main id="main" className="mx-auto max-w-5xl px-4 py-8 sm:px-6">
          {children}
        </main>
      </body>
    </html>
  );
}
