/** The body of every route's loading state: an announced label over a quiet skeleton. */
export function RouteLoading({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-4">
      <span className="sr-only">{label}</span>
      <div className="h-8 w-2/3 rounded bg-slate-200" />
      <div className="h-4 w-full rounded bg-slate-200" />
      <div className="h-4 w-5/6 rounded bg-slate-200" />
      <div className="h-40 w-full rounded-lg bg-slate-200" />
    </div>
  );
}
