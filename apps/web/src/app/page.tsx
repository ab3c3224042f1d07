import { connection } from 'next/server';
import { PlatformStatusCard } from '@/features/platform/platform-status-card';
import { loadPlatformStatus } from '@/features/platform/platform-status.query';

// No loading.tsx beside this page, on purpose: a loading boundary makes Next.js stream the
// status card after its fallback, and only JavaScript swaps it in. The home page must be
// complete HTML for browsers without JavaScript; the API call is bounded by a timeout instead.
export default async function HomePage() {
  // Platform status is live: render per request, never at build time.
  await connection();
  const status = await loadPlatformStatus();

  return (
    <div className="space-y-8">
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">Tessera — data products catalog</h1>
        <p className="mt-3 text-base leading-7 text-slate-700">
          Domain teams register the data products they own: their Kafka topics and Postgres tables, versioned schemas,
          data contracts and freshness objectives. Other teams find them here, request access, and get real grants once
          the owner approves.
        </p>
      </div>
      <PlatformStatusCard status={status} now={new Date()} />
    </div>
  );
}
