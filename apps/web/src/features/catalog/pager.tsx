import Link from 'next/link';

const LINK =
  'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50';
const DISABLED = 'rounded-md border border-slate-200 px-3 py-1.5 text-sm text-slate-400';

/** Previous and next links for cursor paging: plain links, so paging works without JavaScript. */
export function Pager({ previous, next, label }: { previous?: string; next?: string; label: string }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label={label} className="flex items-center justify-between gap-3">
      {previous ? (
        <Link href={previous} rel="prev" className={LINK}>
          ← Previous
        </Link>
      ) : (
        <span aria-disabled="true" className={DISABLED}>
          ← Previous
        </span>
      )}
      {next ? (
        <Link href={next} rel="next" className={LINK}>
          Next →
        </Link>
      ) : (
        <span aria-disabled="true" className={DISABLED}>
          Next →
        </span>
      )}
    </nav>
  );
}
