import Link from 'next/link';

export default function DomainNotFound() {
  return (
    <div className="max-w-2xl space-y-3">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Domain not found</h1>
      <p className="text-slate-700">There is no domain at this address.</p>
      <Link href="/search" className="inline-block font-medium text-slate-900 underline underline-offset-2">
        Search the catalog
      </Link>
    </div>
  );
}
